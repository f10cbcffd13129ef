/**
 * The long-window path of negation.ts (windows over SLICE_WINDOW read from the sentence's negations found
 * once) against the plain reading it replaced, kept here as the reference: the negation words matched in
 * the window's own slice, minus those in an aside that does not hold the mention and those inside a
 * phrase that negates nothing. Seeded random sentences with what could part the two: nested and
 * unbalanced brackets, asides across clause breaks, negations at window edges, "İ", "ß", "Σ" (whose lower
 * case differs in length or by position) and a page typed without accents.
 */
import { describe, expect, test } from 'vitest';
import {
  findAll,
  findAllOnce,
  type LangTerms,
  readingPage,
  type Span,
} from '../../../src/core/extract/lexicon';
import negation from '../../../src/core/extract/lexicon/negation.json';
import {
  clauseAround,
  CLAUSE_BREAKS as NEGATION_CLAUSE_BREAKS,
  negatedBefore,
  negatedClause,
  negators,
  SLICE_WINDOW,
} from '../../../src/core/extract/negation';
import type { Lang } from '../../../src/core/vocabulary';

const NOT_NEGATING = negation.notNegating as LangTerms;
const CLAUSE_BREAKS = NEGATION_CLAUSE_BREAKS;

function refClause(text: string, pos: number, lang: Lang): Span {
  const breaks = [
    ...findAll(CLAUSE_BREAKS, lang, text),
    ...Array.from(text.matchAll(/[;•]|\s[–—]\s/g), (m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  let start = 0;
  let end = text.length;
  for (const b of breaks) {
    if (b.end <= pos && b.end > start) start = b.end;
    if (b.start >= pos && b.start < end) end = b.start;
  }
  return { start, end };
}

function refBetween(text: string, from: number, to: number, pos: number, lang: Lang): boolean {
  const asides = Array.from(text.matchAll(/\([^()]*\)/g), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const inOther = (at: number): boolean =>
    asides.some((a) => a.start < at && at < a.end && !(a.start < pos && pos < a.end));
  const phrases = findAll(NOT_NEGATING, lang, text);
  return findAllOnce(negators(lang), lang, text.slice(from, to)).some(
    (n) =>
      !inOther(from + n.start) && !phrases.some((p) => p.start <= from + n.start && from + n.end <= p.end),
  );
}

const WORDS: Record<string, string[]> = {
  en: [
    'we',
    'do not',
    'collect',
    'your email',
    'but',
    'with the exception of',
    'never',
    "don't",
    'none',
    'including but not limited to',
    'knot',
    'notice',
    ', and we',
    'unless',
    'İstanbul',
    'STRAßE',
    'ΣΟΦΟΣ',
  ],
  de: [
    'wir',
    'erheben',
    'keine',
    'nicht',
    'Daten',
    'aber',
    'mit Ausnahme',
    'Straße',
    'İ',
    'ohne',
    'keinerlei',
  ],
  pt: ['nao', 'coletamos', 'nenhum', 'dado', 'sem', 'mas', 'exceto', 'com excecao', 'nem', 'endereco'],
};
const FILLER = ['lorem', 'ipsum', 'data', 'name', 'address'];
const PUNCTS = [', ', '; ', ' – ', ' (', ') ', ' ((', ')) ', '(', ')', ' • '];

function sentence(lang: string, next: (n: number) => number): string {
  const words = WORDS[lang] ?? [];
  let text = '';
  const length = 1500 + next(2000);
  while (text.length < length) {
    const w = next(1000) < 985 ? FILLER[next(FILLER.length)] : words[next(words.length)];
    const p = next(100);
    const punct = p < 92 ? ' ' : p < 95 ? ' (' : p < 98 ? ') ' : (PUNCTS[next(PUNCTS.length)] ?? ' ');
    text += (next(4) === 0 ? (w ?? '').toUpperCase() : w) + punct;
  }
  return text;
}

describe('windows beyond SLICE_WINDOW read as the window itself did', () => {
  test.each(['en', 'de', 'pt'] as Lang[])('%s', (lang) => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let long = 0;
    for (let k = 0; k < 6; k++) {
      const text = sentence(lang, next);
      readingPage(lang, [{ text }], () => {
        for (let pos = 1; pos < text.length; pos++) {
          if (/[\p{L}\p{N}-]/u.test(text[pos - 1] ?? '')) continue;
          const clause = refClause(text, pos, lang);
          expect(clauseAround(text, pos, lang)).toEqual(clause);
          if (pos - clause.start > SLICE_WINDOW) long++;
          expect(negatedBefore(text, pos, lang)).toBe(refBetween(text, clause.start, pos, pos, lang));
          expect(negatedClause(text, pos, lang)).toBe(refBetween(text, clause.start, clause.end, pos, lang));
        }
      });
    }
    expect(long).toBeGreaterThan(100);
  });
});
