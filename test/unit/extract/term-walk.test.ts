/**
 * The one-walk matcher (term-index.ts, term-walk.ts) against each lexicon's alternation regex on random
 * texts made of the lexicons' own words, cut and joined at every kind of boundary: the walk's tables,
 * the string gates that skip texts (LiteralGate, mayMatch) and the gate for slices of a sentence
 * (mayMatchInSlices) must change no answer.
 */
import { describe, expect, it } from 'vitest';
import {
  clearPreparedTexts,
  findAllOnce,
  mayMatchInSlices,
  termsFor,
} from '../../../src/core/extract/lexicon';
import { LiteralGate } from '../../../src/core/extract/literal-gate';
import type { Lang } from '../../../src/core/vocabulary';
import { mulberry32 } from '../../../tools/train/random';
import { agreesWithRegex, lexiconTables, regexScan } from './lexicon-tables';

const TABLES = lexiconTables();

/** The words the lexicons of `lang` are made of, as written in their terms (syntax stripped). */
function wordsOf(lang: Lang): string[] {
  const words = new Set<string>();
  for (const [, table] of TABLES) {
    for (const term of termsFor(table, lang)) {
      for (const w of term.replace(/\\w[*+]?|\(\?[:=!<]+|[()[\]?*+|{}^$\\]/g, ' ').split(/\s+/)) {
        if (w.length > 0) words.add(w);
      }
    }
  }
  return [...words].sort();
}

const JOINS = [' ', ' ', ' ', '-', ', ', '. ', '; ', ': ', "'", '’', '', ' (', ') ', '/', '  '];
const ODD = ['İ', 'É', 'ß', 'K\u212a', 'x', '9', 'Ab', 'ing', 's', 'ed', '’t', "n't"];

/** A random text of lexicon words, cut short or capitalised now and then, joined by every kind of boundary. */
function randomText(words: readonly string[], next: () => number): string {
  let text = '';
  const count = 1 + Math.floor(next() * 9);
  for (let i = 0; i < count; i++) {
    const r = next();
    let word =
      r < 0.85
        ? (words[Math.floor(next() * words.length)] ?? '')
        : (ODD[Math.floor(next() * ODD.length)] ?? '');
    if (next() < 0.15) word = word.slice(0, 1 + Math.floor(next() * word.length));
    if (next() < 0.15) word = word.charAt(0).toUpperCase() + word.slice(1);
    text += word + (JOINS[Math.floor(next() * JOINS.length)] ?? ' ');
  }
  return text;
}

describe('the one-walk term matcher', () => {
  it.each(['en', 'de', 'fr'] as const)('matches like every lexicon regex on random %s texts', (lang) => {
    const words = wordsOf(lang);
    const next = mulberry32(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    clearPreparedTexts();
    const wrong: string[] = [];
    for (let n = 0; n < 120; n++) {
      const text = randomText(words, next);
      for (const [path, table] of TABLES) {
        if (!agreesWithRegex(table, lang, text)) wrong.push(`${path} ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds no match in any slice of a text where mayMatchInSlices says none can be', () => {
    const lang: Lang = 'en';
    const words = wordsOf(lang);
    const next = mulberry32(5);
    let skipped = 0;
    const wrong: string[] = [];
    for (let n = 0; n < 150; n++) {
      const text = randomText(words, next);
      for (const [path, table] of TABLES) {
        if (mayMatchInSlices(table, lang, text)) continue;
        skipped++;
        for (let k = 0; k < 4; k++) {
          const a = Math.floor(next() * (text.length + 1));
          const b = a + Math.floor(next() * (text.length - a + 1));
          const slice = text.slice(a, b);
          if (regexScan(table, lang, slice).any || findAllOnce(table, lang, slice).length > 0)
            wrong.push(`${path} ${JSON.stringify(slice)}`);
        }
      }
    }
    expect(skipped).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('LiteralGate', () => {
  it('tells whether a text holds one of its strings, as a search for each does', () => {
    const next = mulberry32(3);
    const alphabet = ['a', 'b', 'n', 'o', 't', ' ', '’', 'é', 'İ', '\u212a', '.', '(', '\\', '|', '*'];
    const pick = (length: number): string =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)] ?? '').join('');
    for (let n = 0; n < 2000; n++) {
      const literals = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        pick(1 + Math.floor(next() * 3)),
      );
      const text = pick(Math.floor(next() * 12));
      expect(new LiteralGate(literals).holdsAny(text)).toBe(literals.some((l) => text.includes(l)));
    }
    expect(new LiteralGate([]).holdsAny('anything')).toBe(false);
    expect(new LiteralGate(['zz', '']).holdsAny('')).toBe(true);
    expect(new LiteralGate(['a.b', '(x', '\\w']).holdsAny('a-b (y \\v')).toBe(false);
    expect(new LiteralGate(['a.b', '(x', '\\w']).holdsAny('\\w')).toBe(true);
  });
});
