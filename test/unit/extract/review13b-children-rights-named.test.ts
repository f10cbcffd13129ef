import { describe, expect, it } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, segments, silentScores } from './helpers';

/**
 * review13b (session 13) found three rules of the round-2 merges reading too much: the GDPR erasure ground for a
 * child's data matched on its words alone (finding 4), the noun-form grant "you have the possibility to" opened a
 * sentence about deleting one's posts to the right to erasure (finding 5), and the data-source mask ("data
 * från") hid the recipient named after "till" (sv "Vi skickar data från appen till Apple"). See
 * docs/extraction.md, "review13b: three rules narrowed".
 */

/** Children found on a one-passage page whose classifier reads the passage as about audiences (children). */
function childrenWithModel(text: string, heading: string, lang: Lang): boolean {
  const segs = segments([{ text, heading }]);
  const scores = silentScores(1).map((s) => ({ ...s, audiences: 0.9 }));
  return extractPractices(segs, scores, lang).children.found;
}

describe('children: the erasure ground needs its own shape, data collected (review13b finding 4)', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'Our information society services are not directed at children, and we do not knowingly collect data from children.',
      'Your rights',
    ],
    [
      'en',
      'We do not offer information society services to children; if we learn that a child has created a profile on a social network through our app, we delete it.',
      'Your rights',
    ],
    ['de', 'Unsere Dienste der Informationsgesellschaft richten sich nicht an Kinder.', 'Ihre Rechte'],
    ['fr', "Nos services de la société de l'information ne s'adressent pas aux enfants.", 'Vos droits'],
    [
      'fr',
      "Nos services de la société de l'information ne s'adressent pas aux enfants, et nous ne collectons pas sciemment leurs données.",
      'Vos droits',
    ],
  ])('%s under a rights heading still reads children: %s', (lang, text, heading) => {
    expect(childrenWithModel(text, heading, lang)).toBe(true);
  });

  it.each<[Lang, string, string]>([
    // The ground itself, in the regulation's words, with a child word: still no statement about the users.
    [
      'en',
      'The personal data of a child have been collected in relation to the offer of information society services.',
      'Your rights',
    ],
    [
      'de',
      'Die personenbezogenen Daten eines Kindes wurden in Bezug auf angebotene Dienste der Informationsgesellschaft erhoben.',
      'Ihre Rechte',
    ],
    [
      'nl',
      'De persoonsgegevens van een kind zijn verzameld in verband met een aanbod van diensten van de informatiemaatschappij.',
      'Uw rechten',
    ],
    [
      'sv',
      'Om personuppgifterna avser barn och har samlats in i samband med att barnet skapar en profil i ett socialt nätverk.',
      'Dina rättigheter',
    ],
    [
      'da',
      'Personoplysningerne om et barn er blevet indsamlet i forbindelse med udbud af informationssamfundstjenester.',
      'Dine rettigheder',
    ],
    [
      'nb',
      'Personopplysningene om et barn er blitt samlet inn i forbindelse med tilbud om informasjonssamfunnstjenester.',
      'Dine rettigheter',
    ],
    [
      'fr',
      "Les données d'un enfant ont été collectées dans le cadre de l'offre de services de la société de l'information.",
      'Vos droits',
    ],
    [
      'es',
      'Los datos de un menor se recogieron en relación con la oferta de servicios de la sociedad de la información.',
      'Sus derechos',
    ],
    [
      'it',
      "I dati di un minore sono stati raccolti relativamente all'offerta di servizi della società dell'informazione.",
      'I tuoi diritti',
    ],
    [
      'pl',
      'Dane dziecka zostały zebrane w związku z oferowaniem usług społeczeństwa informacyjnego.',
      'Twoje prawa',
    ],
    [
      'pt',
      'Os dados de uma criança foram recolhidos no contexto da oferta de serviços da sociedade da informação.',
      'Os seus direitos',
    ],
  ])('%s the ground itself reads no children: %s', (lang, text, heading) => {
    expect(childrenWithModel(text, heading, lang)).toBe(false);
  });
});

describe('rights: "you have the possibility to" delete posts is a feature, not erasure (review13b finding 5)', () => {
  it.each<[Lang, string]>([
    ['de', 'Sie haben die Möglichkeit, Ihre Beiträge zu löschen.'],
    ['fr', 'Vous avez la possibilité de supprimer vos commentaires.'],
    ['sv', 'Du har möjlighet att radera dina inlägg.'],
    ['pt', 'Tem a possibilidade de apagar as suas publicações.'],
    ['en', 'You have the possibility to delete your posts.'],
    ['nl', 'U heeft de mogelijkheid om uw berichten te verwijderen.'],
    ['es', 'Tiene la posibilidad de borrar sus publicaciones.'],
    ['it', 'Hai la possibilità di cancellare i tuoi post.'],
    ['da', 'Du har mulighed for at slette dine opslag.'],
    ['nb', 'Du har mulighet til å slette innleggene dine.'],
    ['pl', 'Masz możliwość usunięcia swoich postów.'],
  ])('%s: no erasure from %s', (lang, text) => {
    expect(practicesOf([text], lang).rights.rights).not.toContain('erasure');
  });

  it.each<[Lang, string]>([
    // With data or the account as the object, the same grant is the right to erasure.
    ['de', 'Sie haben die Möglichkeit, Ihre Daten zu löschen.'],
    ['fr', 'Vous avez la possibilité de supprimer vos données personnelles.'],
    ['sv', 'Du har möjlighet att radera ditt konto.'],
    ['pt', 'Tem a possibilidade de apagar os seus dados.'],
    ['en', 'You have the possibility to delete your account.'],
  ])('%s: erasure from %s', (lang, text) => {
    expect(practicesOf([text], lang).rights.rights).toContain('erasure');
  });

  it('under a rights heading the noun-form grant reads as before', () => {
    const p = practicesOf(
      [{ text: 'Du har möjlighet att radera dina inlägg.', heading: 'Dina rättigheter' }],
      'sv',
    );
    expect(p.rights.rights).toContain('erasure');
  });

  it.each<[Lang, string]>([
    // The verbs that are only rights need no object.
    ['de', 'Sie haben die Möglichkeit, Ihre Einwilligung jederzeit zu widerrufen.'],
    ['sv', 'Du har möjlighet att återkalla ditt samtycke.'],
    ['fr', 'Vous avez la possibilité de retirer votre consentement.'],
  ])('%s: withdraw-consent still read from %s', (lang, text) => {
    expect(practicesOf([text], lang).rights.rights).toContain('withdraw-consent');
  });
});

describe('named: a source before "till/to" leaves the recipient named after it (review13b, sv Apple)', () => {
  it.each<[Lang, string, string]>([
    ['sv', 'Vi skickar data från appen till Apple.', 'Apple'],
    ['sv', 'Vi skickar uppgifter från appen till Apple.', 'Apple'],
    ['nb', 'Vi sender data fra appen til Apple.', 'Apple'],
    ['da', 'Vi sender data fra appen til Apple.', 'Apple'],
    ['en', 'We send data from the app to Apple.', 'Apple'],
  ])('%s names %s', (lang, text, name) => {
    expect(practicesOf([text], lang).sharing.named).toContain(name);
  });

  it.each<[Lang, string]>([
    // The source itself stays no recipient.
    ['sv', 'Vi hämtar träningsinformation från Apple Health, Google Fit eller Garmin.'],
    ['sv', 'Appen läser data från Apple Health.'],
    ['en', 'The app reads data from Apple Health.'],
    ['sv', 'Vi importerar träningsinformation från Garmin till appen.'],
  ])('%s names nothing: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.named).toEqual([]);
  });
});
