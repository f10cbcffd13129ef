/**
 * A contract's own periods (notice, trial, warranty, billing, minimum term, withdrawal) are no retention
 * periods: "Während der Vertragslaufzeit beträgt die Kündigungsfrist drei Monate" read P3M, the relationship's
 * term opening it made it a keeping cue. A duration in such a clause counts only when the clause keeps or
 * deletes something ("invoices are kept for the warranty period of 2 years").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe("a contract's period is no retention period", () => {
  test.each<[Lang, string]>([
    ['de', 'Während der Vertragslaufzeit beträgt die Kündigungsfrist drei Monate.'],
    ['en', 'During the term of the contract, the notice period is three months.'],
    ['en', 'For the duration of your subscription, the notice period is 30 days.'],
    ['nl', 'Gedurende de looptijd van de overeenkomst bedraagt de opzegtermijn drie maanden.'],
    ['nb', 'I avtaleperioden er oppsigelsestiden tre måneder.'],
    ['sv', 'Under avtalstiden är uppsägningstiden tre månader.'],
    ['da', 'I aftaleperioden er opsigelsesfristen tre måneder.'],
    ['fr', 'Pendant toute la durée du contrat, le préavis est de trois mois.'],
    ['es', 'Durante la vigencia del contrato, el plazo de preaviso es de tres meses.'],
    ['it', 'Per tutta la durata del contratto il preavviso è di tre mesi.'],
    ['pl', 'Przez czas trwania umowy okres wypowiedzenia wynosi trzy miesiące.'],
    ['pt', 'Durante a vigência do contrato, o prazo de aviso prévio é de três meses.'],
  ])('%s: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('none');
    expect(r.periods).toEqual([]);
  });

  test('in a retention passage too', () => {
    const r = practicesOf(
      [
        {
          text: 'Während der Vertragslaufzeit beträgt die Kündigungsfrist drei Monate.',
          heading: 'Speicherdauer',
        },
      ],
      'de',
    ).retention;
    expect(r.periods).toEqual([]);
  });
});

describe('a period kept for a contract period, or after the term, stays', () => {
  test.each<[Lang, string, string]>([
    ['de', 'Rechnungen werden für die Dauer der Gewährleistungsfrist von 2 Jahren aufbewahrt.', 'P2Y'],
    ['en', 'We keep your invoices for the warranty period of 2 years.', 'P2Y'],
    ['en', 'We keep your data for 3 months after the notice period ends.', 'P3M'],
    [
      'nl',
      'Gedurende de looptijd van de overeenkomst en daarna alleen in de financiële administratie voor maximaal 7 jaar.',
      'P7Y',
    ],
    ['de', 'Während der Vertragslaufzeit und danach für 10 Jahre.', 'P10Y'],
    ['sv', 'Under avtalstiden och därefter i två år.', 'P2Y'],
    ['fr', 'Pendant toute la durée du contrat et trois ans après.', 'P3Y'],
  ])('%s: %s', (lang, text, period) => {
    expect(retentionOf(text, lang).periods).toEqual([period]);
  });
});

/**
 * Review 11, finding 4: another clause keeps data for the very contract period the duration's clause
 * states; the period is how long data is kept. Was criteria / nothing.
 */
describe('a contract period restated after data kept for it stays', () => {
  test.each<[Lang, string, string]>([
    [
      'de',
      'Wir speichern Ihre Daten bis zum Ende der Kündigungsfrist; die Kündigungsfrist beträgt 3 Monate.',
      'P3M',
    ],
    ['en', 'Data is kept during the trial period; the trial period lasts 14 days.', 'P14D'],
    ['en', 'The trial period lasts 14 days; data is kept during the trial period.', 'P14D'],
    [
      'fr',
      "Nous conservons vos données jusqu'à la fin de la période d'essai ; la période d'essai dure 14 jours.",
      'P14D',
    ],
    ['sv', 'Vi sparar dina uppgifter under uppsägningstiden; uppsägningstiden är tre månader.', 'P3M'],
  ])('%s: %s', (lang, text, period) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([period]);
  });

  test('another contract period kept for is not this one', () => {
    const text =
      'Die Kündigungsfrist beträgt 3 Monate; Ihre Daten speichern wir während der Vertragslaufzeit.';
    expect(retentionOf(text, 'de').periods).toEqual([]);
  });
});
