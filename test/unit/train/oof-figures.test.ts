import { describe, expect, it } from 'vitest';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import type { OutOfFold } from '../../../tools/train/calibrate';
import type { ContextFit } from '../../../tools/train/context';
import { corpusFigures, outOfFoldFigures } from '../../../tools/train/oof-figures';

const N = SEGMENT_LABELS.length;
const SHARING = SEGMENT_LABELS.indexOf('sharing');
const pred = (corpus: OutOfFold['corpus'], index: number, gold: boolean, p: number): OutOfFold => {
  const y = new Float32Array(N);
  const q = new Float64Array(N);
  y[SHARING] = gold ? 1 : 0;
  q[SHARING] = p;
  return { group: `${corpus}:1`, corpus, index, y, p: q };
};
const contextFit = (oof: OutOfFold[], t: number): ContextFit => ({
  weights: { offsets: [], labels: [] },
  oof,
  thresholds: SEGMENT_LABELS.map(() => t),
  gains: [],
});

describe('cross-validated figures per corpus', () => {
  it('counts a prediction at or above the threshold as positive, and only the corpus asked for', () => {
    const preds = [
      pred('mapp-de', 0, true, 0.4),
      pred('mapp-de', 1, true, 0.2),
      pred('mapp-de', 2, false, 0.5),
      pred('mapp-en', 0, true, 0.9),
    ];
    const f = corpusFigures(
      'mapp-de',
      preds,
      SEGMENT_LABELS.map(() => 0.4),
    );
    const sharing = f.labels.find((r) => r.label === 'sharing')!;
    // tp 1, fp 1, fn 1
    expect(sharing.f1).toBeCloseTo(0.5, 12);
    expect(sharing.support).toBe(2);
    expect(f.labels.map((r) => r.label)).toEqual(['collection', 'sharing']);
  });

  it('reads English from the blended path and German from the linear one', () => {
    const linear = contextFit([pred('opp115', 0, true, 0.3), pred('mapp-de', 0, true, 0.3)], 0.5);
    const blended = contextFit([pred('opp115', 0, true, 0.6)], 0.5);
    const byCorpus = Object.fromEntries(
      outOfFoldFigures(linear, blended).map((c) => [
        c.corpus,
        c.figures.labels.find((r) => r.label === 'sharing')?.f1,
      ]),
    );
    expect(byCorpus.opp115).toBe(1);
    expect(byCorpus['mapp-de']).toBe(0);
    const linearOnly = outOfFoldFigures(linear, null);
    expect(linearOnly[0]!.figures.labels.find((r) => r.label === 'sharing')?.f1).toBe(0);
  });
});
