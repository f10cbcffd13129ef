import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('data types stated as collected', () => {
  test.each<[Lang, string, DataType[]]>([
    ['en', 'We collect your name, email address and phone number.', ['name', 'email', 'phone']],
    [
      'en',
      'We automatically collect your IP address, browser type and the pages you visit.',
      ['ip-address', 'device-info', 'usage-data'],
    ],
    [
      'en',
      'When you buy, we process your credit card number and billing address.',
      ['postal-address', 'payment'],
    ],
    ['en', 'We ask for your company name and job title.', ['professional']],
    ['en', 'We use cookies and similar technologies.', ['cookies']],
    ['en', 'We collect your date of birth and gender.', ['demographics']],
    ['en', 'We collect your precise location from GPS.', ['location']],
    ['en', 'We record calls and store the correspondence with you.', ['communications']],
    ['en', 'We store the photos and videos you upload.', ['user-content']],
    ['en', 'We receive your LinkedIn profile when you apply.', ['social-profile']],
    ['en', 'We collect your username and password.', ['credentials']],
    ['en', 'We process a copy of your passport to verify your identity.', ['government-id']],
    ['en', 'We process health data and fingerprints for access control.', ['health', 'biometric']],
    [
      'de',
      'Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre IP-Adresse.',
      ['name', 'email', 'ip-address'],
    ],
    ['de', 'Wir speichern Ihre Anschrift und Telefonnummer.', ['phone', 'postal-address']],
    ['nl', 'We verzamelen uw naam, e-mailadres en telefoonnummer.', ['name', 'email', 'phone']],
    [
      'nl',
      'We verzamelen naam, telefoonnummer, functie en e-mailadres.',
      ['name', 'email', 'phone', 'professional'],
    ],
    ['nb', 'Vi samler inn navn, e-postadresse og telefonnummer.', ['name', 'email', 'phone']],
    [
      'nb',
      'Vi registrerer IP-adresse, informasjonskapsler og nettleser-informasjon.',
      ['ip-address', 'device-info', 'cookies'],
    ],
    ['sv', 'Vi samlar in ditt namn, din e-postadress och din IP-adress.', ['name', 'email', 'ip-address']],
    ['da', 'Vi indsamler dit navn, din e-mailadresse og dit telefonnummer.', ['name', 'email', 'phone']],
    [
      'fr',
      'Nous collectons votre nom, votre adresse e-mail et votre adresse IP.',
      ['name', 'email', 'ip-address'],
    ],
    [
      'es',
      'Recopilamos su nombre, su dirección de correo electrónico y su número de teléfono.',
      ['name', 'email', 'phone'],
    ],
    [
      'it',
      'Raccogliamo il tuo nome, il tuo indirizzo email e il tuo indirizzo IP.',
      ['name', 'email', 'ip-address'],
    ],
    ['pl', 'Zbieramy Twoje imię i nazwisko, adres e-mail oraz numer telefonu.', ['name', 'email', 'phone']],
    [
      'pt',
      'Recolhemos o seu nome, o seu endereço de e-mail e o seu endereço IP.',
      ['name', 'email', 'ip-address'],
    ],
    // "Strumenti di Tracciamento" is how Italian policies (iubenda's wording) name cookies and the like.
    [
      'it',
      'Fra i dati personali raccolti ci sono: strumenti di tracciamento, dati di utilizzo.',
      ['cookies', 'usage-data'],
    ],
    // What a person types in a form's message field is a message.
    ['it', 'Raccogliamo il tuo nome e ciò che inserisci nel campo messaggio.', ['name', 'communications']],
    ['es', 'Recogemos su nombre y lo que escriba en el campo de mensaje.', ['name', 'communications']],
    ['pt', 'Recolhemos o seu nome e o que escrever no campo de mensagem.', ['name', 'communications']],
    ['fr', 'Nous collectons votre nom et le contenu du champ message.', ['name', 'communications']],
    // Writing to us by mail ("scriverci per mail"), as "ci scrivi via e-mail".
    ['it', 'Trattiamo i dati che ci fornisci quando decidi di scriverci per mail.', ['email']],
    // How visitors use the site, said the French way.
    [
      'fr',
      'Nous utilisons des cookies pour analyser la façon dont les utilisateurs interagissent avec notre Service.',
      ['cookies', 'usage-data'],
    ],
    [
      'fr',
      "Ces cookies nous permettent de recueillir des informations sur l'utilisation du site.",
      ['cookies', 'usage-data'],
    ],
    ['fr', "Nous utilisons vos données pour l'analyse des visites du site.", ['usage-data']],
    [
      'pt',
      'O Google Analytics utiliza cookies para analisar como os usuários utilizam o aplicativo.',
      ['cookies', 'usage-data'],
    ],
    ['es', 'Usamos cookies para analizar cómo los usuarios utilizan el sitio.', ['cookies', 'usage-data']],
  ])('%s: %s', (lang, sentence, types) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(types);
  });

  test.each<[Lang, string]>([
    ['en', 'We never ask for your health data.'],
    ['en', 'We do not collect your name or address.'],
    ['en', 'If you have questions, send us an email.'],
    ['en', 'We collect the domain name of your Internet service provider.'],
    ['en', 'Users are not permitted to post sensitive data.'],
    ['de', 'Wir erheben keine Gesundheitsdaten.'],
    [
      'nl',
      'SuperOffice verzamelt of verwerkt geen gevoelige persoonlijke gegevens zoals gezondheidsgegevens.',
    ],
    ['nb', 'Vi samler ikke inn fødselsnummer.'],
    ['fr', 'Nous ne collectons aucune donnée de santé.'],
    ['nl', 'We sturen u informatie over de locatie van een webinar.'],
    // Terms of use govern the use of the site: no use of it is recorded.
    ['fr', "Les présentes conditions régissent l'utilisation du site et des services."],
  ])('%s: nothing collected in "%s"', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual([]);
  });

  test('items of a list introduced as collected data count even when one word is ambiguous', () => {
    const heading = 'Data vi registrerer om deg';
    const p = practicesOf(
      [
        { text: heading, kind: 'heading' },
        { text: 'Når du registrerer deg, kan vi samle inn følgende personlig informasjon:', heading },
        { text: 'Navn og etternavn til kontaktpersonen', kind: 'list-item', heading },
        { text: 'Bedriftsnavn', kind: 'list-item', heading },
      ],
      'nb',
    );
    expect(p.collection.dataTypes).toEqual(['name', 'professional']);
  });

  test.each<[Lang, string]>([
    [
      'de',
      'Personenbezogene Daten sind Informationen (z.B. Name, Adresse, Telefonnummer), die Ihre Identität verraten.',
    ],
    [
      'en',
      'Personal data means any information relating to an identified or identifiable natural person, such as a name or e-mail address.',
    ],
    [
      'sv',
      'Personuppgifter är alla uppgifter som kan kopplas till en person, till exempel namn och e-postadress.',
    ],
    ['fr', 'Les données personnelles sont des informations comme votre nom ou votre adresse e-mail.'],
  ])('%s: a definition of personal data states no practice: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual([]);
  });

  test.each<[Lang, string, string[]]>([
    [
      'en',
      'We collect personal data, i.e. any information relating to an identified or identifiable person, such as your name and email address.',
      ['name', 'email'],
    ],
    [
      'de',
      'Wir erheben personenbezogene Daten, also Informationen über eine identifizierte oder identifizierbare Person, etwa Ihren Namen und Ihre E-Mail-Adresse.',
      ['name', 'email'],
    ],
  ])(
    '%s: a collection statement that quotes the definition still states what is collected',
    (lang, sentence, types) => {
      expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(types);
    },
  );

  test.each<[Lang, string, string[]]>([
    [
      'nb',
      'For digitalabonnenter trenger vi bare navn og mobilnummer eller e-postadresse.',
      ['name', 'email', 'phone'],
    ],
    ['sv', 'Vi behöver ditt namn och din e-postadress.', ['name', 'email']],
    ['da', 'Vi har brug for dit navn og din e-mailadresse.', ['name', 'email']],
    ['de', 'Wir benötigen Ihren Namen und Ihre E-Mail-Adresse.', ['name', 'email']],
  ])('%s: "we need" states collection: %s', (lang, sentence, types) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(types);
  });

  test.each<[Lang, string, string[]]>([
    ['de', 'Wenn Sie uns per E-Mail kontaktieren, werden die übermittelten Daten verarbeitet.', ['email']],
    [
      'de',
      'Wenn Nutzer Kommentare auf der Website hinterlassen, wird der gewählte Nutzername gespeichert.',
      ['credentials', 'user-content'],
    ],
  ])('%s: %s', (lang, sentence, types) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(types);
  });

  test('a weak word ("address") needs an enumeration around it', () => {
    expect(practicesOf(['We collect your phone number and address.'], 'en').collection.dataTypes).toEqual([
      'phone',
      'postal-address',
    ]);
    expect(
      practicesOf(['We collect information to address your requests.'], 'en').collection.dataTypes,
    ).toEqual([]);
  });
});
