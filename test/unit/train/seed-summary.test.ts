import { describe, expect, it } from 'vitest';
import type { CorpusFigures } from '../../../tools/lib/classify-metrics';
import {
  figureKeys,
  flatten,
  gateCheck,
  gateDrift,
  gateOf,
  pairedSummary,
  parseStudy,
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

  it('lists the figures of both sets, also when a run has no validation figures', () => {
    const noValidation: SeedRun = {
      seed: 1,
      sha: '',
      cv: { 'opp115 micro': 0.7, 'opp115 macro': 0.6 },
      validation: {},
    };
    expect(figureKeys([noValidation])).toEqual(['opp115 micro', 'opp115 macro']);
    const onlyValidation: SeedRun = { seed: 2, sha: '', cv: {}, validation: { 'mapp-de sharing': 0.5 } };
    expect(figureKeys([noValidation, onlyValidation])).toEqual([
      'opp115 micro',
      'opp115 macro',
      'mapp-de sharing',
    ]);
    expect(figureKeys([])).toEqual([]);
  });
});

describe('gates over the seeds, cross-validated and validation', () => {
  // cross-validated 0.774 .. 0.783 (tight), validation 0.759 .. 0.787 (wide)
  const runs: SeedRun[] = [
    [0.783, 0.787],
    [0.779, 0.78],
    [0.774, 0.759],
    [0.78, 0.785],
    [0.779, 0.784],
  ].map(([cv, val], seed) => ({
    seed,
    sha: '',
    cv: { 'opp115 micro': cv ?? 0, 'opp115 security': 0.75 },
    validation: { 'opp115 micro': val ?? 0 },
  }));
  const crossValidated = { opp115: { micro: 0.77 } };
  const validation = { opp115: { micro: 0.76 } };

  it('reads each set against its own gates and suggests each from its own spread', () => {
    expect(gateCheck(runs, 'cv', 'opp115 micro', crossValidated)).toEqual({
      gate: 0.77,
      fails: 0,
      suggested: 0.77,
    });
    // validation: one seed (0.759) under 0.76; the worst seed and mean - 2 sd suggest 0.75
    expect(gateCheck(runs, 'validation', 'opp115 micro', validation)).toEqual({
      gate: 0.76,
      fails: 1,
      suggested: 0.75,
    });
    // the same figures under the other set's gate
    expect(gateCheck(runs, 'cv', 'opp115 micro', { opp115: { micro: 0.78 } }).fails).toBe(3);
  });

  it('gives no gate and no failures to an ungated figure, and fails a seed that lacks a gated one', () => {
    expect(gateCheck(runs, 'cv', 'opp115 security', crossValidated)).toEqual({
      gate: undefined,
      fails: 0,
      suggested: 0.75,
    });
    const lacking = gateCheck(runs, 'validation', 'opp115 security', {
      opp115: { labels: { security: 0.7 } },
    });
    expect(lacking.fails).toBe(5);
    expect(Number.isNaN(lacking.suggested)).toBe(true);
  });

  it('lists the gates in force that are not the suggested ones', () => {
    expect(gateDrift(runs, 'cv', crossValidated)).toEqual([]);
    expect(gateDrift(runs, 'validation', validation)).toEqual(['opp115 micro 0.76 -> 0.75']);
    expect(gateDrift(runs, 'cv', { opp115: { micro: 0.77, labels: { security: 0.74 } } })).toEqual([
      'opp115 security 0.74 -> 0.75',
    ]);
  });
});

describe('reading a saved study', () => {
  const baseline = [
    { seed: 1, sha: 'ab', cv: { 'opp115 micro': 0.7 }, validation: {}, contextKept: 'linear: ' },
  ];

  it('takes what --out writes, with or without a lever', () => {
    const study = parseStudy({ seeds: [1], setSpec: 'k=v', baseline, lever: baseline }, 'f.json');
    expect(study.seeds).toEqual([1]);
    expect(study.setSpec).toBe('k=v');
    expect(study.lever).toEqual(baseline);
    expect(parseStudy({ seeds: [1], baseline, lever: null }, 'f.json').lever).toBeNull();
    // JSON.stringify drops an undefined lever name
    expect(parseStudy({ seeds: [1], baseline }, 'f.json').setSpec).toBeUndefined();
  });

  it('refuses what is not a study, naming the file', () => {
    expect(() => parseStudy([], 'f.json')).toThrow('f.json: "seeds"');
    expect(() => parseStudy({ seeds: [1], baseline: [{ seed: 1 }] }, 'f.json')).toThrow('"baseline"');
    expect(() =>
      parseStudy({ seeds: [1], baseline: [{ ...baseline[0], cv: { 'opp115 micro': '0.7' } }] }, 'f.json'),
    ).toThrow('"baseline"');
    expect(() => parseStudy({ seeds: [1], baseline, lever: {} }, 'f.json')).toThrow('"lever"');
    expect(() => parseStudy(null, 'f.json')).toThrow('f.json: not a saved seed study');
  });
});
