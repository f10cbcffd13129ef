/**
 * The third review of session 11's recipient rules (review11c findings 1, 2, 3, 5, 6, 8, 9): each rule kept to
 * the shape it was made for.
 * 1. A word for nobody denies only as the object of passing data on ("with nobody", "an niemanden", "con
 *    nadie") or before an exception ("nobody except", "niemand außer"), not in a purpose clause or aside.
 * 2. "more / plus / mer / więcej" turns off the "other ... than" exception only right before it, never
 *    across a comma ("De plus, nous ne partageons pas ... d'autres entreprises que nos prestataires").
 * 3. A definition of a party hides only what its own clause names ("Destinatarios: quien recibe sus datos,
 *    es decir, empresas de reparto y anunciantes" names them).
 * 5. A legal duty is authorities only as the condition of sharing ("unless legally required"), not a reason.
 * 6. A separable verb's gap takes a subordinate clause inside commas and "rund um".
 * 8. "Fatture in Cloud", "e-Boekhouden" only as written. 9. "information to you" passes nothing on.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;
const kindsOf = (text: string, lang: Lang) => [...sharingOf(text, lang).recipients].sort();

describe('1. nobody in a purpose clause or an aside denies nothing', () => {
  test.each<[Lang, string, string[]]>([
    [
      'en',
      'To make sure nobody else can access your account, we collect your phone number and your IP address.',
      ['phone', 'ip-address'],
    ],
    [
      'de',
      'Damit niemand sonst auf Ihr Konto zugreifen kann, erheben wir Ihre Telefonnummer und IP-Adresse.',
      ['phone', 'ip-address'],
    ],
    [
      'nl',
      'Om ervoor te zorgen dat niemand anders toegang krijgt, verzamelen wij uw telefoonnummer en IP-adres.',
      ['phone', 'ip-address'],
    ],
    [
      'es',
      'Para que nadie más acceda a su cuenta, recopilamos su número de teléfono y su dirección IP.',
      ['phone', 'ip-address'],
    ],
    [
      'pt',
      'Para que ninguém mais acesse sua conta, coletamos seu número de telefone e endereço IP.',
      ['phone', 'ip-address'],
    ],
  ])('collection kept: %s: %s', (lang, text, types) => {
    const collected = practicesOf([text], lang).collection.dataTypes;
    for (const t of types) expect(collected).toContain(t);
  });

  test.each<[Lang, string, Recipient[]]>([
    [
      'en',
      'Nobody likes spam, so we only share your email address with our newsletter provider Mailchimp.',
      ['service-providers'],
    ],
    ['en', 'We make sure nobody misuses the data we share with advertising partners.', ['advertisers']],
    [
      'en',
      'To ensure that nobody can identify you, we share only pseudonymised data with analytics providers.',
      ['analytics'],
    ],
    [
      'de',
      'Damit niemand Ihre Daten missbraucht, übermitteln wir sie nur verschlüsselt an unseren Hosting-Anbieter.',
      ['service-providers'],
    ],
    [
      'nl',
      'Om te zorgen dat niemand misbruik maakt, delen wij uw gegevens alleen met onze hostingprovider.',
      ['service-providers'],
    ],
    [
      'es',
      'Para que nadie pueda identificarle, compartimos datos seudonimizados con proveedores de análisis.',
      ['analytics'],
    ],
  ])('sharing kept: %s: %s', (lang, text, kinds) => {
    expect(kindsOf(text, lang)).toEqual([...kinds].sort());
  });

  test('the named service in the sentence stays too', () => {
    expect(
      sharingOf('Niemand mag Spam: deshalb geben wir Ihre E-Mail-Adresse nur an Mailchimp weiter.', 'de')
        .named,
    ).toContain('Mailchimp');
  });

  test.each<[Lang, string, Recipient[]]>([
    ['en', 'We share your data with nobody.', []],
    [
      'de',
      'Wir geben Ihre Daten an niemanden weiter, außer an unseren Zahlungsdienstleister.',
      ['service-providers'],
    ],
    ['nl', 'Wij delen uw gegevens met niemand, behalve met onze betaalprovider.', ['service-providers']],
    ['pl', 'Nie udostępniamy danych nikomu poza firmą kurierską.', ['service-providers']],
    [
      'pt',
      'Não compartilhamos seus dados com ninguém além dos nossos prestadores de serviços.',
      ['service-providers'],
    ],
    // A subject nobody with its exception later in the sentence still names what is excepted.
    ['en', 'Nobody except our hosting provider receives your data.', ['service-providers']],
    [
      'en',
      'Nobody can see your data except our service providers and advertising partners.',
      ['service-providers', 'advertisers'],
    ],
    [
      'de',
      'Niemand kann Ihre Daten sehen, außer unseren Dienstleistern und Werbepartnern.',
      ['service-providers', 'advertisers'],
    ],
    ['nl', 'Niemand kan uw gegevens zien, behalve onze dienstverleners.', ['service-providers']],
  ])('what must not change: %s: %s', (lang, text, kinds) => {
    expect(kindsOf(text, lang)).toEqual([...kinds].sort());
  });
});

describe('2. a comparison only right before "other ... than"', () => {
  test.each<[Lang, string]>([
    ['fr', "De plus, nous ne partageons pas vos données avec d'autres entreprises que nos prestataires."],
    [
      'fr',
      "Pour plus d'informations, sachez que nous ne partageons pas vos données avec d'autres sociétés que nos prestataires de paiement.",
    ],
    [
      'sv',
      'Mer information finns nedan, men vi delar inte dina uppgifter med andra företag än vår betalleverantör.',
    ],
    [
      'nb',
      'For mer informasjon, vi deler ikke opplysningene med andre selskaper enn vår betalingsleverandør.',
    ],
    [
      'pl',
      'Aby uzyskać więcej informacji, pamiętaj, że nie udostępniamy danych innym firmom niż nasz dostawca płatności.',
    ],
    [
      'nl',
      'Voor meer informatie: wij delen uw gegevens niet, en ook meer dan nodig niet, met andere bedrijven dan onze betaalprovider.',
    ],
  ])('the exception is shared: %s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toContain('service-providers');
  });

  test.each<[Lang, string]>([
    ['en', 'We share more information with other partners than with advertisers.'],
    ['fr', "Nous partageons plus de données avec d'autres partenaires que les annonceurs."],
    ['pl', 'Udostępniamy więcej danych innym partnerom niż reklamodawcom.'],
  ])('a comparison still leaves no one out: %s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toContain('advertisers');
  });
});

describe('3. a definition hides only its own clause', () => {
  test.each<[Lang, string, Recipient[]]>([
    [
      'it',
      'Questa sezione indica chi riceve i tuoi dati: i corrieri, le società di recupero crediti e i partner pubblicitari.',
      ['service-providers', 'advertisers'],
    ],
    [
      'es',
      'Destinatarios: quien recibe sus datos, es decir, empresas de reparto y anunciantes.',
      ['service-providers', 'advertisers'],
    ],
    [
      'it',
      'Destinatari: un soggetto terzo a cui comunichiamo i dati, come i partner pubblicitari e i corrieri.',
      ['service-providers', 'advertisers'],
    ],
    [
      'en',
      '"Processor" means any natural or legal person who processes data for us, and we disclose your data to advertising partners.',
      ['advertisers'],
    ],
    [
      'de',
      '„Auftragsverarbeiter“ ist eine Stelle, die Daten in unserem Auftrag verarbeitet; wir geben Ihre Daten an Werbepartner weiter.',
      ['advertisers'],
    ],
    [
      'nb',
      'Mottakere: den som mottar opplysningene, for eksempel Posten og våre annonsepartnere.',
      ['advertisers'],
    ],
    [
      'en',
      'Recipients: the person or body to whom we disclose data: our payment processor Stripe and advertising partners.',
      ['service-providers', 'advertisers'],
    ],
  ])('%s: %s', (lang, text, kinds) => {
    expect(kindsOf(text, lang)).toEqual([...kinds].sort());
  });

  test('named services follow the same clause: outside it named, inside it not', () => {
    const after = sharingOf(
      'Destinatários: quem recebe os seus dados, ou seja, parceiros de publicidade e a Google.',
      'pt',
    );
    expect(after.recipients).toContain('advertisers');
    expect(after.named).toContain('Google');
    const inside = sharingOf(
      'Processor: a person or body that processes data for us in the way Stripe does.',
      'en',
    );
    expect(inside.named).toEqual([]);
    expect(inside.recipients).toEqual([]);
  });

  test.each<[Lang, string]>([
    [
      'en',
      'Recipient: a natural or legal person, public authority, agency or another body, to which the personal data are disclosed.',
    ],
    [
      'en',
      'Third party: a natural or legal person, public authority, agency or body other than the data subject, controller, processor and persons who are authorised to process personal data.',
    ],
    [
      'de',
      '„Auftragsverarbeiter“ ist eine Stelle, die personenbezogene Daten im Auftrag des Verantwortlichen verarbeitet.',
    ],
  ])('what must not change: a whole definition names no one: %s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toEqual([]);
  });
});

describe('5. a legal duty is authorities only as the condition', () => {
  test.each<[Lang, string, Recipient[]]>([
    [
      'de',
      'Wir geben Rechnungsdaten an unseren Steuerberater weiter, da wir gesetzlich dazu verpflichtet sind, Belege zehn Jahre aufzubewahren.',
      ['service-providers'],
    ],
    [
      'en',
      'We process your data because we are legally required to, and we share it with Stripe.',
      ['service-providers'],
    ],
  ])('a reason adds no authority: %s: %s', (lang, text, kinds) => {
    expect(kindsOf(text, lang)).toEqual([...kinds].sort());
  });

  test.each<[Lang, string]>([
    ['de', 'Eine Weitergabe an Dritte erfolgt nicht, es sei denn, wir sind gesetzlich dazu verpflichtet.'],
    ['de', 'Wir geben Ihre Daten nicht weiter, es sei denn, wir sind rechtlich verpflichtet.'],
    ['en', 'We do not share your data with third parties unless we are legally required to do so.'],
    ['nb', 'Vi deler ikke opplysningene dine med andre, med mindre vi er juridisk forpliktet til det.'],
    ['da', 'Vi deler ikke dine oplysninger med andre, medmindre vi er juridisk forpligtet til det.'],
    ['fr', 'Nous ne partageons pas vos données, sauf si nous y sommes tenus par la loi.'],
    ['it', 'Non condividiamo i tuoi dati, salvo che siamo tenuti per legge a farlo.'],
    ['pl', 'Nie udostępniamy danych, chyba że jesteśmy prawnie zobowiązani.'],
  ])('the exception still is: %s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toContain('authorities');
  });
});

describe('6. a separable verb across an inserted clause', () => {
  test.each<[Lang, string, Recipient]>([
    [
      'de',
      'Wir geben Informationen rund um Ihre Bestellung an unseren Versanddienstleister weiter.',
      'service-providers',
    ],
    [
      'de',
      'Wir geben Ihre Adresse, um die Lieferung zu ermöglichen, an unseren Versanddienstleister weiter.',
      'service-providers',
    ],
    [
      'de',
      'Wir geben Ihre Daten, wenn Sie eingewilligt haben, an unsere Werbepartner weiter.',
      'advertisers',
    ],
    ['nl', 'Wij geven uw gegevens, als u daarvoor toestemming geeft, door aan adverteerders.', 'advertisers'],
    [
      'nl',
      'Wij geven uw adres, om de levering mogelijk te maken, door aan onze vervoerder.',
      'service-providers',
    ],
  ])('%s: %s', (lang, text, kind) => {
    expect(sharingOf(text, lang).recipients).toContain(kind);
  });

  test('what must not change: the subordinate clause after another verb still ends the gap', () => {
    const text =
      'Bitte geben Sie Ihren Namen, Ihre E-Mail an, damit wir weiter helfen und Ihre Bestellung an Werbepartner übergeben.';
    expect(sharingOf(text, 'de').recipients).toEqual([]);
  });
});

describe('8. service names that are ordinary phrases only as written', () => {
  test.each<[Lang, string]>([
    ['it', 'Le fatture in cloud sono condivise con il nostro commercialista.'],
    ['nl', 'Wij geven uw factuurgegevens door aan e-boekhouden software van onze accountant.'],
  ])('no name: %s: %s', (lang, text) => {
    expect(sharingOf(text, lang).named).toEqual([]);
  });

  test.each<[Lang, string, string]>([
    ['it', 'Condividiamo i tuoi dati di fatturazione con Fatture in Cloud.', 'Fatture in Cloud'],
    ['nl', 'Wij delen uw gegevens met e-Boekhouden voor onze boekhouding.', 'e-Boekhouden'],
  ])('as written: %s: %s', (lang, text, name) => {
    expect(sharingOf(text, lang).named).toContain(name);
  });
});

describe('9. information given to the user passes nothing on', () => {
  test.each<[Lang, string]>([
    ['nb', 'Vi gir informasjon til deg om våre annonsepartnere.'],
    ['da', 'Vi giver information til dig om vores annoncepartnere.'],
  ])('%s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toEqual([]);
  });

  test.each<[Lang, string, Recipient]>([
    ['sv', 'Vi lämnar dina uppgifter till Skatteverket.', 'authorities'],
    ['nb', 'Vi gir opplysningene til Skatteetaten.', 'authorities'],
    ['da', 'Vi giver dine oplysninger til Skattestyrelsen.', 'authorities'],
  ])('what must not change: %s: %s', (lang, text, kind) => {
    expect(sharingOf(text, lang).recipients).toContain(kind);
  });
});
