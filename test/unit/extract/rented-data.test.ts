/**
 * Session 18 (fixp18x): renting data out is selling it. "Vos coordonnées peuvent être louées ou cédées à des
 * partenaires commerciaux" read sells null: rent words were denial-only. A rent verb now admits a sale with data
 * as its subject or object and a party it goes to; "cédées" alone is a transfer, and renting cars, rooms or
 * equipment, a rental history or a denial stays what it was.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sells = (text: string, lang: Lang) => practicesOf([text], lang).sharing.sells;

describe('data rented out to others is sold', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Vos coordonnées peuvent être louées ou cédées à des partenaires commerciaux, sauf opposition de votre part.',
    ],
    ['en', 'Your contact details may be rented to business partners.'],
    ['en', 'We may rent your personal information to third parties.'],
    ['de', 'Ihre Kontaktdaten können an Geschäftspartner vermietet werden.'],
    ['nl', 'Uw contactgegevens kunnen worden verhuurd aan zakenpartners.'],
    ['nb', 'Kontaktopplysningene dine kan leies ut til samarbeidspartnere.'],
    ['sv', 'Dina kontaktuppgifter kan hyras ut till samarbetspartner.'],
    ['da', 'Dine kontaktoplysninger kan udlejes til samarbejdspartnere.'],
    ['es', 'Sus datos de contacto pueden ser alquilados a socios comerciales.'],
    ['it', 'I suoi dati di contatto possono essere affittati a partner commerciali.'],
    ['pl', 'Twoje dane kontaktowe mogą być wynajmowane partnerom handlowym.'],
    ['pt', 'Os seus dados de contacto podem ser alugados a parceiros comerciais.'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });
});

describe('renting things, a rental history, a transfer or a question is no sale', () => {
  test.each<[Lang, string]>([
    ['fr', 'Vos coordonnées peuvent être cédées à des partenaires commerciaux.'],
    ['en', 'We rent cars, rooms and equipment to our customers.'],
    ['en', 'We keep your rental history to manage your bookings.'],
    ['en', 'We share your rent payment data with our partners.'],
    ['de', 'Wir vermieten Fahrräder an Gäste.'],
    ['de', 'Wir vermieten Ferienwohnungen an Gäste und geben Ihre Daten an unsere Partner weiter.'],
    ['de', 'Wir geben Ihre Kontaktdaten an den Vermieter und unsere Partner weiter.'],
    ['fr', 'Nous louons des voitures à nos clients.'],
    ['fr', 'Nous louons des véhicules et transmettons vos coordonnées à nos partenaires.'],
    ['es', 'Compartimos los datos del alquiler con nuestros socios.'],
    ['pl', 'Wynajmujemy sprzęt partnerom, a Twoje dane przetwarzamy wyłącznie w celu realizacji umowy.'],
    ['en', 'Do we rent your data to partners?'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBeNull();
  });

  test.each<[Lang, string]>([
    ['en', 'We do not rent or sell your personal information to third parties.'],
    ['en', 'We never rent your information to third parties.'],
    ['de', 'Wir vermieten oder verkaufen Ihre Daten nicht an Dritte.'],
    ['fr', 'Nous ne louons ni ne vendons vos données à des tiers.'],
  ])('a denial stays a denial: %s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(false);
  });
});
