import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('sells: negation-aware in every language', () => {
  test.each<[Lang, string, boolean | null]>([
    ['en', 'We do not sell your personal information.', false],
    ['en', 'We will never sell your data to anyone.', false],
    ['en', 'We may sell your personal data to marketing partners.', true],
    ['de', 'Wir verkaufen Ihre Daten nicht.', false],
    ['de', 'Wir verkaufen Ihre personenbezogenen Daten an Werbepartner.', true],
    ['nl', 'Wij verkopen geen persoonsgegevens.', false],
    ['nl', 'Wij verkopen uw gegevens aan derden.', true],
    ['nb', 'Vi selger ikke personopplysningene dine.', false],
    ['nb', 'Vi selger opplysningene dine til annonsører.', true],
    ['sv', 'Vi säljer inte dina personuppgifter.', false],
    ['da', 'Vi sælger ikke dine personoplysninger.', false],
    ['fr', 'Nous ne vendons pas vos données personnelles.', false],
    ['fr', 'Nous vendons vos données à des partenaires.', true],
    ['es', 'No vendemos sus datos personales.', false],
    ['es', 'Vendemos sus datos a terceros.', true],
    ['it', 'Non vendiamo i tuoi dati personali.', false],
    ['pl', 'Nie sprzedajemy Twoich danych osobowych.', false],
    ['pt', 'Não vendemos os seus dados pessoais.', false],
    ['en', 'We sell software licences and support contracts.', null],
    ['en', 'If we sell our business in a merger, your information may be transferred.', null],
    ['nl', 'Wij ondersteunen de verkoop en marketing van onze klanten met gegevens.', null],
    ['en', 'We collect your e-mail address.', null],
    ['en', 'We do not sell, rent, or trade any information with third parties.', false],
    ['fr', 'Vos donnees ne sont jamais vendues, louees ou echangees a des fins commerciales.', false],
    ['nb', 'Vi deler eller selger dem aldri videre til andre.', false],
    ['sv', 'Vi lämnar inte ut dina personuppgifter för kommersiella ändamål.', false],
    ['en', 'We rent office space in Oslo.', null],
  ])('%s: %s -> %s', (lang, sentence, sells) => {
    expect(practicesOf([sentence], lang).sharing.sells).toBe(sells);
  });

  test('a denial wins over an admission elsewhere', () => {
    const p = practicesOf(
      ['We do not sell your personal data.', 'We sell aggregated data to partners.'],
      'en',
    );
    expect(p.sharing.sells).toBe(false);
  });
});

describe('recipients', () => {
  test.each<[Lang, string, Recipient[]]>([
    [
      'en',
      'We share your data with service providers and law enforcement authorities.',
      ['service-providers', 'authorities'],
    ],
    [
      'en',
      'We may share aggregate data with our affiliates, advertisers and business partners.',
      ['affiliates', 'advertisers', 'business-partners'],
    ],
    ['en', 'Your information may be transferred in connection with a merger or acquisition.', ['acquirers']],
    ['en', 'We make your profile available to other users of the platform.', ['other-users']],
    [
      'en',
      'We use web analytics services and share data with social networks.',
      ['analytics', 'social-networks'],
    ],
    ['de', 'Wir übermitteln Ihre Daten an Dienstleister und Behörden.', ['service-providers', 'authorities']],
    ['de', 'Wir geben Ihre Daten an Auftragsverarbeiter weiter.', ['service-providers']],
    ['nl', 'Wij delen uw gegevens met verwerkers en de politie.', ['service-providers', 'authorities']],
    [
      'nb',
      'Vi deler opplysninger med underleverandører og offentlige myndigheter.',
      ['service-providers', 'authorities'],
    ],
    ['sv', 'Vi delar uppgifter med leverantörer och myndigheter.', ['service-providers', 'authorities']],
    [
      'da',
      'Vi videregiver oplysninger til databehandlere og offentlige myndigheder.',
      ['service-providers', 'authorities'],
    ],
    [
      'fr',
      'Nous partageons vos données avec nos prestataires et les autorités compétentes.',
      ['service-providers', 'authorities'],
    ],
    [
      'es',
      'Compartimos sus datos con proveedores de servicios y autoridades públicas.',
      ['service-providers', 'authorities'],
    ],
    [
      'it',
      'Comunichiamo i dati a fornitori di servizi e autorità pubbliche.',
      ['service-providers', 'authorities'],
    ],
    ['pl', 'Udostępniamy dane dostawcom usług i organom państwowym.', ['service-providers', 'authorities']],
    [
      'pt',
      'Partilhamos os seus dados com prestadores de serviços e autoridades públicas.',
      ['service-providers', 'authorities'],
    ],
    [
      'de',
      'Eine Weitergabe Ihrer Daten an Dritte erfolgt nicht, außer wenn dies gesetzlich vorgeschrieben ist.',
      ['authorities'],
    ],
    [
      'nl',
      'Wij verstrekken uitsluitend persoonsgegevens aan derden om te voldoen aan een wettelijke verplichting.',
      ['authorities'],
    ],
    ['fr', "L'hébergeur du site enregistre les adresses IP des visiteurs.", ['service-providers']],
  ])('%s: %s', (lang, sentence, recipients) => {
    expect(practicesOf([sentence], lang).sharing.recipients).toEqual(recipients);
  });

  test.each<[Lang, string]>([
    ['en', 'We do not share your data with advertisers.'],
    ['en', 'We assume no liability for information provided to third parties or other users.'],
    ['en', 'You can post in our social media pages (LinkedIn, Twitter, Facebook).'],
    ['en', 'You may lodge a complaint with the supervisory authority.'],
    ['en', 'We may receive your personal data from our partners and affiliates.'],
    ['it', 'Eventuali modifiche verranno pubblicate su questa pagina.'],
  ])('%s: no recipient in "%s"', (lang, sentence) => {
    const s = practicesOf([sentence], lang).sharing;
    expect(s.recipients).toEqual([]);
    expect(s.named).toEqual([]);
  });
});

describe('named third parties', () => {
  test.each<[Lang, string, string[]]>([
    [
      'en',
      'We use Google Analytics and Hotjar to understand how visitors use the site.',
      ['Google Analytics', 'Hotjar'],
    ],
    [
      'en',
      'Currently, our payment service providers are Cleverbridge and Stripe.',
      ['Cleverbridge', 'Stripe'],
    ],
    ['en', 'Your data is hosted on Amazon Web Services (AWS) in Frankfurt.', ['Amazon Web Services']],
    ['en', 'We share information with companies in the Nemetschek Group.', ['Nemetschek Group']],
    ['de', 'Wir nutzen Mailchimp für den Versand des Newsletters.', ['Mailchimp']],
    ['nb', 'Vi bruker Microsoft Azure og Zendesk som databehandlere.', ['Microsoft Azure', 'Zendesk']],
    ['nl', 'Wij maken gebruik van HubSpot en Salesforce als verwerkers.', ['HubSpot', 'Salesforce']],
    ['fr', 'Nous utilisons Matomo pour mesurer l’audience.', ['Matomo']],
  ])('%s: %s', (lang, sentence, named) => {
    expect(practicesOf([sentence], lang).sharing.named).toEqual(named);
  });

  test.each<[Lang, string, string[]]>([
    [
      'it',
      'Google Analytics è un servizio di analisi web fornito da Google Ireland Limited.',
      ['Google Analytics'],
    ],
    ['de', 'Die Veranstalter nutzen Github zum Hosten der Webseite.', ['GitHub']],
    ['pl', 'Obsługa płatności za pośrednictwem Przelewy24.', ['Przelewy24']],
  ])('%s: a named product counts wherever it is mentioned: %s', (lang, sentence, named) => {
    expect(practicesOf([sentence], lang).sharing.named).toEqual(named);
  });

  test('a product the policy says it does not use is not named', () => {
    expect(practicesOf(['We do not use Google Analytics or Hotjar.'], 'en').sharing.named).toEqual([]);
  });

  test('an embedded social network is a social-networks recipient; a social network as a processor is not', () => {
    const embedded = practicesOf(['Auf einigen Seiten betten wir YouTube-Videos ein.'], 'de').sharing;
    expect(embedded.named).toEqual(['YouTube']);
    expect(embedded.recipients).toEqual(['social-networks']);
    const processor = practicesOf(
      ['Your data has to be processed by LinkedIn to apply with your profile.'],
      'en',
    ).sharing;
    expect(processor.named).toEqual(['LinkedIn']);
    expect(processor.recipients).toEqual([]);
  });

  test('an analytics tool implies the analytics recipient; a processor implies service providers', () => {
    const s = practicesOf(['We use Mouseflow and Zendesk.'], 'en').sharing;
    expect(s.recipients).toEqual(['service-providers', 'analytics']);
  });

  test.each<[Lang, string]>([
    ['en', 'You can sign in to the support portal using your Google credentials.'],
    ['en', 'Change the settings of your browser (like Google Chrome or Internet Explorer).'],
    ['en', 'We show ads on other websites, as well as on platforms like Facebook and Google.'],
  ])('%s: not a recipient: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).sharing.named).toEqual([]);
  });

  test('products listed under a sharing heading or intro; a lone capitalised item is not taken', () => {
    const heading = 'Our sub-processors';
    const p = practicesOf(
      [
        { text: heading, kind: 'heading' },
        { text: 'We use the following sub-processors:', heading },
        { text: 'Zendesk (support)', kind: 'list-item', heading },
        { text: 'LogMeIn (GoToWebinar)', kind: 'list-item', heading },
        { text: 'FooCloud', kind: 'list-item', heading },
        { text: 'Acme DataWorks', kind: 'list-item', heading },
      ],
      'en',
    );
    expect(p.sharing.named).toEqual(['Zendesk', 'LogMeIn', 'FooCloud', 'Acme DataWorks']);
    const lone = practicesOf(
      [
        { text: heading, kind: 'heading' },
        { text: 'We use the following sub-processors:', heading },
        { text: 'Hosting', kind: 'list-item', heading },
        { text: 'Newsletter Services', kind: 'list-item', heading },
      ],
      'en',
    );
    expect(lone.sharing.named).toEqual([]);
  });

  test('the operator named in the page title is not its own third party', () => {
    const p = practicesOf(
      [{ text: 'HubSpot Privacy Policy', kind: 'heading' }, 'We share data with HubSpot and Stripe.'],
      'en',
    );
    expect(p.sharing.named).toEqual(['Stripe']);
  });
});
