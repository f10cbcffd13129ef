/**
 * Fits the retention stage (src/core/classify/retention-stage.ts) of one view on that view's out-of-fold
 * scores of TRAIN, after its context stage: over the OPP-115 segments (the one corpus with retention
 * labels) in which extraction's retention rules read a kind on the segment alone, a logistic regression of
 * the majority retention label on the calibrated retention logit and one intercept per kind read. Its own
 * out-of-fold predictions (the same policy folds) choose its threshold, which is folded into the kind
 * intercepts, and give the figures the seed study judges it by; the final weights are fitted on all of them.
 */

import { logitOf, sigmoid } from '../../src/core/classify/logistic';
import { type RetentionStage, restage } from '../../src/core/classify/retention-stage';
import { readRetentionAlone } from '../../src/core/retention-reading';
import { type RetentionKind, SEGMENT_LABELS } from '../../src/core/vocabulary';
import { f1Of } from '../lib/classify-metrics';
import type { CorpusName, PolicySegment } from '../lib/policy-data';
import { logit, type OutOfFold } from './calibrate';
import type { Params } from './params';
import { mulberry32, shuffleInPlace } from './random';

const RET = SEGMENT_LABELS.indexOf('retention');
const CORPUS: CorpusName = 'opp115';
const KINDS = ['specific', 'indefinite', 'criteria'] as const;
/** Ridge penalty: four weights on a few hundred rows, only to keep a kind that never errs finite. */
const L2 = 1;
const GRID = Array.from({ length: 81 }, (_, i) => 0.1 + i * 0.01);

/** The stage that changes nothing: z' = z for every kind. */
export const IDENTITY: RetentionStage = { logit: 1, specific: 0, indefinite: 0, criteria: 0 };

/** Kind read on each OPP-115 TRAIN segment alone, by index (the reading depends on no seed). */
const readingsByDir = new Map<string, readonly RetentionKind[]>();
export function oppReadings(dataDir: string, segs: readonly PolicySegment[]): readonly RetentionKind[] {
  let kinds = readingsByDir.get(dataDir);
  if (kinds === undefined) {
    // A corpus segment is read without a heading of its own (its text holds its section's heading).
    kinds = readRetentionAlone(
      segs.map((s, i) => ({ id: i, kind: 'paragraph', text: s.text, heading: '', level: 0 })),
      'en',
    );
    readingsByDir.set(dataDir, kinds);
  }
  return kinds;
}

interface Row {
  readonly at: number;
  readonly z: number;
  readonly kind: (typeof KINDS)[number];
  readonly y: number;
  readonly fold: number;
}

export interface RetentionFit {
  readonly stage: RetentionStage;
  /** `preds` with the stage's out-of-fold retention scores, on the scale of `threshold` (figures). */
  readonly oof: OutOfFold[];
  readonly threshold: number;
  /** OPP-115 retention F1 out of fold: before the stage, with it. */
  readonly before: number;
  readonly after: number;
  readonly rows: number;
  readonly positives: number;
}

/** Newton's method for a ridge logistic regression of y on [z, one-hot kind], no other intercept. */
function fitWeights(rows: readonly Row[]): number[] {
  const w = [1, 0, 0, 0];
  const x = (r: Row): number[] => [r.z, ...KINDS.map((k) => (r.kind === k ? 1 : 0))];
  for (let iter = 0; iter < 50; iter++) {
    const g = w.map((wi, i) => (i === 0 ? L2 * (wi - 1) : L2 * wi));
    const h = w.map((_, i) => w.map((__, j) => (i === j ? L2 : 0)));
    for (const r of rows) {
      const xi = x(r);
      const p = sigmoid(xi.reduce((s, v, i) => s + v * w[i]!, 0));
      for (let i = 0; i < 4; i++) {
        g[i]! += (p - r.y) * xi[i]!;
        for (let j = 0; j < 4; j++) h[i]![j]! += p * (1 - p) * xi[i]! * xi[j]!;
      }
    }
    const step = solve(h, g);
    for (let i = 0; i < 4; i++) w[i]! -= step[i]!;
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (a 4x4 positive-definite system). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * out[k]!;
    out[r] = s / m[r]![r]!;
  }
  return out;
}

const stageOf = (w: readonly number[], shift = 0): RetentionStage => ({
  logit: w[0]!,
  specific: w[1]! - shift,
  indefinite: w[2]! - shift,
  criteria: w[3]! - shift,
});

/**
 * The stage of one view. `preds`/`threshold`: the view's out-of-fold scores with its context stage and its
 * retention threshold; `offset`: what the exported model adds to that view's calibrated logit (the concept
 * view's rate-matching shift), so the stage is fitted on the logits it will read.
 */
export function fitRetentionStage(
  preds: readonly OutOfFold[],
  threshold: number,
  offset: number,
  kinds: readonly RetentionKind[],
  params: Params,
): RetentionFit {
  const groups = shuffleInPlace([...new Set(preds.map((o) => o.group))].sort(), mulberry32(params.seed + 1));
  const foldOf = new Map(groups.map((g, i) => [g, i % params.folds]));
  const zOf = (o: OutOfFold): number => logitOf(o.p[RET]!) - logit(threshold) + offset;
  const rows: Row[] = [];
  preds.forEach((o, at) => {
    const kind = o.corpus === CORPUS ? kinds[o.index] : 'none';
    if (kind === undefined || kind === 'none') return;
    rows.push({ at, z: zOf(o), kind, y: o.y[RET]! >= 0.5 ? 1 : 0, fold: foldOf.get(o.group) ?? 0 });
  });
  // The stage's own out-of-fold scores: fitted on the other folds' rows.
  const q = new Map<number, number>();
  for (let k = 0; k < params.folds; k++) {
    const stage = stageOf(fitWeights(rows.filter((r) => r.fold !== k)));
    for (const r of rows) if (r.fold === k) q.set(r.at, restage(stage, sigmoid(r.z), r.kind));
  }
  const f1At = (t: number | null): number => {
    const c = { tp: 0, fp: 0, fn: 0 };
    preds.forEach((o, at) => {
      if (o.corpus !== CORPUS) return;
      const gold = o.y[RET]! >= 0.5;
      const s = q.get(at);
      const pred = t === null || s === undefined ? zOf(o) >= 0 : s >= t;
      if (gold && pred) c.tp++;
      else if (pred) c.fp++;
      else if (gold) c.fn++;
    });
    return f1Of(c);
  };
  const scored = GRID.map((t) => ({ t, f1: f1At(t) }));
  const best = Math.max(...scored.map((s) => s.f1));
  const t = scored
    .filter((s) => s.f1 >= best - 0.002)
    .sort((a, b) => Math.abs(a.t - 0.5) - Math.abs(b.t - 0.5))[0]!.t;
  const stage = stageOf(fitWeights(rows), logit(t));
  const oof = preds.map((o, at) => {
    const s = q.get(at);
    if (s === undefined) return o;
    const p = Float64Array.from(o.p);
    // on the view's threshold scale: p >= threshold exactly when the stage's score >= t
    p[RET] = sigmoid(logitOf(s) - logit(t) + logit(threshold));
    return { ...o, p };
  });
  return {
    stage: round(stage),
    oof,
    threshold,
    before: f1At(null),
    after: f1At(t),
    rows: rows.length,
    positives: rows.filter((r) => r.y === 1).length,
  };
}

function round(s: RetentionStage): RetentionStage {
  const r = (v: number): number => Number(v.toPrecision(6));
  return { logit: r(s.logit), specific: r(s.specific), indefinite: r(s.indefinite), criteria: r(s.criteria) };
}
