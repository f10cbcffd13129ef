import { describe, expect, it } from 'vitest';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import type { OutOfFold } from '../../../tools/train/calibrate';
import { fitContext } from '../../../tools/train/context';
import { DEFAULT_PARAMS } from '../../../tools/train/params';

const N = SEGMENT_LABELS.length;
const SHARING = SEGMENT_LABELS.indexOf('sharing');
const params = { ...DEFAULT_PARAMS, folds: 2, contextOffsets: [-1, 1] };

const row = (corpus: OutOfFold['corpus'], group: string, index: number, gold: boolean, p: number) => {
  const y = new Float32Array(N);
  const q = new Float64Array(N).fill(0.1);
  y[SHARING] = gold ? 1 : 0;
  q[SHARING] = p;
  return { group, corpus, index, y, p: q };
};

/**
 * OPP-115: sharing comes in runs of three segments whose first stage is sure of the middle one only; the
 * edges score like the negatives, so only the neighbours tell them apart. MAPP-de: the first stage is
 * already right everywhere, so the context cannot gain there.
 */
function predictions(): OutOfFold[] {
  const out: OutOfFold[] = [];
  let opp = 0;
  let de = 0;
  for (let policy = 0; policy < 20; policy++) {
    for (const [gold, p] of [
      [false, 0.45],
      [false, 0.45],
      [true, 0.45],
      [true, 0.9],
      [true, 0.45],
      [false, 0.45],
      [false, 0.45],
    ] as const)
      out.push(row('opp115', `opp:${policy}`, opp++, gold, p));
    for (const gold of [false, true, false, false])
      out.push(row('mapp-de', `de:${policy}`, de++, gold, gold ? 0.9 : 0.1));
  }
  return out;
}

describe('context stage, kept per label', () => {
  const preds = predictions();
  const thresholds = SEGMENT_LABELS.map(() => 0.5);

  it('is kept where it gains on the mean of all corpora', () => {
    const fit = fitContext(preds, thresholds, params);
    expect(fit.gains[SHARING]!.kept).toBe(true);
    expect(fit.gains[SHARING]!.after).toBeGreaterThan(fit.gains[SHARING]!.before);
  });

  it('is judged on the corpora the path serves when asked', () => {
    const fit = fitContext(preds, thresholds, params, ['mapp-de']);
    expect(fit.gains[SHARING]!.before).toBe(1);
    expect(fit.gains[SHARING]!.kept).toBe(false);
    expect(fit.weights.labels[SHARING]).toEqual([]);
  });
});
