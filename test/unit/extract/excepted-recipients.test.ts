/**
 * A party a sharing sentence leaves out ("with our partners, except advertisers", "sauf les annonceurs",
 * "z wyjątkiem reklamodawców") is no recipient: a card naming a recipient the policy excludes is worse than
 * one that misses it. An exception to a negation or to "only" is what is shared ("We do not share your
 * data, except with service providers"), and an exception opening the sentence is left as it reads.
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
  ])('%s: %s', (lang, text, added) => {
    expect(recipientsOf(text, lang)).toContain(added);
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
