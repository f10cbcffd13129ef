import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/classify/concepts';
import { conceptLexicon as lexicon } from '../../../src/core/classify/concepts/index';
import { dropStems } from '../../../tools/train/concept-dropout';

const stemCount = (lex: Lexicon, lang: 'all' | 'en'): number =>
  Object.values(lex.concepts).reduce(
    (n, entry) => n + (entry[lang] ?? '').split('|').filter((s) => s !== '').length,
    0,
  );

describe('gapped lexicons for the concept-only view', () => {
  it('drops language stems at about the given rate, the same way for the same seed', () => {
    const a = dropStems(lexicon, 0.3, 11);
    expect(dropStems(lexicon, 0.3, 11)).toEqual(a);
    expect(dropStems(lexicon, 0.3, 12)).not.toEqual(a);
    const kept = stemCount(a, 'en') / stemCount(lexicon, 'en');
    expect(kept).toBeGreaterThan(0.6);
    expect(kept).toBeLessThan(0.8);
  });

  it('keeps the language-independent stems and every concept', () => {
    const a = dropStems(lexicon, 1, 5);
    expect(stemCount(a, 'all')).toBe(stemCount(lexicon, 'all'));
    expect(stemCount(a, 'en')).toBe(0);
    expect(Object.keys(a.concepts)).toEqual(Object.keys(lexicon.concepts));
    expect(dropStems(lexicon, 0, 5)).toEqual(lexicon);
  });
});
