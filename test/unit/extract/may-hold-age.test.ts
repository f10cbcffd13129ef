/**
 * mayHoldAge, the pre-check before the age patterns, looks for a digit, then for the number words and checks
 * that no letter or digit stands before the one found: the same answer as one regex with a lookbehind
 * (`\d|(?<![\p{L}\p{N}])(?:ten|eleven...)`), which the engine tried at every position of every sentence.
 */
import { describe, expect, it } from 'vitest';
import { mayHoldAge, numberWordsOf } from '../../../src/core/extract/children';
import type { Lang } from '../../../src/core/vocabulary';
import { mulberry32 } from '../../../tools/train/random';

const LANGS: readonly Lang[] = ['en', 'de', 'nl', 'nb', 'sv', 'da', 'fr', 'es', 'it', 'pl', 'pt'];

function lookbehindRegex(lang: Lang): RegExp {
  return new RegExp(`\\d|(?<![\\p{L}\\p{N}])(?:${[...numberWordsOf(lang).keys()].join('|')})`, 'u');
}

describe('mayHoldAge', () => {
  it('finds a number word at a word start, not inside a word', () => {
    expect(mayHoldAge('children under thirteen', 'en')).toBe(true);
    expect(mayHoldAge('we often update the content', 'en')).toBe(false);
    expect(mayHoldAge('kinder unter sechzehn jahren', 'de')).toBe(true);
    expect(mayHoldAge('les mineurs de moins de seize ans', 'fr')).toBe(true);
    expect(mayHoldAge('menores de dieciséis años', 'es')).toBe(true);
    expect(mayHoldAge('osoby poniżej 16 roku życia', 'pl')).toBe(true);
    expect(mayHoldAge('we keep your data safe', 'en')).toBe(false);
  });

  it('answers as the lookbehind regex on random texts in every language', () => {
    const next = mulberry32(5);
    const wrong: string[] = [];
    for (const lang of LANGS) {
      const words = [...numberWordsOf(lang).keys()];
      const regex = lookbehindRegex(lang);
      // Number words, their pieces, letters (accented and astral), digits, spaces and punctuation.
      const parts = [
        ...words,
        ...words.map((w) => w.slice(1)),
        'a',
        'é',
        'ß',
        '𝐀',
        ' ',
        '-',
        "'",
        '.',
        'x',
        '7',
      ];
      for (let n = 0; n < 400; n++) {
        const text = Array.from(
          { length: 1 + Math.floor(next() * 6) },
          () => parts[Math.floor(next() * parts.length)] ?? '',
        )
          .filter((p) => p !== '7' || next() < 0.2)
          .join(next() < 0.5 ? '' : ' ');
        if (mayHoldAge(text, lang) !== regex.test(text)) wrong.push(`${lang}: ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
