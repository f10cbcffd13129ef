/**
 * The verdict's search for literal words in folded text reads the text unfolded, character by character:
 * it must answer exactly as the reference does (fold the whole text, then a regex of the words).
 */
import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/core/detect/fold';
import { foldedSearch } from '../../../src/core/detect/folded-search';
import terms from '../../../src/core/detect/verdict-terms.json';
import { escapeRegExp } from '../../../src/core/extract/lexicon';
import { mulberry32 } from '../../../tools/train/random';

const WORDS = terms.termsWords;
const REFERENCE = new RegExp(WORDS.map((w) => escapeRegExp(fold(w))).join('|'));
const search = foldedSearch(WORDS);

const reference = (text: string): boolean => REFERENCE.test(fold(text));

/** Pieces the random texts are made of: words' parts, accents, marks, cases, and characters folding oddly. */
const PIECES = [
  ...WORDS.flatMap((w) => [w, w.slice(0, 4), w.slice(3), w.toUpperCase()]),
  'Gewährleistung',
  'GEWÄHRLEISTUNG',
  'propriété intellectuelle',
  'PROPRIÉTÉ',
  'Ansvarsbegrænsning',
  'VÆRNETING',
  'rękojmi',
  'własność intelektualn',
  'ODSTĄPIENIE',
  'limitação de responsabilidade',
  'li\u0301ability',
  'liab\u0316\u0301ility',
  'liab\u{1D165}ility',
  'İndemnify',
  'ΣΑΣ',
  'liΣability',
  '\u{1F600}',
  '\uD800',
  '\uDC00',
  'ﬁ',
  '한국',
  'ǅ',
  'Å',
  'ø',
  'ß',
  ' ',
  '-',
  'a',
  'e',
  'l',
  'i',
  '\u00a0',
  '’',
];

/** A seeded generator, so a failure can be replayed. */
const random = mulberry32;

describe('foldedSearch', () => {
  test('finds words whatever their case and accents, as the reference does', () => {
    const cases: [string, boolean][] = [
      ['Limitation of Liability', true],
      ['Gewährleistung und Haftung', true],
      ['GEWÄHRLEISTUNG', true],
      ['Propriété intellectuelle', true],
      ['ANSVARSBEGRÆNSNING', true],
      ['Værneting', true],
      ['Rękojmia', true],
      ['li\u0301ability', true],
      ['liab\u{1D165}ility', true],
      ['We collect your e-mail address.', false],
      ['liabi lity', false],
      ['', false],
      ['\u{1F600} liable for', true],
      ['liΣability', false],
    ];
    for (const [text, expected] of cases) {
      expect(reference(text), text).toBe(expected);
      expect(search.test(text), text).toBe(expected);
    }
  });

  test('answers as the reference on random texts', () => {
    const next = random(20261123);
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      const parts: string[] = [];
      const length = 1 + Math.floor(next() * 8);
      for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
      const text = parts.join(next() < 0.5 ? '' : ' ');
      const expected = reference(text);
      if (expected) found++;
      expect(search.test(text), JSON.stringify(text)).toBe(expected);
    }
    // Both answers occur often: the comparison is not all one way.
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(4500);
  });

  test('an empty word is in every text, as in the reference alternation', () => {
    expect(foldedSearch(['', 'x']).test('abc')).toBe(true);
    expect(foldedSearch(['xyz']).test('abc')).toBe(false);
  });
});
