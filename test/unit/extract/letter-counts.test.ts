import { describe, expect, it } from 'vitest';
import { addLetterCounts, type LetterCounts } from '../../../src/core/extract/letter-counts';
import { mulberry32 } from '../../../tools/train/random';

/** What the counts stand for: the matches of the two regexes. */
function byRegex(text: string, accented: string): LetterCounts {
  return {
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    accented: text.match(new RegExp(`[${accented}]`, 'giu'))?.length ?? 0,
  };
}

/** A seeded generator, so a failure can be replayed. */
const random = mulberry32;

const PIECES = [
  'données',
  'DONNÉES',
  'Ÿ',
  'ÿ',
  'ß',
  'İ',
  'e\u0301',
  ' ',
  '’',
  '1',
  '\ud835\udc00', // mathematical bold A: an astral letter
  '\ud83d\ude00', // an emoji
  '\ud800', // a lone high surrogate
  '\udc00', // a lone low surrogate
  'ąĄłŁ',
  'ñÑ',
  'a',
  'Z',
];

describe('addLetterCounts', () => {
  it('counts what the regexes match', () => {
    const next = random(7);
    for (const accented of ['àâäçéèêëîïôöùûüÿ', 'ąćęłńóśźż', 'áéíóúüñ']) {
      for (let k = 0; k < 500; k++) {
        let text = '';
        const n = Math.floor(next() * 12);
        for (let j = 0; j < n; j++) {
          text +=
            next() < 0.2
              ? String.fromCharCode(Math.floor(next() * 0x10000))
              : (PIECES[Math.floor(next() * PIECES.length)] ?? '');
        }
        const counts = { letters: 0, accented: 0 };
        addLetterCounts(text, accented, counts);
        expect(counts, JSON.stringify(text)).toEqual(byRegex(text, accented));
      }
    }
  });

  it('adds to what it is given', () => {
    const counts = { letters: 3, accented: 1 };
    addLetterCounts('Été', 'é', counts);
    expect(counts).toEqual({ letters: 6, accented: 3 });
  });
});
