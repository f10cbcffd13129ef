/**
 * Session 17 (probe16): a union's confederation, federation or head office receiving members' data is the
 * same organisation's higher level, read as affiliates (a sports club's federation stays a business partner:
 * clubs are independent members; a union's regional and central bodies are one organisation). The Swiss
 * Confederation is a state, not a union's body. A payment provider's "identity checks required by law" says
 * why the provider checks, and names no authority; Lemonway is named as a payment provider.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('a union’s confederation, federation or head office receiving members’ data is an affiliate', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'Als lid van de bond worden je gegevens gedeeld met de FNV-federatie voor de centrale ledenadministratie.',
    ],
    [
      'nb',
      'Medlemsopplysningene deles med LO sentralt for å administrere forsikringer og andre medlemsfordeler.',
    ],
    [
      'fr',
      'Les coordonnées des adhérents du syndicat sont transmises à la fédération départementale et à la confédération nationale.',
    ],
    [
      'it',
      'I dati degli iscritti al sindacato sono comunicati alle strutture territoriali e di categoria della confederazione.',
    ],
    [
      'pl',
      'Dane członków przekazujemy do zarządu regionu oraz do centrali związku w zakresie niezbędnym do prowadzenia ewidencji.',
    ],
    ['sv', 'Fackförbundets medlemsuppgifter delas med förbundskontoret för medlemsregistret.'],
    ['en', 'We share members’ contact details with the union’s head office.'],
  ])('%s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toContain('affiliates');
  });
});

describe('the Swiss Confederation and a union that only belongs to one name no affiliate', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous transmettons ces informations à la Confédération suisse lorsque la loi l’exige.'],
    ['en', 'Our union is a member of the Trade Union Confederation.'],
  ])('%s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).not.toContain('affiliates');
  });
});

describe('identity checks required by law name no authority; the law still leads data to one', () => {
  test('fr: Lemonway named, no authority', () => {
    const s = sharingOf(
      'Les paiements sont traités par notre prestataire de services de paiement Lemonway, qui procède aux vérifications d’identité exigées par la réglementation.',
      'fr',
    );
    expect(s.named).toContain('Lemonway');
    expect(s.recipients).toContain('service-providers');
    expect(s.recipients).not.toContain('authorities');
  });
  test.each<[Lang, string, boolean]>([
    [
      'en',
      'Payments are handled by our payment provider, which carries out the identity checks required by law.',
      false,
    ],
    ['en', 'We disclose your data to the police where required by law.', true],
    ['fr', 'Nous communiquons vos données aux autorités lorsque cela est exigé par la loi.', true],
  ])('%s: %s', (lang, text, authorities) => {
    expect(sharingOf(text, lang).recipients.includes('authorities')).toBe(authorities);
  });
});
