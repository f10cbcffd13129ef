import { describe, expect, it } from 'vitest';
import { foldLower, normalizeText } from '../../../src/core/classify/normalize';
import { mulberry32 } from '../../../tools/train/random';

/** A seeded generator, so a failure can be replayed. */
const random = mulberry32;

/** Pieces whose folding could depend on their neighbours: marks of several classes, decomposable letters. */
const PIECES = [
  'Données',
  'e\u0301',
  'e\u0316\u0301\u0345',
  '\u0345',
  '\u0334',
  'ǖ',
  'Ǖ',
  'ß',
  'ẞ',
  'Æ',
  'Ø',
  'ł',
  'İ',
  'ı',
  '’',
  'ΣΑΣ ',
  '한국어',
  'ﬁ',
  'Å',
  'Ω',
  '\ud835\udc00',
  '\ud800',
  'a',
  ' ',
];

describe('normalizeText', () => {
  it('folds character by character as NFD, dropping marks and spelling the folds, folds the whole text', () => {
    const next = random(11);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const n = Math.floor(next() * 10);
      for (let j = 0; j < n; j++) {
        const r = next();
        text +=
          r < 0.3
            ? String.fromCharCode(0x80 + Math.floor(next() * 0x2f80))
            : r < 0.4
              ? String.fromCharCode(Math.floor(next() * 0x10000))
              : (PIECES[Math.floor(next() * PIECES.length)] ?? '');
      }
      expect(normalizeText(text), JSON.stringify(text)).toBe(foldLower(text.toLowerCase()));
    }
  });

  it('keeps plain text as it is and folds accents', () => {
    expect(normalizeText('Vos Données’s')).toBe("vos donnees's");
    expect(normalizeText('Straße ØRESUND')).toBe('strasse oresund');
  });
});
