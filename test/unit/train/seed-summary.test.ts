import { describe, expect, it } from 'vitest';
import type { CorpusFigures } from '../../../tools/lib/classify-metrics';
import {
  flatten,
  gateOf,
  pairedSummary,
  type SeedRun,
  suggestedGate,
  summary,
} from '../../../tools/train/seed-summary';

const run = (seed: number, f1: number): SeedRun => ({
  seed,
  sha: '',
  cv: { 'opp115 micro': f1 },
  validation: { 'opp115 micro': f1 + 0.01 },
});

describe('seed study summaries', () => {
  it('gives mean, sample sd, min and max', () => {
    const s = summary([0.7, 0.8, 0.9]);
    expect(s.mean).toBeCloseTo(0.8, 12);
    expect(s.sd).toBeCloseTo(0.1, 12);
    expect(s.min).toBe(0.7);
    expect(s.max).toBe(0.9);
    expect(summary([0.5]).sd).toBe(0);
    expect(Number.isNaN(summary([]).mean)).toBe(true);
  });

  it('pairs lever and baseline by seed, not by position', () => {
    const baseline = [run(1, 0.7), run(2, 0.8), run(3, 0.75)];
    const lever = [run(3, 0.77), run(1, 0.71), run(2, 0.83)];
    const d = pairedSummary(baseline, lever, (r) => r.cv['opp115 micro']);
    expect(d.mean).toBeCloseTo(0.02, 12);
    expect(d.min).toBeCloseTo(0.01, 12);
    expect(d.max).toBeCloseTo(0.03, 12);
    expect(d.t).toBeCloseTo(0.02 / (0.01 / Math.sqrt(3)), 6);
  });

  it('marks a missing figure or seed as NaN', () => {
    const d = pairedSummary([run(1, 0.7)], [run(2, 0.8)], (r) => r.cv['opp115 micro']);
    expect(Number.isNaN(d.mean)).toBe(true);
  });

  it('suggests the lower of the worst seed and mean - 2 sd, rounded down to 0.01', () => {
    // tight spread: the worst seed decides
    expect(suggestedGate({ mean: 0.787, sd: 0.002, min: 0.784, max: 0.79 })).toBe(0.78);
    // wide spread: mean - 2 sd decides
    expect(suggestedGate({ mean: 0.6, sd: 0.03, min: 0.57, max: 0.63 })).toBe(0.54);
    expect(suggestedGate({ mean: 0.5, sd: 0, min: 0.5, max: 0.5 })).toBe(0.5);
  });

  it('reads the gate of a figure from the classify section', () => {
    const gates = { opp115: { micro: 0.77, labels: { retention: 0.55 } }, 'mapp-de': { macro: 0.6 } };
    expect(gateOf(gates, 'opp115 micro')).toBe(0.77);
    expect(gateOf(gates, 'opp115 retention')).toBe(0.55);
    expect(gateOf(gates, 'opp115 sharing')).toBeUndefined();
    expect(gateOf(gates, 'mapp-de macro')).toBe(0.6);
    expect(gateOf(gates, 'mapp-en micro')).toBeUndefined();
  });

  it('flattens figures to "corpus figure" keys', () => {
    const figures: CorpusFigures = {
      labels: [{ label: 'sharing', support: 3, precision: 1, recall: 0.5, f1: 2 / 3 }],
      micro: { precision: 1, recall: 0.5, f1: 0.6 },
      macroF1: 0.55,
    };
    expect(flatten([{ corpus: 'mapp-de', figures }])).toEqual({
      'mapp-de micro': 0.6,
      'mapp-de macro': 0.55,
      'mapp-de sharing': 2 / 3,
    });
  });
});
