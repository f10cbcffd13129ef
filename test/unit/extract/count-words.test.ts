import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text/normalize';

/** The pattern stats.words counts the matches of. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const reference = (text: string): number => (text.match(WORD) ?? []).length;

describe('countWords', () => {
  it.each([
    ['', 0],
    ["We don't sell e-mail addresses.", 5],
    ['rock’n’roll -- a--b', 3],
    ["ends with ' and -", 3],
    ['日本語 テキスト ١٢٣', 3],
    ['𝐀𝐁𝐂 und Straße', 3],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(reference(text));
  });

  it('agrees with the pattern on random strings', () => {
    const alphabet = "ab'’- .,1é😀\ud800\udc00日ß\u0301";
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let j = Math.floor(next() * 12); j > 0; j--)
        text += alphabet[Math.floor(next() * alphabet.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
