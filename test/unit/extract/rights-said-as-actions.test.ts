import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

/**
 * Rights said as actions (probe13x): "you may withdraw it" after the consent it names, "Ask reception and we
 * will correct it", "teilen wir Ihnen mit, welche Daten wir über Sie gespeichert haben", "Wilt u dat wij uw
 * account verwijderen?", taking one's data to another service or provider; with twins in other languages.
 */
describe('rights said as actions read', () => {
  test.each<[Lang, string, Right[]]>([
    [
      'en',
      'Where we rely on your consent, for example for our newsletter, you may withdraw it at any time without affecting the lawfulness of earlier processing.',
      ['withdraw-consent'],
    ],
    [
      'en',
      'Spotted a mistake in your patient record? Ask reception and we will correct it.',
      ['rectification'],
    ],
    [
      'de',
      'Auf Wunsch teilen wir Ihnen unentgeltlich mit, welche Daten wir über Sie gespeichert haben.',
      ['access'],
    ],
    [
      'nl',
      'Wilt u weten welke gegevens de gemeente over u heeft vastgelegd? Dien dan een inzageverzoek in via Mijn Gemeente.',
      ['access'],
    ],
    [
      'nl',
      'Wilt u dat wij uw account en alle bijbehorende gegevens verwijderen? Stuur dan een e-mail naar onze klantenservice.',
      ['erasure'],
    ],
    [
      'nl',
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen, en u kunt bezwaar maken tegen de verwerking, om beperking vragen of om overdracht van uw gegevens verzoeken.',
      ['access', 'rectification', 'erasure', 'portability', 'objection', 'restriction'],
    ],
    [
      'sv',
      'Vill du att vi tar bort ditt konto? Skicka ett mejl så raderar vi alla dina uppgifter.',
      ['erasure'],
    ],
    [
      'nb',
      'Du kan laste ned treningshistorikken din som en fil og ta den med til en annen tjeneste.',
      ['portability'],
    ],
    ['pt', 'Se algum dado estiver incorreto, pode pedir-nos que o corrijamos.', ['rectification']],
    [
      'pt',
      'Pode pedir que os seus dados sejam enviados diretamente para outro prestador de serviços.',
      ['portability'],
    ],
    [
      'es',
      'Puede consultar en cualquier momento qué información tenemos sobre usted desde el apartado "Mis datos" de la aplicación.',
      ['access'],
    ],
    ['en', 'If you want to know what data we hold about you, you can ask us.', ['access']],
    ['en', 'Where you have given consent, you can withdraw it at any time.', ['withdraw-consent']],
    [
      'de',
      'Wenn Sie uns Ihre Einwilligung gegeben haben, können Sie diese jederzeit widerrufen.',
      ['withdraw-consent'],
    ],
    [
      'fr',
      'Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment.',
      ['withdraw-consent'],
    ],
    [
      'es',
      'Cuando nos basamos en su consentimiento, puede retirarlo en cualquier momento.',
      ['withdraw-consent'],
    ],
    ['it', 'Quando ci basiamo sul tuo consenso, puoi revocarlo in qualsiasi momento.', ['withdraw-consent']],
    [
      'pl',
      'Jeśli przetwarzamy dane na podstawie zgody, możesz ją wycofać w dowolnym momencie.',
      ['withdraw-consent'],
    ],
    [
      'pt',
      'Quando nos baseamos no seu consentimento, pode retirá-lo a qualquer momento.',
      ['withdraw-consent'],
    ],
    [
      'nl',
      'Als wij ons baseren op uw toestemming, kunt u deze op elk moment intrekken.',
      ['withdraw-consent'],
    ],
    [
      'sv',
      'När vi behandlar uppgifter med stöd av ditt samtycke kan du när som helst återkalla det.',
      ['withdraw-consent'],
    ],
    [
      'nb',
      'Når vi behandler opplysninger basert på samtykke, kan du når som helst trekke det tilbake.',
      ['withdraw-consent'],
    ],
    [
      'da',
      'Når vi behandler oplysninger på grundlag af samtykke, kan du til enhver tid trække det tilbage.',
      ['withdraw-consent'],
    ],
    [
      'de',
      'Sie haben einen Fehler in Ihren Daten entdeckt? Sagen Sie uns Bescheid und wir berichtigen sie.',
      ['rectification'],
    ],
    [
      'nb',
      'Vil du at vi sletter kontoen din? Send oss en e-post, så sletter vi alle opplysningene dine.',
      ['erasure'],
    ],
    [
      'da',
      'Vil du have, at vi sletter din konto? Send en mail, så sletter vi alle dine oplysninger.',
      ['erasure'],
    ],
    [
      'fr',
      "Une erreur dans votre dossier ? Signalez-la à l'accueil et nous la corrigerons.",
      ['rectification'],
    ],
    ['es', '¿Ha detectado un error en sus datos? Avísenos y lo corregiremos.', ['rectification']],
    [
      'sv',
      'Du kan ladda ner din träningshistorik som en fil och ta med den till en annan tjänst.',
      ['portability'],
    ],
    [
      'en',
      'You can download your training history as a file and take it with you to another service.',
      ['portability'],
    ],
    [
      'da',
      'Du kan downloade din træningshistorik som en fil og tage den med til en anden tjeneste.',
      ['portability'],
    ],
    [
      'de',
      'Sie können Ihren Trainingsverlauf als Datei herunterladen und zu einem anderen Anbieter mitnehmen.',
      ['portability'],
    ],
    [
      'es',
      'Puede pedir que sus datos sean enviados directamente a otro prestador de servicios.',
      ['portability'],
    ],
    [
      'fr',
      'Vous pouvez demander que vos données soient transmises directement à un autre prestataire.',
      ['portability'],
    ],
    [
      'it',
      'Può chiedere che i suoi dati siano trasmessi direttamente a un altro fornitore.',
      ['portability'],
    ],
    ['en', 'You can ask for your data to be sent directly to another provider.', ['portability']],
    ['sv', 'Du kan se vilka uppgifter vi har om dig under Mina sidor.', ['access']],
    ['nb', 'Du kan se hvilke opplysninger vi har om deg under Min side.', ['access']],
    [
      'fr',
      'Vous pouvez consulter à tout moment quelles données nous détenons dans votre espace client.',
      ['access'],
    ],
    ['it', 'Puoi consultare in qualsiasi momento quali dati abbiamo nella sezione Profilo.', ['access']],
    ['pt', 'Pode consultar a qualquer momento que dados temos sobre si na área Os meus dados.', ['access']],
    ['nl', 'U kunt bezwaar maken tegen de overdracht van uw gegevens aan derden.', ['objection']],
    ['en', 'You can delete your posts and your account at any time.', ['erasure']],
  ])('[%s] %s', (lang, text, expected) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual(expected);
  });
});

/**
 * Deleting a post or changing a password is a product feature, not a right over personal data; a policy
 * describing what it holds grants nothing; a transfer to another company is no portability; a newsletter's
 * "and we will send it" grants nothing.
 */
/** A request answered by "so we delete / correct" still reads (the request now comes first). */
describe('a request answered by the act reads', () => {
  test.each<[Lang, string, Right[]]>([
    ['sv', 'Kontakta oss så raderar vi dina uppgifter.', ['erasure']],
    ['sv', 'Hör av dig till kundtjänst så rättar vi dina uppgifter.', ['rectification']],
    ['da', 'Kontakt os, så retter vi dine oplysninger.', ['rectification']],
  ])('[%s] %s', (lang, text, expected) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual(expected);
  });
});

describe('features and descriptions grant no right', () => {
  test.each<[Lang, string]>([
    ['en', 'You can delete your posts at any time.'],
    ['en', 'You can change your password at any time.'],
    ['de', 'Sie können Ihre Beiträge jederzeit löschen.'],
    ['nl', 'U kunt uw berichten op elk moment verwijderen.'],
    ['sv', 'Du kan radera dina inlägg när som helst.'],
    ['nb', 'Du kan slette innleggene dine når som helst.'],
    ['da', 'Du kan slette dine opslag når som helst.'],
    ['fr', 'Vous pouvez supprimer vos publications à tout moment.'],
    ['es', 'Puedes eliminar tus publicaciones en cualquier momento.'],
    ['it', 'Puoi eliminare i tuoi post in qualsiasi momento.'],
    ['pl', 'Możesz usunąć swoje posty w dowolnym momencie.'],
    ['pt', 'Pode eliminar as suas publicações a qualquer momento.'],
    ['de', 'Sie können Ihr Passwort jederzeit ändern.'],
    ['fr', 'Vous pouvez modifier votre mot de passe à tout moment.'],
    ['en', 'We may transfer your data to another company if we sell our business.'],
    ['en', 'You can sign up for the newsletter and we will send it weekly.'],
  ])('[%s] %s', (lang, text) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual([]);
  });
});

/**
 * An inactivity or end-of-contract deletion rule ("so we delete") answers no request: on cues alone it grants no
 * erasure (review14b). In a passage the model reads as rights, the act still reads, as in English.
 */
describe('a deletion rule with "så raderar vi" is no right on cues alone', () => {
  test.each<[Lang, string]>([
    ['sv', 'Om du inte loggar in på två år så raderar vi ditt konto.'],
    ['sv', 'Om avtalet upphör så raderar vi dina uppgifter inom 30 dagar.'],
    ['nb', 'Hvis du ikke logger inn på to år, så sletter vi kontoen din.'],
    ['da', 'Hvis du ikke logger ind i to år, så sletter vi din konto.'],
  ])('[%s] %s', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).toEqual([]);
  });
});

test('a description of what a policy holds grants no access on cues alone', () => {
  expect(rightsBoth('This policy explains what information we hold about you.', 'en')[0]).toEqual([]);
});
