/**
 * A party a sharing sentence leaves out ("with our partners, except advertisers", "sauf les annonceurs",
 * "z wyjątkiem reklamodawców") is no recipient: a card naming a recipient the policy excludes is worse than
 * one that misses it. An exception to a negation or to "only" is what is shared ("We do not share your
 * data, except with service providers"), and an exception opening the sentence is left as it reads.
 * A run of exception words is judged from its first; an excepted list ends where a new preposition starts
 * what is shared again; an exception that states a condition or adds ("apart from ... also") leaves no one
 * out.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;
const recipientsOf = (text: string, lang: Lang) => sharingOf(text, lang).recipients;

describe('a party excepted from what is shared is no recipient', () => {
  test.each<[Lang, string, Recipient, Recipient]>([
    [
      'en',
      'We share your personal information with our partners, except advertisers.',
      'business-partners',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our service providers, other than advertisers.',
      'service-providers',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our service providers, with the exception of advertising partners.',
      'service-providers',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our service providers, excluding advertisers.',
      'service-providers',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our service providers, apart from advertisers.',
      'service-providers',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our partners, except for our service providers.',
      'business-partners',
      'service-providers',
    ],
    [
      'de',
      'Wir geben Ihre personenbezogenen Daten an unsere Partner weiter, außer an Werbepartner.',
      'business-partners',
      'advertisers',
    ],
    [
      'de',
      'Wir geben Ihre personenbezogenen Daten an Dienstleister weiter, mit Ausnahme von Werbepartnern.',
      'service-providers',
      'advertisers',
    ],
    [
      'nl',
      'Wij delen uw persoonsgegevens met onze partners, behalve adverteerders.',
      'business-partners',
      'advertisers',
    ],
    [
      'nb',
      'Vi deler dine personopplysninger med våre partnere, unntatt annonsører.',
      'business-partners',
      'advertisers',
    ],
    [
      'sv',
      'Vi delar dina personuppgifter med våra partner, förutom annonsörer.',
      'business-partners',
      'advertisers',
    ],
    [
      'da',
      'Vi deler dine personoplysninger med vores partnere, undtagen annoncører.',
      'business-partners',
      'advertisers',
    ],
    [
      'fr',
      'Nous partageons vos données personnelles avec nos partenaires, sauf les annonceurs.',
      'business-partners',
      'advertisers',
    ],
    [
      'fr',
      "Nous partageons vos données personnelles avec nos prestataires, à l'exception des régies publicitaires.",
      'service-providers',
      'advertisers',
    ],
    [
      'es',
      'Compartimos sus datos personales con nuestros socios, excepto los anunciantes.',
      'business-partners',
      'advertisers',
    ],
    [
      'es',
      'Compartimos sus datos personales con nuestros proveedores, salvo los anunciantes.',
      'service-providers',
      'advertisers',
    ],
    [
      'it',
      'Condividiamo i tuoi dati personali con i nostri partner, tranne gli inserzionisti.',
      'business-partners',
      'advertisers',
    ],
    [
      'it',
      'Condividiamo i tuoi dati personali con i nostri fornitori, ad eccezione degli inserzionisti.',
      'service-providers',
      'advertisers',
    ],
    [
      'pl',
      'Udostępniamy Twoje dane osobowe naszym partnerom, z wyjątkiem reklamodawców.',
      'business-partners',
      'advertisers',
    ],
    [
      'pl',
      'Udostępniamy Twoje dane osobowe naszym dostawcom, oprócz reklamodawców.',
      'service-providers',
      'advertisers',
    ],
    [
      'pt',
      'Compartilhamos seus dados pessoais com nossos parceiros, exceto anunciantes.',
      'business-partners',
      'advertisers',
    ],
    [
      'pt',
      'Compartilhamos seus dados pessoais com nossos fornecedores, com exceção dos anunciantes.',
      'service-providers',
      'advertisers',
    ],
  ])('%s: %s', (lang, text, kept, excepted) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain(kept);
    expect(found).not.toContain(excepted);
  });

  test('every item of an excepted list is left out', () => {
    const found = recipientsOf(
      'We share your personal data with our partners, except advertisers and analytics providers.',
      'en',
    );
    expect(found).toEqual(['business-partners']);
  });

  test('a service left out is not named', () => {
    const sharing = sharingOf('We share your data with our partners, except Google Analytics.', 'en');
    expect(sharing.named).not.toContain('Google Analytics');
    expect(sharing.recipients).not.toContain('analytics');
  });
});

describe('an exception to a negation or to "only" is shared', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not share your data, except with service providers.'],
    ['en', 'We do not share your personal data with third parties, excluding our service providers.'],
    ['en', 'We do not share your personal data with anyone, apart from our service providers.'],
    ['en', 'Except for our service providers, we do not share your personal data with anyone.'],
    ['en', 'In general, except for our service providers, we do not share your personal data.'],
    ['de', 'Wir geben Ihre Daten nicht an Dritte weiter, außer an unsere Dienstleister.'],
    ['de', 'Wir geben Ihre Daten nicht an Dritte weiter, abgesehen von unseren Dienstleistern.'],
    ['nl', 'Wij delen uw gegevens niet met derden, uitgezonderd onze verwerkers.'],
    ['sv', 'Vi delar inte dina uppgifter med tredje part, bortsett från våra personuppgiftsbiträden.'],
    ['fr', 'Nous ne partageons pas vos données avec des tiers, hormis nos prestataires.'],
    ['es', 'No compartimos sus datos con terceros, exceptuando a nuestros proveedores de servicios.'],
    ['pl', 'Nie udostępniamy Twoich danych podmiotom trzecim, za wyjątkiem naszych dostawców usług.'],
    ['pt', 'Não compartilhamos seus dados com terceiros, excetuando nossos prestadores de serviços.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });

  test.each<[Lang, string, Recipient]>([
    ['en', 'We only share your data with service providers, except advertisers.', 'advertisers'],
    ['de', 'Ihre Daten werden nur an Dienstleister weitergegeben, außer an Werbepartner.', 'advertisers'],
    ['fr', "Nous ne partageons vos données qu'avec nos prestataires, sauf les annonceurs.", 'advertisers'],
    // The "only" in the break that opens the clause (negation.json onlyBreaks).
    [
      'en',
      'We may share your data with our processors, and only with them, except the police.',
      'authorities',
    ],
    ['fr', 'Nous ne communiquons vos données que par nos prestataires, sauf aux autorités.', 'authorities'],
    [
      'es',
      'Compartimos sus datos con nuestros proveedores y solo con ellos, salvo las autoridades.',
      'authorities',
    ],
    ['pl', 'Udostępniamy dane naszym dostawcom i tylko im, z wyjątkiem organów państwowych.', 'authorities'],
    ['it', 'Condividiamo i dati esclusivamente con i nostri fornitori, tranne le autorità.', 'authorities'],
  ])('%s: %s', (lang, text, added) => {
    expect(recipientsOf(text, lang)).toContain(added);
  });
});

describe('a run of exception words is judged from its first', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We do not share your data with third parties except with our service providers and except with the police.',
    ],
    [
      'de',
      'Wir geben Ihre Daten nicht an Dritte weiter, außer an unsere Dienstleister und außer an Behörden.',
    ],
    ['nl', 'Wij delen uw gegevens niet met derden, behalve met onze verwerkers en behalve met de politie.'],
    [
      'fr',
      'Nous ne partageons pas vos données avec des tiers, sauf avec nos prestataires et sauf avec les autorités.',
    ],
    [
      'es',
      'No compartimos sus datos con terceros, salvo con nuestros proveedores y salvo con las autoridades.',
    ],
    [
      'it',
      'Non condividiamo i tuoi dati con terzi, tranne che con i nostri fornitori e tranne che con le autorità.',
    ],
    [
      'pl',
      'Nie udostępniamy Twoich danych osobom trzecim, z wyjątkiem naszych dostawców oraz z wyjątkiem organów państwowych.',
    ],
    [
      'pt',
      'Não compartilhamos seus dados com terceiros, exceto com nossos fornecedores e exceto com as autoridades.',
    ],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('service-providers');
    expect(found).toContain('authorities');
  });

  test.each<[Lang, string]>([
    [
      'en',
      'We share your personal data with our partners, except advertisers and except analytics providers.',
    ],
    [
      'fr',
      'Nous partageons vos données avec nos partenaires, sauf les annonceurs et sauf les régies publicitaires.',
    ],
  ])('a run after what is shared leaves every party out (%s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['business-partners']);
  });
});

describe('an excepted list ends where what is shared starts again', () => {
  test.each<[Lang, string, Recipient, Recipient]>([
    [
      'en',
      'We share your personal data with our partners, except advertisers, and with analytics providers.',
      'analytics',
      'advertisers',
    ],
    [
      'en',
      'We share your personal data with our partners, except advertisers, and also with analytics providers.',
      'analytics',
      'advertisers',
    ],
    [
      'de',
      'Wir geben Ihre Daten an unsere Partner, außer an Werbepartner, und an unsere Dienstleister weiter.',
      'service-providers',
      'advertisers',
    ],
    [
      'fr',
      'Nous partageons vos données avec nos partenaires, sauf les annonceurs, et avec nos prestataires.',
      'service-providers',
      'advertisers',
    ],
    [
      'es',
      'Compartimos sus datos con nuestros socios, excepto los anunciantes, y con nuestros proveedores.',
      'service-providers',
      'advertisers',
    ],
    [
      'it',
      'Condividiamo i tuoi dati con i nostri partner, ad eccezione degli inserzionisti, e con i fornitori di servizi.',
      'service-providers',
      'advertisers',
    ],
    [
      'pl',
      'Udostępniamy Twoje dane osobowe naszym partnerom, z wyjątkiem reklamodawców, oraz dostawcom usług.',
      'service-providers',
      'advertisers',
    ],
  ])('%s: %s', (lang, text, shared, excepted) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain(shared);
    expect(found).toContain('business-partners');
    expect(found).not.toContain(excepted);
  });

  test.each<[Lang, string]>([
    ['en', 'We share your personal data with our partners, except advertisers and analytics providers.'],
    ['en', 'We share your personal data with our partners, except advertisers and our analytics providers.'],
    [
      'en',
      'We share your personal data with our partners, except advertisers, analytics providers and data brokers.',
    ],
    [
      'en',
      'We share your personal data with our partners, except to advertisers and to analytics providers.',
    ],
    [
      'fr',
      'Nous partageons vos données avec nos partenaires, sauf les annonceurs et les régies publicitaires.',
    ],
    [
      'pl',
      'Udostępniamy Twoje dane osobowe naszym partnerom, z wyjątkiem reklamodawców oraz dostawców usług.',
    ],
  ])('a list joined by a comma, a joining word or a determiner stays excepted (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['business-partners']);
  });

  test('a service after a new preposition is named', () => {
    const sharing = sharingOf(
      'We share your data with our partners, except Google Analytics, and with Mailchimp.',
      'en',
    );
    expect(sharing.named).not.toContain('Google Analytics');
    expect(sharing.named).toContain('Mailchimp');
  });
});

describe('an exception that states a condition leaves no one out', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your personal data with our service providers, except as required by law.'],
    [
      'en',
      'We share your personal data with our service providers, except where the law requires us to disclose it to authorities.',
    ],
    ['de', 'Wir geben Ihre Daten an Dienstleister weiter, außer wenn gesetzlich vorgeschrieben.'],
    ['de', 'Wir geben Ihre Daten an Dienstleister weiter, außer wenn Behörden dies verlangen.'],
    ['fr', "Nous partageons vos données avec nos prestataires, sauf si la loi l'exige."],
    ['fr', "Nous partageons vos données avec nos prestataires, sauf lorsque les autorités l'exigent."],
    ['es', 'Compartimos sus datos con nuestros proveedores, salvo exigido por la ley.'],
    ['es', 'Compartimos sus datos con nuestros proveedores, salvo cuando las autoridades lo requieran.'],
    ['it', 'Condividiamo i dati con i nostri fornitori, salvo che la legge lo richieda alle autorità.'],
    ['pt', 'Compartilhamos seus dados com nossos fornecedores, exceto quando exigido pelas autoridades.'],
    ['nl', 'Wij delen uw gegevens met onze verwerkers, behalve als de politie daarom vraagt.'],
    ['sv', 'Vi delar dina uppgifter med våra leverantörer, utom när myndigheter begär det.'],
    ['da', 'Vi deler dine oplysninger med vores databehandlere, undtagen når myndighederne kræver det.'],
    ['nb', 'Vi deler opplysningene dine med våre databehandlere, unntatt når myndighetene krever det.'],
    ['pl', 'Udostępniamy dane naszym dostawcom, z wyjątkiem sytuacji, gdy wymagają tego organy państwowe.'],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('service-providers');
    expect(found).toContain('authorities');
  });
});

describe('"apart from", "förutom", "oprócz" with an also-word after them add', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your data, apart from our service providers, also with the police.'],
    ['de', 'Wir geben Ihre Daten, außer an unsere Dienstleister, auch an Behörden weiter.'],
    ['nl', 'Wij delen uw gegevens, behalve met onze verwerkers, ook met de politie.'],
    ['sv', 'Vi delar dina uppgifter, förutom med våra leverantörer, även med myndigheter.'],
    ['sv', 'Förutom våra leverantörer delar vi även uppgifter med myndigheter.'],
    ['pl', 'Udostępniamy Twoje dane, oprócz naszych dostawców, również organom państwowym.'],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('service-providers');
    expect(found).toContain('authorities');
  });

  test.each<[Lang, string]>([
    [
      'en',
      'We share your personal data with our partners, apart from advertisers, and also with the police.',
    ],
    ['sv', 'Vi delar dina personuppgifter med våra partner, förutom annonsörer.'],
    ['pl', 'Udostępniamy Twoje dane osobowe naszym partnerom, oprócz reklamodawców.'],
  ])('without one, or with one that opens a new item, they leave out (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with our partners besides advertisers.'],
    ['da', 'Vi deler dine oplysninger med vores partnere udover annoncører.'],
    ['nl', 'Wij delen uw gegevens met onze partners naast adverteerders.'],
    ['fr', 'Nous partageons vos données avec nos partenaires, en plus des annonceurs.'],
    ['es', 'Compartimos sus datos con nuestros socios, además de anunciantes.'],
    ['it', 'Condividiamo i tuoi dati con i nostri partner, oltre agli inserzionisti.'],
    ['pt', 'Compartilhamos seus dados com nossos parceiros, além de anunciantes.'],
  ])('"besides", "udover", "en plus de" are no exception words (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
});

describe('Swiss German writes ss for ß', () => {
  test('ausser leaves out', () => {
    const found = recipientsOf(
      'Wir geben Ihre personenbezogenen Daten an unsere Partner weiter, ausser an Werbepartner.',
      'de',
    );
    expect(found).toContain('business-partners');
    expect(found).not.toContain('advertisers');
  });

  test.each([
    'Wir geben Ihre Daten nicht an Dritte weiter, ausser an unsere Dienstleister.',
    'Ihre Daten werden ausschliesslich an Dienstleister weitergegeben, ausser an Behörden.',
  ])('an exception to a negation or to "ausschliesslich" is shared: %s', (text) => {
    const found = recipientsOf(text, 'de');
    expect(found).toContain(text.includes('Behörden') ? 'authorities' : 'service-providers');
  });
});

describe('"other than" and its twins', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not sell or share your data with third parties other than our service providers.'],
    ['fr', 'Nous ne partageons pas vos données avec des tiers autres que nos prestataires.'],
    ['es', 'No compartimos sus datos con terceros que no sean nuestros proveedores.'],
    ['es', 'No compartimos sus datos con terceros distintos de nuestros proveedores.'],
    ['it', 'Non condividiamo i tuoi dati con terzi diversi dai nostri fornitori.'],
    ['it', 'Non condividiamo i tuoi dati con soggetti al di fuori dei nostri fornitori.'],
    ['pt', 'Não compartilhamos seus dados com terceiros que não sejam nossos fornecedores.'],
    ['pl', 'Nie udostępniamy Twoich danych podmiotom innym niż nasi dostawcy.'],
    ['nl', 'Wij delen uw gegevens niet met derden anders dan onze verwerkers.'],
    ['sv', 'Vi delar inte dina uppgifter med andra än våra leverantörer.'],
    ['da', 'Vi deler ikke dine oplysninger med andre end vores databehandlere.'],
    ['nb', 'Vi deler ikke opplysningene dine med andre enn våre databehandlere.'],
  ])('after a negation they name what is shared (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with our partners and with companies other than advertisers.'],
    [
      'fr',
      'Nous partageons vos données avec nos partenaires et avec des entreprises autres que les annonceurs.',
    ],
    ['es', 'Compartimos sus datos con nuestros socios y con empresas distintas de los anunciantes.'],
    ['es', 'Compartimos sus datos con nuestros socios y con empresas que no sean anunciantes.'],
    ['it', 'Condividiamo i tuoi dati con i nostri partner e con società diverse dagli inserzionisti.'],
    ['pt', 'Compartilhamos seus dados com nossos parceiros e com empresas que não sejam anunciantes.'],
    ['pl', 'Udostępniamy Twoje dane naszym partnerom i podmiotom innym niż reklamodawcy.'],
    ['nl', 'Wij delen uw gegevens met onze partners en met bedrijven anders dan adverteerders.'],
    ['sv', 'Vi delar dina uppgifter med våra partner och med företag andra än annonsörer.'],
    ['da', 'Vi deler dine oplysninger med vores partnere og med virksomheder andre end annoncører.'],
    ['nb', 'Vi deler opplysningene dine med våre partnere og med selskaper andre enn annonsører.'],
  ])('after what is shared they leave out (%s: %s)', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('business-partners');
    expect(found).not.toContain('advertisers');
  });
});

describe('"other than" twins end a negation for data types too', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not collect any data other than your email address.'],
    ['fr', 'Nous ne collectons pas de données autres que votre adresse e-mail.'],
    ['es', 'No recopilamos datos distintos de su dirección de correo electrónico.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).collection.dataTypes).toContain('email');
  });
});
