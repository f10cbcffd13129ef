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

describe('a particle of the next verb after "und", "en"; a reflexive "halten uns vor"; an order to the user: no period', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir halten uns das Recht vor, die Preise nach 12 Monaten anzupassen.'],
    ['de', 'Wir halten uns vor, Ihr Abonnement nach 12 Monaten zu kündigen.'],
    [
      'de',
      'Wir halten uns an die gesetzlichen Vorgaben und sehen für Widerrufe eine Frist von 14 Tagen vor.',
    ],
    ['de', 'Wir halten Ihre Meinung für wichtig und schlagen Ihnen nach 30 Tagen eine kurze Umfrage vor.'],
    [
      'de',
      'Wir bewahren Ihre Daten vor unbefugtem Zugriff und fordern Sie nach 90 Tagen zur Änderung Ihres Passworts auf.',
    ],
    ['de', 'Bitte bewahren Sie den Kaufbeleg auf, da die Garantie 2 Jahre gilt.'],
    ['nl', 'Bij een datalek slaan wij alarm en nemen wij na 72 uur contact met u op.'],
    ['nl', 'Wij slaan een brug naar onze klanten en bellen u na 2 dagen op.'],
    ['nl', 'Sla uw factuur 7 jaar op, zoals de Belastingdienst vraagt.'],
    ['nl', 'Wij houden u 12 maanden lang op de hoogte en sturen u een nieuwsbrief bij.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});
