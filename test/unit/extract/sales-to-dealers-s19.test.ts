/**
 * Session 19 (fixp19b): a sale of data to a party said with a selection word and a modifier ("to selected
 * antique dealers") reads the party beside sells true; rented data is sold (session 18); goods sold, sold
 * goods and rented cars are no sale.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharing = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('a sale of data to someone reads the sale and the party', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We sell customer lists to selected antique dealers.', 'business-partners'],
    [
      'en',
      'We sell the mailing list of our auction bidders to selected antique dealers.',
      'business-partners',
    ],
    ['en', 'We sell lists of our customers to selected partners.', 'business-partners'],
    ['de', 'Wir verkaufen Kundenlisten an Händler.', 'business-partners'],
    ['fr', 'Vos coordonnées peuvent être louées ou cédées à des partenaires.', 'business-partners'],
    ['es', 'Sus datos pueden ser alquilados o cedidos a socios.', 'business-partners'],
    ['it', 'I suoi dati possono essere noleggiati o ceduti a partner.', 'business-partners'],
    ['pl', 'Twoje dane mogą być wynajmowane lub przekazywane partnerom.', 'business-partners'],
    ['pt', 'Os seus dados podem ser alugados ou cedidos a parceiros.', 'business-partners'],
  ])('%s: %s', (lang, text, kind) => {
    const s = sharing(text, lang);
    expect(s.sells).toBe(true);
    expect(s.recipients).toContain(kind);
  });

  test.each<[Lang, string]>([
    ['nl', 'Wij verkopen klantenlijsten aan geselecteerde antiekhandelaren.'],
    ['nb', 'Vi selger kundelister til utvalgte antikvitetshandlere.'],
    ['sv', 'Vi säljer kundlistor till utvalda antikhandlare.'],
    ['da', 'Vi sælger kundelister til udvalgte antikvitetshandlere.'],
    ['fr', 'Nous vendons des listes de clients à des antiquaires sélectionnés.'],
  ])('the sale reads (the trade compound names no kind): %s: %s', (lang, text) => {
    expect(sharing(text, lang).sells).toBe(true);
  });
});

describe('goods, sold goods and rented things are no sale of data', () => {
  test.each<[Lang, string]>([
    ['en', 'We sell antiques to customers across Europe.'],
    ['en', 'We offer rented cars to our customers.'],
    ['de', 'Wir verkaufen Antiquitäten an Kunden in ganz Europa.'],
    ['nl', 'Wij verkopen antiek aan klanten in heel Europa.'],
    ['fr', 'Les voitures louées sont restituées à l’agence.'],
  ])('%s: %s', (lang, text) => {
    expect(sharing(text, lang).sells).toBeNull();
  });

  test('sold goods are no sale of data', () => {
    expect(sharing('Sold goods cannot be returned.', 'en').sells).not.toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'We use your data to help dealers improve their service.'],
    ['en', 'We help you find the best hotels.'],
  ])('a role with no destination is no recipient: %s: %s', (lang, text) => {
    expect(sharing(text, lang).recipients).toEqual([]);
  });

  test('a denied sale stays false', () => {
    expect(sharing('We do not sell customer lists to selected antique dealers.', 'en').sells).toBe(false);
  });
});
