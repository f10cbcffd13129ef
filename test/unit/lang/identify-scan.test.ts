/**
 * guessLanguage reads the words of its sample in one pass (no lower-cased array of every word): the
 * votes and the confidence must be those of the regex reading it replaced, /\p{L}+/gu over the lower
 * case, first SAMPLE_WORDS words, on any text (letters outside the BMP, lone surrogates, marks, "İ").
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../src/core/lang/identify';
import letters from '../../../src/core/lang/letters.json';
import stopwords from '../../../src/core/lang/stopwords.json';
import { LANGUAGES, type Lang } from '../../../src/core/vocabulary';
import { mulberry32 } from '../../../tools/train/random';

/** The regex reading, as identify.ts had it, with each word's letter votes (letters.json) before its own. */
function reference(text: string): { lang: Lang; confidence: number } {
  const owners = new Map<string, Lang[]>();
  for (const lang of LANGUAGES) {
    for (const word of (stopwords as Record<Lang, string[]>)[lang]) {
      const list = owners.get(word) ?? [];
      if (!list.includes(lang)) list.push(lang);
      owners.set(word, list);
    }
  }
  const scores = new Map<Lang, number>();
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (const word of words.slice(0, 1500)) {
    for (const letter of word) {
      const voters = (letters.letters as Record<string, Lang[]>)[letter] ?? [];
      for (const lang of voters)
        scores.set(lang, (scores.get(lang) ?? 0) + letters.weight / voters.length ** 2);
    }
    const langs = owners.get(word) ?? [];
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length ** 2);
  }
  let best: Lang = 'en';
  let bestScore = 0;
  let total = 0;
  for (const [lang, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return { lang: best, confidence: total > 0 ? bestScore / total : 0 };
}

const PIECES = [
  ...[
    'the',
    'We',
    'und',
    'DER',
    'le',
    'la',
    'och',
    'og',
    'i',
    'não',
    'nie',
    'sind',
    'het',
    'för',
    'dla',
    'el',
    'på',
    'går',
    'łąka',
    'año',
  ],
  ...['İ', 'Σ', 'ΑΣ', 'e\u0301', 'ß', '😀', '𝐀', '\ud800', '\udc00', '1', '-', "'", '.', ' ', '\u00a0'],
];

describe('guessLanguage', () => {
  it('votes as the regex reading of the lower case did, on random texts of every kind of character', () => {
    const next = mulberry32(29);
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k++)
        text += (PIECES[Math.floor(next() * PIECES.length)] ?? '') + (next() < 0.6 ? ' ' : '');
      expect(guessLanguage(text)).toEqual(reference(text));
    }
  });

  it('reads no more than its first 1,500 words', () => {
    const text = `${'the '.repeat(1500)}${'und der die '.repeat(2000)}`;
    expect(guessLanguage(text)).toEqual(reference(text));
    expect(guessLanguage(text).lang).toBe('en');
  });
});
