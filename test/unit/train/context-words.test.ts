import { describe, expect, it } from 'vitest';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import type { PolicySegment } from '../../../tools/lib/policy-data';
import type { OutOfFold } from '../../../tools/train/calibrate';
import { fitContext, wordsOf } from '../../../tools/train/context';
import { DEFAULT_PARAMS } from '../../../tools/train/params';

const N = SEGMENT_LABELS.length;
const SHARING = SEGMENT_LABELS.indexOf('sharing');
const params = { ...DEFAULT_PARAMS, folds: 2, contextOffsets: [-1, 1] };

const row = (group: string, index: number, gold: boolean, p: number): OutOfFold => {
  const y = new Float32Array(N);
  const q = new Float64Array(N).fill(0.1);
  y[SHARING] = gold ? 1 : 0;
  q[SHARING] = p;
  return { group, corpus: 'opp115', index, y, p: q };
};

/**
 * Sharing in runs of three whose edges the first stage is unsure of (0.45, like the negatives); the middle
 * one is sure. A one-word segment that is sure of sharing sits among the negatives: read by its words it
 * says little, so only the runs' long neighbours lift their edges.
 */
function predictions(): { preds: OutOfFold[]; words: Int32Array } {
  const preds: OutOfFold[] = [];
  const words: number[] = [];
  let at = 0;
  for (let policy = 0; policy < 20; policy++) {
    for (const [gold, p, n] of [
      [false, 0.45, 40],
      [false, 0.9, 1],
      [false, 0.45, 40],
      [true, 0.45, 40],
      [true, 0.9, 40],
      [true, 0.45, 40],
      [false, 0.45, 40],
    ] as const) {
      preds.push(row(`opp:${policy}`, at++, gold, p));
      words.push(n);
    }
  }
  return { preds, words: Int32Array.from(words) };
}

describe('context stage reading neighbours by their words', () => {
  const { preds, words } = predictions();
  const thresholds = SEGMENT_LABELS.map(() => 0.5);

  it('stores the reading it was fitted with, and none without word counts', () => {
    const byWords = fitContext(
      preds,
      thresholds,
      { ...params, contextNeighbourWords: [20] },
      undefined,
      words,
    );
    expect(byWords.weights.neighbours).toEqual({ words: 20, merge: false });
    expect(byWords.gains[SHARING]!.kept).toBe(true);
    const plain = fitContext(preds, thresholds, { ...params, contextNeighbourWords: [20] });
    expect(plain.weights.neighbours).toBeUndefined();
    expect(plain.readings).toBeUndefined();
  });

  it('gains where a short neighbour misleads the per-segment reading', () => {
    const plain = fitContext(preds, thresholds, { ...params, contextNeighbourWords: [] });
    const byWords = fitContext(
      preds,
      thresholds,
      { ...params, contextNeighbourWords: [20] },
      undefined,
      words,
    );
    expect(byWords.gains[SHARING]!.after).toBeGreaterThan(plain.gains[SHARING]!.after);
  });

  it('chooses the best candidate, or with a tolerance the last one within it of the best', () => {
    const candidates = { ...params, contextNeighbourWords: [1, 20] };
    const best = fitContext(preds, thresholds, candidates, undefined, words);
    expect(best.readings?.map((r) => r.words)).toEqual([1, 20]);
    const [one, twenty] = best.readings ?? [];
    expect(twenty!.f1).toBeGreaterThan(one!.f1);
    expect(best.weights.neighbours?.words).toBe(20);
    const tolerant = { ...params, contextNeighbourWords: [20, 1], contextNeighbourTolerance: 1 };
    expect(fitContext(preds, thresholds, tolerant, undefined, words).weights.neighbours?.words).toBe(1);
  });

  it('counts the words of each prediction’s segment', () => {
    const seg = (text: string): PolicySegment => ({ text }) as unknown as PolicySegment;
    const counted = wordsOf(
      [row('a', 1, false, 0), row('a', 0, false, 0)],
      [{ corpus: 'opp115', segs: [seg('Your Choices.'), seg('We  share it\nwith partners')] }],
    );
    expect([...counted]).toEqual([5, 2]);
  });
});
