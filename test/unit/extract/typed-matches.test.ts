/**
 * The longest-match contest of typed lexicons: overlapping masks cover the union of their spans, and
 * coordinated compounds of the Germanic languages ("Marketing- und Analyseplattformen") name both kinds.
 */
import { describe, expect, test } from 'vitest';
import { coordinationsIn } from '../../../src/core/extract/coordinated';
import type { LangTerms } from '../../../src/core/extract/lexicon';
import recipients from '../../../src/core/extract/lexicon/recipients.json';
import { RECIPIENT_KINDS } from '../../../src/core/extract/recipients';
import { type KindTerms, typedMatches } from '../../../src/core/extract/typed-matches';
import type { Lang, Recipient } from '../../../src/core/vocabulary';

const MASKS = recipients.masks as LangTerms;
const kindsIn = (text: string, lang: Lang): Recipient[] =>
  typedMatches(RECIPIENT_KINDS, MASKS, text, lang).map((m) => m.kind);

describe('overlapping masks', () => {
  const table: Record<'party', KindTerms> = { party: { strong: { en: ['partners'] } } };
  const masks: LangTerms = { en: ['alpha beta gamma delta', 'delta partners'] };

  test('a mention under the shorter of two overlapping masks stays masked', () => {
    expect(typedMatches(table, masks, 'alpha beta gamma delta partners', 'en')).toEqual([]);
  });

  test('a mention outside every mask still counts', () => {
    const text = 'alpha beta gamma delta and partners';
    expect(typedMatches(table, masks, text, 'en')).toMatchObject([
      { kind: 'party', start: text.indexOf('partners'), end: text.length },
    ]);
  });
});

describe('coordinated compounds', () => {
  test.each<[Lang, string]>([
    ['da', 'Vi deler data med marketing- og analyseplatforme.'],
    ['de', 'Wir geben Daten an Marketing- und Analyseplattformen weiter.'],
    ['nl', 'Wij delen gegevens met marketing- en analyseplatforms.'],
  ])('%s: %s names advertisers and analytics', (lang, text) => {
    expect(kindsIn(text, lang)).toEqual(['advertisers', 'analytics']);
  });

  test('the first part is completed by the endings of the last word', () => {
    const text = 'Marketing- und Analyseplattformen';
    const [co] = coordinationsIn(text, 'de');
    expect(co).toMatchObject({ start: 0, end: 'Marketing-'.length, lastStart: text.indexOf('Analyse') });
    expect(co?.completions).toContain('marketingplattformen');
  });

  test('languages that do not write them, and hyphens without a joining word, have none', () => {
    expect(coordinationsIn('des partenaires marketing- et analytiques', 'fr')).toEqual([]);
    expect(coordinationsIn('E-Mail-Adresse und Name', 'de')).toEqual([]);
  });
});
