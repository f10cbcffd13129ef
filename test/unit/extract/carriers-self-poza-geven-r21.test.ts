/**
 * Session 21 (fixr21a, review21b items 6 and 7): the operator calling itself a carrier ("We are a courier company and
 * do not share your data") is no recipient, in eleven languages; pl "poza" excepts a party only in the instrumental
 * ("poza firmą kurierską"), not "poza nasz bank" (outside our bank) in a flat denial; nl "we geven je/uw ... aan"
 * passes data on only with a data word in its object and not "aan de hand van" (by means of).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('carriers, pl "poza" and nl "geven ... aan"', () => {
  test.each<[Lang, string]>([
    ['en', 'We are a small courier company and never share your data with anyone.'],
    ['de', 'Wir sind ein Kurierunternehmen und geben Ihre Daten nicht an Dritte weiter.'],
    ['nl', 'Wij zijn een koeriersbedrijf en delen uw gegevens niet met anderen.'],
    ['nb', 'Vi er et lite transportselskap og deler ikke opplysningene dine med andre.'],
    ['sv', 'Vi är ett litet transportföretag och delar inte dina uppgifter med andra.'],
    ['da', 'Vi er et lille transportfirma og deler ikke dine oplysninger med andre.'],
    ['fr', 'Nous sommes une petite société de transport et ne partageons pas vos données.'],
    ['es', 'Somos una pequeña empresa de transporte y no compartimos tus datos con nadie.'],
    ['it', 'Siamo una piccola società di trasporto e non condividiamo i tuoi dati con nessuno.'],
    ['pl', 'Jesteśmy firmą kurierską i nie udostępniamy Twoich danych nikomu.'],
    ['pt', 'Somos uma pequena empresa de transportes e não partilhamos os seus dados.'],
    ['pl', 'Nie przekazujemy Twoich danych poza nasz bank.'],
    ['pl', 'Nie przechowujemy danych poza naszym bankiem.'],
    ['nl', 'We geven je tips aan de hand van je gegevens en die van onze adverteerders.'],
    ['nl', 'We geven uw pakket af aan de bezorger.'],
  ])('%s: no recipient in "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['pl', 'Nie udostępniamy danych nikomu poza zewnętrzną firmą kurierską.'],
    ['nl', 'Wij geven uw naam en adres aan de bezorger.'],
    ['nl', 'We geven uw e-mailadres alleen aan onze koerier.'],
  ])('%s: service-providers in "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
