import { describe, expect, it } from 'vitest';
import { collapseWhitespace, needsCollapsing } from '../../../src/core/text/normalize';
import { mulberry32 } from '../../../tools/train/random';

/** What collapseWhitespace is defined as (its slow path). */
function reference(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A deterministic generator (mulberry32), so the cases are the same on every run. */
const random = mulberry32;

const PIECES = [
  'a',
  'Data',
  'ü',
  '😀',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u0085',
  '.',
  '|',
];

describe('collapseWhitespace', () => {
  it.each([
    ['already collapsed', 'already collapsed'],
    ['  leading and trailing  ', 'leading and trailing'],
    ['two  spaces', 'two spaces'],
    ['tab\there', 'tab here'],
    ['no\u00a0break', 'no break'],
    ['zero\u200bwidth', 'zero width'],
    ['\u200bedge\u200b', 'edge'],
    ['line\u2028separator', 'line separator'],
    ['', ''],
    [' ', ''],
    ['x', 'x'],
  ])('%j -> %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });

  it('gives what the regex gives on mixed text, white space of every kind included', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(collapseWhitespace(text)).toBe(reference(text));
    }
  });

  it('returns a collapsed text itself', () => {
    const text = 'We collect your name and e-mail address.';
    expect(collapseWhitespace(text)).toBe(text);
  });

  it('needsCollapsing says whether collapsing changes the text, at its ends and inside', () => {
    const next = random(11);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(needsCollapsing(text)).toBe(reference(text) !== text);
    }
    expect(needsCollapsing('We collect your name.')).toBe(false);
    expect(needsCollapsing('We collect\u00a0your name.')).toBe(true);
    expect(needsCollapsing('We collect your name. ')).toBe(true);
  });
});
