import { describe, expect, it } from 'vitest';
import type { OutOfFold } from '../../../tools/train/calibrate';
import type { ContextFit } from '../../../tools/train/context';
import { centreOnThreshold, oofDump } from '../../../tools/train/oof-dump';

const pred = (corpus: OutOfFold['corpus'], index: number, p: number): OutOfFold => ({
  group: `${corpus}:1`,
  corpus,
  index,
  y: Float32Array.of(1),
  p: Float64Array.of(p),
});
const contextFit = (oof: OutOfFold[], t: number): ContextFit => ({
  weights: { offsets: [], labels: [] },
  oof,
  thresholds: [t],
  gains: [],
});

describe('out-of-fold dump', () => {
  it('moves each threshold to 0.5 and keeps the order of scores', () => {
    expect(centreOnThreshold(0.3, 0.3)).toBe(0.5);
    expect(centreOnThreshold(0, 0.3)).toBe(0);
    expect(centreOnThreshold(1, 0.3)).toBe(1);
    expect(centreOnThreshold(0.2, 0.3)).toBeLessThan(centreOnThreshold(0.25, 0.3));
    expect(centreOnThreshold(0.6, 0.3)).toBeGreaterThan(0.5);
  });

  it('takes English from the blended path and German from the linear one, each with its thresholds', () => {
    const linear = contextFit([pred('opp115', 0, 0.9), pred('mapp-de', 0, 0.4)], 0.4);
    const blended = contextFit([pred('opp115', 0, 0.2)], 0.2);
    expect(oofDump(linear, blended).map((r) => [r.corpus, r.p[0]])).toEqual([
      ['opp115', 0.5],
      ['mapp-de', 0.5],
    ]);
    expect(oofDump(linear, null).map((r) => r.corpus)).toEqual(['opp115', 'mapp-de']);
  });
});
