import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/classify/sentences';
import { mulberry32 } from '../../../tools/train/random';

/** The splitter as it was written first, with a regex for the end marks: the reference. */
function byRegex(text: string): string[] {
  const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029;
  const opens = (ch: string) => /^[\p{Lu}0-9"“„«(]$/u.test(ch);
  const re = /[.!?;:][\t\n\v\f\r \u00a0\u2028\u2029]/g;
  const bounds: [number, number][] = [];
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let j = m.index + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j < text.length && opens(text[j] ?? '')) {
      bounds.push([start, m.index + 1]);
      start = j;
      re.lastIndex = j;
    }
  }
  bounds.push([start, text.length]);
  const out: string[] = [];
  let carry = '';
  for (const [a, b] of bounds) {
    const piece = text.slice(a, b).trim();
    const s = carry === '' ? piece : `${carry} ${piece}`;
    if (s.length < 12) carry = s;
    else {
      out.push(s);
      carry = '';
    }
  }
  if (carry !== '' && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${carry}`;
  else if (out.length === 0) out.push(carry);
  return out;
}

/** A seeded generator, so a failure can be replayed. */
const random = mulberry32;

const PIECES = [
  '.',
  '!',
  '?',
  ';',
  ':',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\u2028',
  '\t',
  'We',
  'data',
  'É',
  'é',
  '3',
  '(',
  '"',
  '«',
  'e.g.',
  'x',
  ')',
];

describe('splitSentences', () => {
  it('breaks where the regex reference breaks', () => {
    const next = random(5);
    for (let k = 0; k < 5000; k++) {
      let text = '';
      const n = Math.floor(next() * 30);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      expect(splitSentences(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('breaks after end punctuation and white space before a capital', () => {
    expect(splitSentences('We collect data. We share it: Partners get it.  no break here.')).toEqual([
      'We collect data.',
      'We share it:',
      'Partners get it.  no break here.',
    ]);
  });
});
