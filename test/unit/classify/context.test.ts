import { describe, expect, it } from 'vitest';
import {
  applyContext,
  CONTEXT_CLIP,
  CONTEXT_SCALE,
  type ContextWeights,
  contextInputs,
  contextWidth,
  segmentWords,
  wordCount,
  wordsRead,
} from '../../../src/core/classify/context';
import { segmentInput } from '../../../src/core/classify/features';

const N = 2;
/** k segments, N labels: first-stage logits row-major. */
const logits = (rows: ReadonlyArray<readonly [number, number]>): Float64Array =>
  Float64Array.from(rows.flat());

describe('context stage', () => {
  it('reads the segment and its neighbours, missing neighbours as 0', () => {
    const z = logits([
      [4, 0],
      [-2, 0],
      [20, 0],
    ]);
    const offsets = [-1, 1, -2, 2];
    const x = new Float64Array(contextWidth(offsets));
    contextInputs(z, 3, N, 0, 0, offsets, x);
    expect([...x]).toEqual([4 / CONTEXT_SCALE, 0, -2 / CONTEXT_SCALE, 0, CONTEXT_CLIP / CONTEXT_SCALE, 1]);
    contextInputs(z, 3, N, 2, 0, offsets, x);
    expect([...x]).toEqual([CONTEXT_CLIP / CONTEXT_SCALE, -2 / CONTEXT_SCALE, 0, 4 / CONTEXT_SCALE, 0, 1]);
  });

  it('keeps the first-stage logits of labels without weights, and clips those with zero weights', () => {
    const z = logits([
      [12, -3],
      [1, 2],
    ]);
    const w: ContextWeights = { offsets: [-1, 1], labels: [[0, 0, 0, 0], []] };
    expect([...applyContext(z, 2, N, w)]).toEqual([CONTEXT_CLIP, -3, 1, 2]);
  });

  it('raises a label next to neighbours that carry it, and not on a page of one segment', () => {
    const w: ContextWeights = { offsets: [-1, 1], labels: [[0, 2, 2, 0], []] };
    const page = logits([
      [6, 0],
      [-1, 0],
      [6, 0],
    ]);
    const out = applyContext(page, 3, N, w);
    expect(out[1 * N]).toBeCloseTo(-1 + 2 * (6 / CONTEXT_SCALE) * 2);
    const alone = applyContext(logits([[-1, 0]]), 1, N, w);
    expect(alone[0]).toBe(-1);
  });
});

describe('context stage reading neighbours by their words', () => {
  const offsets = [-1, 1, -2, 2];
  const u = (s: number): number => s / CONTEXT_SCALE;

  it('counts words as whitespace-separated runs', () => {
    expect(wordCount('  Your   Choices.\n')).toBe(2);
    expect(wordCount('')).toBe(0);
  });

  it('counts a segment’s words as its first stage reads it: under its heading', () => {
    const reading = { words: 20, merge: false };
    expect(wordsRead('You can opt out.', 'Your Choices', reading)).toBe(6);
    // a heading the text repeats is read once (segmentInput); no heading (a corpus segment) adds nothing
    expect(wordsRead('Your Choices', 'Your Choices', reading)).toBe(2);
    expect(segmentWords('Sicherheit Wir bemühen uns', '')).toBe(4);
    // counted no further than the reading needs: all when merged
    expect(wordsRead('a b c d e f', 'one two three', { words: 5, merge: false })).toBe(5);
    expect(wordsRead('a b c d e f', 'one two three', { words: 5, merge: true })).toBe(9);
  });

  it('counts a segment under its heading as the joined text it reads, at every cap', () => {
    const texts = ['', ' ', 'one', ' one two ', 'a\u00a0b c', 'Your Choices', '  x  '];
    for (const text of texts)
      for (const heading of texts)
        for (const upTo of [0, 1, 2, 3, 4, 5, Number.POSITIVE_INFINITY])
          expect(segmentWords(text, heading, upTo), JSON.stringify([text, heading, upTo])).toBe(
            wordCount(segmentInput(text, heading), upTo),
          );
  });

  it('reads a one-line neighbour under a long heading by the words its score was read from', () => {
    const z = logits([
      [4, 0],
      [-6, 0],
    ]);
    const x = new Float64Array(contextWidth(offsets));
    const reading = { words: 20, merge: false };
    const heading = 'How we share your personal data with our partners';
    const words = [
      wordsRead('We collect your e-mail address.', heading, reading),
      wordsRead('Partners.', heading, reading),
    ];
    contextInputs(z, 2, N, 0, 0, offsets, x, { reading, words });
    expect(x[2]).toBeCloseTo((10 * u(-6)) / 20);
  });

  it('without merging, scales a neighbour by min(1, words / n)', () => {
    const z = logits([
      [4, 0],
      [-2, 0],
      [6, 0],
    ]);
    const x = new Float64Array(contextWidth(offsets));
    const by = { reading: { words: 20, merge: false }, words: [40, 30, 5] };
    contextInputs(z, 3, N, 1, 0, offsets, x, by);
    expect([...x]).toEqual([u(-2), u(4), (5 * u(6)) / 20, 0, 0, 1]);
    contextInputs(z, 3, N, 0, 0, offsets, x, by);
    expect(x[2]).toBe(u(-2));
    expect(x[4]).toBeCloseTo((5 * u(6)) / 20);
  });

  it('with merging, a run of short neighbours reads as their word-weighted mean', () => {
    // A one-line pseudo-heading (2 words) and a 10-word line before the segment, then a 40-word paragraph.
    const z = logits([
      [-6, 0],
      [-8, 0],
      [-8, 0],
      [3, 0],
    ]);
    const x = new Float64Array(contextWidth(offsets));
    const by = { reading: { words: 20, merge: true }, words: [40, 10, 2, 30] };
    contextInputs(z, 4, N, 3, 0, offsets, x, by);
    // The nearest run takes segments 2, 1, 0 (2 + 10 + 40 words); the second run is past the page's start.
    expect(x[1]).toBeCloseTo((2 * u(-8) + 10 * u(-8) + 40 * u(-6)) / 52);
    expect(x[3]).toBe(0);
    expect(x[2]).toBe(0);
  });

  it('with merging, long neighbours are read one segment per offset, as without words', () => {
    const z = logits([
      [4, 0],
      [-2, 0],
      [6, 0],
      [1, 0],
      [-3, 0],
    ]);
    const plain = new Float64Array(contextWidth(offsets));
    const byWords = new Float64Array(contextWidth(offsets));
    contextInputs(z, 5, N, 2, 0, offsets, plain);
    contextInputs(z, 5, N, 2, 0, offsets, byWords, {
      reading: { words: 20, merge: true },
      words: [30, 25, 50, 20, 60],
    });
    expect([...byWords]).toEqual([...plain]);
  });

  it('applyContext reads the words it is given when the weights ask for them', () => {
    const z = logits([
      [6, 0],
      [-1, 0],
    ]);
    const plain: ContextWeights = { offsets: [-1], labels: [[0, 1, 0], []] };
    const byWords: ContextWeights = { ...plain, neighbours: { words: 20, merge: false } };
    expect(applyContext(z, 2, N, plain)[N]).toBeCloseTo(-1 + u(6));
    expect(applyContext(z, 2, N, byWords, [5, 30])[N]).toBeCloseTo(-1 + (5 * u(6)) / 20);
  });
});

describe('wordCount', () => {
  const white = [
    ' ',
    '\t',
    '\n',
    '\v',
    '\f',
    '\r',
    '\u00a0',
    '\u1680',
    '\u2000',
    '\u2005',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
  ];
  const other = ['a', 'ß', '1', '.', '\u200b', '\u00ad', '😀', '\u2060', '\u180e', '-'];
  const regexCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

  it('counts what /\\S+/g finds, on random texts of every white-space character', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 2000; t++) {
      const parts: string[] = [];
      for (let i = next(40); i > 0; i--) {
        const pool = next(2) === 0 ? white : other;
        parts.push(pool[next(pool.length)]!);
      }
      const text = parts.join('');
      expect(wordCount(text)).toBe(regexCount(text));
      expect(wordCount(text, 3)).toBe(Math.min(3, regexCount(text)));
    }
  });
});
