/**
 * German and Dutch separable verbs in the active voice keep data with their particle at the clause's end:
 * "Rechnungen bewahren wir gemäß § 147 AO zehn Jahre lang auf", "Wir heben Rechnungen zehn Jahre auf",
 * "Die Daten halten wir zehn Jahre vor", "Uw gegevens slaan we zeven jaar op", "Facturen gooien we na
 * zeven jaar weg". Norwegian "tar vi vare på" with the subject after the verb. The particle must end the
 * clause: "auf Servern", "slaat op de periode" are prepositions, and "heben ... auf" keeps only with a
 * period of its own ("die Sperre nach 24 Stunden aufheben" lifts a block).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang, heading = '') =>
  practicesOf([{ text, heading }], lang).retention;

describe('a separable keeping verb with its period: specific', () => {
  test.each<[Lang, string, string[]]>([
    ['de', 'Rechnungen bewahren wir gemäß § 147 AO zehn Jahre lang auf.', ['P10Y']],
    ['de', 'Rechnungen bewahren wir 10 Jahre gemäß HGB auf.', ['P10Y']],
    ['de', 'Rechnungen bewahren wir gem. § 147 Abs. 1 AO zehn Jahre auf.', ['P10Y']],
    [
      'de',
      'Handelsbriefe bewahren wir sechs Jahre, Buchungsbelege zehn Jahre auf (§ 257 HGB).',
      ['P6Y', 'P10Y'],
    ],
    ['de', 'Wir bewahren Rechnungen zehn Jahre lang auf.', ['P10Y']],
    ['de', 'Wir heben Rechnungen zehn Jahre auf.', ['P10Y']],
    ['de', 'Die Daten halten wir zehn Jahre lang vor.', ['P10Y']],
    ['nl', 'Uw gegevens slaan we zeven jaar op.', ['P7Y']],
    ['nl', 'Wij houden facturen zeven jaar bij.', ['P7Y']],
    ['nl', 'Facturen gooien we na zeven jaar weg.', ['P7Y']],
    ['nb', 'Fakturaer tar vi vare på i fem år.', ['P5Y']],
  ])('%s: %s', (lang, text, periods) => {
    expect(retentionOf(text, lang)).toMatchObject({ kind: 'specific', periods });
  });

  test('under an order heading, not a retention one', () => {
    const text = 'Ihre Bestelldaten bewahren wir aufgrund handelsrechtlicher Vorgaben sechs Jahre auf.';
    expect(retentionOf(text, 'de', 'Bestellungen')).toMatchObject({ kind: 'specific', periods: ['P6Y'] });
  });

  test('with a criterion instead of a period', () => {
    const text = 'Wir bewahren Ihre Bestelldaten für die Dauer der gesetzlichen Aufbewahrungsfrist auf.';
    expect(retentionOf(text, 'de').kind).toBe('criteria');
  });
});

describe('the particle as a preposition, or another verb: unchanged', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir heben die Sperre nach 24 Stunden auf.'],
    ['de', 'Die Einschränkung heben wir auf, sobald Sie es wünschen.'],
    ['de', 'Wir bewahren die Vertraulichkeit Ihrer Daten.'],
    ['nl', 'Dit slaat op de periode van twee jaar.'],
    ['nl', 'Wij houden rekening met een termijn van twee jaar.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });
});
