/**
 * Review13's findings on fix13c's rights masks and the consent pronoun, narrowed. The "keep ... until ...,
 * and delete" mask no longer runs past the retention rule into the reader's own right ("and you have the
 * right to access and delete it"): its gap stops at the reader (you, a right) and its delete verb is our own
 * finite form ("raderar", "supprimons", "eliminamos"), not the reader's infinitive ("radera", "supprimer").
 * The "staff have access" mask no longer takes staff who give the reader access ("Våre ansatte gir deg
 * tilgang"): no second-person object between the staff and the access. Consent withdrawn by a pronoun in es,
 * it, pt needs the consent noun before it, as in en and fr: "puedes retirarlo en la tienda" is picking up a
 * parcel. The sentences the masks were made for keep their reading (staff-access-and-kept-until.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe("a retention rule beside the reader's own right keeps the right", () => {
  test.each<[Lang, string, Right[]]>([
    [
      'en',
      'We retain your data as long as your account is active, and you have the right to access and delete it at any time.',
      ['access', 'erasure'],
    ],
    [
      'de',
      'Wir speichern Ihre Daten, bis Sie Auskunft verlangen und löschen sie auf Wunsch.',
      ['access', 'erasure'],
    ],
    [
      'de',
      'Wir speichern Ihre Daten, solange Ihr Konto besteht, und Sie haben das Recht auf Auskunft und löschen lassen können Sie sie jederzeit.',
      ['access', 'erasure'],
    ],
    [
      'fr',
      'Nous conservons vos données tant que votre compte est actif, et vous pouvez à tout moment y accéder et les supprimer.',
      ['erasure'],
    ],
    [
      'sv',
      'Vi sparar dina uppgifter så länge ditt konto är aktivt och du har rätt att få tillgång till och radera dem.',
      ['erasure'],
    ],
    [
      'da',
      'Vi gemmer dine oplysninger så længe din konto er aktiv, og du har ret til at få adgang til og slette dem.',
      ['erasure'],
    ],
    [
      'nb',
      'Vi lagrer opplysningene dine så lenge kontoen er aktiv, og du har rett til innsyn og til å slette dem.',
      ['access', 'erasure'],
    ],
    [
      'nl',
      'Wij bewaren uw gegevens zolang uw account actief is en u hebt het recht op inzage en om ze te verwijderen.',
      ['access', 'erasure'],
    ],
    [
      'es',
      'Conservamos sus datos mientras su cuenta esté activa y usted tiene derecho a acceder a ellos y a eliminar sus datos.',
      ['erasure'],
    ],
    [
      'it',
      'Conserviamo i tuoi dati finché il tuo account è attivo e hai il diritto di chiederne la cancellazione.',
      ['erasure'],
    ],
    [
      'pl',
      'Przechowujemy Twoje dane, dopóki konto jest aktywne, i masz prawo dostępu do nich i usunięcia ich.',
      ['access', 'erasure'],
    ],
    [
      'pt',
      'Conservamos os seus dados enquanto a sua conta estiver ativa e tem o direito de aceder e eliminar os mesmos.',
      ['erasure'],
    ],
  ])('[%s] %s', (lang, text, rights) => {
    const [, sure] = rightsBoth(text, lang);
    for (const r of rights) expect(sure).toContain(r);
  });
});

describe('a retention rule with the reader in its until-clause is still no right', () => {
  test.each<[Lang, string]>([
    ['en', 'We keep your data until you close your account, and then we delete it.'],
    ['de', 'Wir speichern Ihre Daten, bis Sie Ihr Konto schließen, und löschen sie danach.'],
    ['sv', 'Vi sparar dina uppgifter tills du avslutar ditt konto och raderar dem därefter.'],
  ])('[%s] %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
    expect(sure).toEqual([]);
  });
});

describe('staff who give the reader access grant the right of access', () => {
  test.each<[Lang, string]>([
    ['nb', 'Våre ansatte gir deg tilgang til dine opplysninger på forespørsel.'],
    ['sv', 'Vår personal ger dig tillgång till dina uppgifter på begäran.'],
    ['da', 'Vores medarbejdere giver dig adgang til dine oplysninger efter anmodning.'],
    ['fr', 'Nos collaborateurs vous donnent accès à vos données sur simple demande.'],
    ['it', 'Il nostro personale ti darà accesso ai tuoi dati su richiesta.'],
    ['pl', 'Nasi pracownicy zapewnią Ci dostęp do Twoich danych na żądanie.'],
    ['de', 'Auf Anfrage gewähren unsere Mitarbeiter Ihnen Zugang zu Ihren personenbezogenen Daten.'],
    ['en', 'On request, our staff will give you access to your personal data.'],
    ['nl', 'Op verzoek geven onze medewerkers u toegang tot uw persoonsgegevens.'],
  ])('[%s] %s', (lang, text) => {
    const [, sure] = rightsBoth(text, lang);
    expect(sure).toContain('access');
  });
});

describe('a pronoun withdrawn without consent before it is no withdrawal of consent', () => {
  test.each<[Lang, string, string]>([
    ['it', 'Quando il pacco è pronto, puoi ritirarlo presso il punto di ritiro.', 'Spedizione e ritiro'],
    ['es', 'Cuando su pedido esté listo, puede retirarlo en la tienda sin coste.', 'Envíos'],
    ['pt', 'Quando o produto estiver pronto, pode retirá-lo na loja.', 'Entregas'],
    ['it', 'Il buono è valido un anno; puoi revocarlo contattando il negozio.', ''],
    ['es', 'Si ha solicitado un presupuesto, puede revocarlo en cualquier momento.', ''],
    ['pt', 'Se pediu um orçamento, pode revogá-lo a qualquer momento.', ''],
  ])('[%s] %s', (lang, text, heading) => {
    const [silent, sure] = rightsBoth(text, lang, heading);
    expect(silent).not.toContain('withdraw-consent');
    expect(sure).not.toContain('withdraw-consent');
  });
});

describe('consent withdrawn by a pronoun still reads', () => {
  test.each<[Lang, string]>([
    ['es', 'Cuando nos basamos en su consentimiento, puede retirarlo en cualquier momento.'],
    ['es', 'Si nos ha dado su consentimiento, puede revocarlo cuando quiera.'],
    ['it', 'Se il trattamento si basa sul tuo consenso, puoi revocarlo in qualsiasi momento.'],
    ['it', 'Se ci hai dato il tuo consenso, puoi ritirarlo in ogni momento.'],
    ['pt', 'Quando nos baseamos no seu consentimento, pode retirá-lo a qualquer momento.'],
    ['pt', 'Se nos deu o seu consentimento, pode revogá-lo quando quiser.'],
  ])('[%s] %s', (lang, text) => {
    const [, sure] = rightsBoth(text, lang);
    expect(sure).toContain('withdraw-consent');
  });
});
