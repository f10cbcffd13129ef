/**
 * Per-label decision thresholds chosen on out-of-fold predictions of the TRAIN split (folds by policy),
 * folded into the intercepts so that the product's fixed 0.5 threshold applies them.
 * The threshold of a label maximises the mean F1 over the corpora that annotate it (among those present).
 */
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { f1Of } from '../lib/classify-metrics';
import { CORPUS_LABELS, type CorpusName } from '../lib/policy-data';

export interface OutOfFold {
  readonly group: string;
  readonly corpus: CorpusName;
  /** Position of the segment in its corpus file. */
  readonly index: number;
  readonly y: Float32Array;
  readonly p: Float64Array;
}

const GRID = Array.from({ length: 81 }, (_, i) => 0.1 + i * 0.01);

/** Mean F1 of label l at threshold t over the corpora of `preds` that annotate it. */
export function meanF1(preds: readonly OutOfFold[], l: number, t: number): number {
  const label = SEGMENT_LABELS[l]!;
  const present = new Set(preds.map((o) => o.corpus));
  const corpora = (Object.keys(CORPUS_LABELS) as CorpusName[]).filter(
    (c) => CORPUS_LABELS[c].includes(label) && present.has(c),
  );
  let sum = 0;
  for (const corpus of corpora) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const o of preds) {
      if (o.corpus !== corpus) continue;
      const gold = o.y[l]! >= 0.5;
      const pred = o.p[l]! >= t;
      if (gold && pred) c.tp++;
      else if (pred) c.fp++;
      else if (gold) c.fn++;
    }
    sum += f1Of(c);
  }
  return sum / corpora.length;
}

export interface Threshold {
  readonly t: number;
  /** Mean F1 over the corpora that annotate the label, at t. */
  readonly f1: number;
}

/** Best threshold of label l; ties (within 0.002) go to the one closest to 0.5. */
export function bestThreshold(preds: readonly OutOfFold[], l: number): Threshold {
  const scored = GRID.map((t) => ({ t, f1: meanF1(preds, l, t) }));
  const best = Math.max(...scored.map((s) => s.f1));
  const near = scored.filter((s) => s.f1 >= best - 0.002);
  near.sort((a, b) => Math.abs(a.t - 0.5) - Math.abs(b.t - 0.5));
  return near[0]!;
}

export function chooseThresholds(preds: readonly OutOfFold[]): Threshold[] {
  return SEGMENT_LABELS.map((_, l) => bestThreshold(preds, l));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
