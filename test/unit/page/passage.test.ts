import { describe, expect, test } from 'vitest';
import { collapsedPrefix } from '../../../src/core/page/collapsed-prefix';
import { Passage } from '../../../src/core/page/passage';
import { splitLongText } from '../../../src/core/page/split-long';
import { collapseWhitespace } from '../../../src/core/text/normalize';
import { mulberry32 } from '../../../tools/train/random';

/** Every piece of a passage, read to the end (null answers only mean "read on"). */
function pieces(raw: string, chunk?: number): string[] {
  const passage = new Passage(raw, chunk);
  const out: string[] = [];
  for (let piece = passage.next(); piece !== undefined; piece = passage.next())
    if (piece !== null) out.push(piece);
  return out;
}

/** What the segmenter cut before it cut passages a bit at a time. */
function whole(raw: string): string[] {
  const text = collapseWhitespace(raw);
  return text.length < 2 ? [] : splitLongText(text);
}

/** A deterministic generator (mulberry32), so the cases are the same on every run. */
const random = mulberry32;

const PARTS = [
  'word',
  'Data',
  'é',
  '.',
  '!',
  '?',
  ' ',
  '  ',
  '\n\t',
  '\u00a0',
  '\u200b',
  'x.y',
  '. ',
  'long-compound-word',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PARTS[Math.floor(next() * PARTS.length)];
  return text;
}

describe('Passage', () => {
  test.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\u00a0 '],
    ['one character', ' x '],
    ['two characters', 'ab'],
    ['short', '  We keep   your data. \n'],
    ['exactly one segment long', 'a'.repeat(3000)],
    ['one character over', 'a'.repeat(3001)],
    ['no sentence ends', 'word '.repeat(5000)],
    ['many sentences', 'We keep the records for a year. '.repeat(900)],
    ['one segment long, then whitespace only', `${'a'.repeat(1500)}. ${'b'.repeat(1498)}${' '.repeat(20)}`],
  ])('%s: the pieces splitLongText cuts from the collapsed text', (_name, raw) => {
    for (const chunk of [1, 7, 100, 4096, undefined]) expect(pieces(raw, chunk)).toEqual(whole(raw));
  });

  test('200 random texts with whitespace runs across chunk edges', () => {
    const next = random(42);
    for (let i = 0; i < 200; i++) {
      const raw = randomText(next, Math.floor(next() * 12_000));
      const chunk = 1 + Math.floor(next() * 5000);
      expect(pieces(raw, chunk), `text ${i}, chunk ${chunk}`).toEqual(whole(raw));
    }
  });

  test('a call reads one chunk or cuts one piece: a 5 MB text gives its first piece after a few calls', () => {
    const passage = new Passage('We keep the records for a year. '.repeat(160_000));
    let calls = 1;
    while (passage.next() === null) calls++;
    expect(calls).toBeLessThanOrEqual(2);
  });
});

describe('collapsedPrefix', () => {
  test('is collapseWhitespace of the text, or a prefix of it at least as long as asked', () => {
    const next = random(7);
    for (let i = 0; i < 200; i++) {
      const raw = randomText(next, Math.floor(next() * 5000));
      const need = Math.floor(next() * 3000);
      const full = collapseWhitespace(raw);
      const prefix = collapsedPrefix(raw, need);
      expect(full.startsWith(prefix)).toBe(true);
      expect(prefix.length).toBeGreaterThanOrEqual(Math.min(need, full.length));
    }
  });
});
