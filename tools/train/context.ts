/**
 * The second stage of scoreAll (src/core/classify/context.ts), fitted on the first stage's out-of-fold
 * scores of TRAIN: per label a small ridge logistic regression over the segment's own calibrated logit and
 * those of its neighbours in the policy, with the first-stage logit as offset (a residual: it can only
 * learn corrections). Its own out-of-fold figures (same policy folds) decide, per label, whether the
 * context is kept: it must beat the first stage's out-of-fold F1 by `contextMargin`.
 */
import {
  type ContextWeights,
  clipLogit,
  contextInputs,
  contextWidth,
  type NeighbourReading,
  segmentWords,
} from '../../src/core/classify/context';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { CORPORA, CORPUS_LABELS, type CorpusName, type PolicySegment } from '../lib/policy-data';
import { bestThreshold, logit, meanF1, type OutOfFold, type Threshold } from './calibrate';
import type { Params } from './params';
import { mulberry32, shuffleInPlace } from './random';

const N = SEGMENT_LABELS.length;

export interface ContextFit {
  readonly weights: ContextWeights;
  /** Out-of-fold predictions with the context where it is kept (first stage elsewhere). */
  readonly oof: OutOfFold[];
  /** Decision threshold per label on `oof`. */
  readonly thresholds: number[];
  /** Per label: first-stage and second-stage out-of-fold mean F1. */
  readonly gains: Array<{ before: number; after: number; kept: boolean }>;
  /** Per candidate reading of neighbours by words (`contextNeighbourWords`): words and mean F1 over labels. */
  readonly readings?: ReadonlyArray<{ words: number; f1: number }>;
}

/**
 * Words of each prediction's segment, aligned with `preds`: the words its first stage read (`segmentWords`,
 * the rule scoreAll counts a page's segment by), before `countedWords` caps them. A corpus segment is read
 * without a heading of its own: its text holds its section's heading where the corpus kept one.
 */
export function wordsOf(
  preds: readonly OutOfFold[],
  segments: ReadonlyArray<{ corpus: CorpusName; segs: readonly PolicySegment[] }>,
): Int32Array {
  const byCorpus = new Map(segments.map((s) => [s.corpus, s.segs]));
  return Int32Array.from(preds.map((o) => segmentWords(byCorpus.get(o.corpus)?.[o.index]?.text ?? '', '')));
}

/** One out-of-fold prediction per segment (label l from `perLabel[l]`), in corpus and segment order. */
export function combineByLabel(perLabel: ReadonlyArray<readonly OutOfFold[]>): OutOfFold[] {
  const byKey = new Map<string, OutOfFold>();
  const key = (o: OutOfFold): string => `${o.corpus}\t${o.index}`;
  perLabel.forEach((list, l) => {
    for (const o of list) {
      let c = byKey.get(key(o));
      if (c === undefined) {
        c = { ...o, p: new Float64Array(N) };
        byKey.set(key(o), c);
      }
      c.p[l] = o.p[l]!;
    }
  });
  return [...byKey.values()].sort(
    (a, b) => CORPORA.indexOf(a.corpus) - CORPORA.indexOf(b.corpus) || a.index - b.index,
  );
}

/** [start, end) of each policy's run of segments in `preds` (sorted by combineByLabel). */
function policyRuns(preds: readonly OutOfFold[]): Int32Array {
  const starts = [0];
  for (let i = 1; i < preds.length; i++) {
    const a = preds[i - 1]!;
    const b = preds[i]!;
    if (a.corpus !== b.corpus || a.group !== b.group || b.index !== a.index + 1) starts.push(i);
  }
  starts.push(preds.length);
  return Int32Array.from(starts);
}

/** Calibrated first-stage logits (0 at each label's threshold), row-major. */
function calibratedLogits(preds: readonly OutOfFold[], thresholds: readonly number[]): Float64Array {
  const z = new Float64Array(preds.length * N);
  preds.forEach((o, i) => {
    for (let l = 0; l < N; l++) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, o.p[l]!));
      z[i * N + l] = logit(p) - logit(thresholds[l]!);
    }
  });
  return z;
}

/** Neighbours read by words: how, and each prediction's word count (undefined: one segment per offset). */
type Reading = { readonly reading: NeighbourReading; readonly words: Int32Array } | undefined;

interface Design {
  readonly x: Float64Array[];
  readonly offset: Float64Array;
}

function designOf(
  z: Float64Array,
  runs: Int32Array,
  l: number,
  offsets: readonly number[],
  reading: Reading,
): Design {
  const width = contextWidth(offsets);
  const rows = (z.length / N) | 0;
  const x: Float64Array[] = [];
  const offset = new Float64Array(rows);
  for (let r = 0; r + 1 < runs.length; r++) {
    const a = runs[r]!;
    const k = runs[r + 1]! - a;
    const sub = z.subarray(a * N, (a + k) * N);
    const by =
      reading === undefined
        ? undefined
        : { reading: reading.reading, words: reading.words.subarray(a, a + k) };
    for (let i = 0; i < k; i++) {
      const v = new Float64Array(width);
      contextInputs(sub, k, N, i, l, offsets, v, by);
      x.push(v);
      offset[a + i] = clipLogit(sub[i * N + l]!);
    }
  }
  return { x, offset };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(a);
  const v = Float64Array.from(b);
  for (let c = 0; c < d; c++) {
    let piv = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(m[r * d + c]!) > Math.abs(m[piv * d + c]!)) piv = r;
    if (piv !== c) {
      for (let j = 0; j < d; j++) {
        const t = m[c * d + j]!;
        m[c * d + j] = m[piv * d + j]!;
        m[piv * d + j] = t;
      }
      const t = v[c]!;
      v[c] = v[piv]!;
      v[piv] = t;
    }
    for (let r = c + 1; r < d; r++) {
      const f = m[r * d + c]! / m[c * d + c]!;
      if (f === 0) continue;
      for (let j = c; j < d; j++) m[r * d + j]! -= f * m[c * d + j]!;
      v[r]! -= f * v[c]!;
    }
  }
  const out = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let s = v[r]!;
    for (let j = r + 1; j < d; j++) s -= m[r * d + j]! * out[j]!;
    out[r] = s / m[r * d + r]!;
  }
  return out;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Ridge logistic regression with offsets by Newton's method (the last input, the bias, is not penalised). */
function fitRidge(
  design: Design,
  rows: readonly number[],
  y: (r: number) => number,
  l2: number,
): Float64Array {
  const d = design.x[0]?.length ?? 0;
  const w = new Float64Array(d);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    for (let j = 0; j < d; j++) {
      const pen = j === d - 1 ? 1e-6 : l2;
      g[j] = pen * w[j]!;
      h[j * d + j] = pen;
    }
    for (const r of rows) {
      const x = design.x[r]!;
      let s = design.offset[r]!;
      for (let j = 0; j < d; j++) s += w[j]! * x[j]!;
      const p = sigmoid(s);
      const e = p - y(r);
      const q = p * (1 - p);
      for (let j = 0; j < d; j++) {
        g[j]! += e * x[j]!;
        for (let k = 0; k < d; k++) h[j * d + k]! += q * x[j]! * x[k]!;
      }
    }
    const step = solve(h, g, d);
    let max = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      max = Math.max(max, Math.abs(step[j]!));
    }
    if (max < 1e-9) break;
  }
  return w;
}

function predict(design: Design, r: number, w: Float64Array): number {
  const x = design.x[r]!;
  let s = design.offset[r]!;
  for (let j = 0; j < w.length; j++) s += w[j]! * x[j]!;
  return sigmoid(s);
}

/** Policies dealt into folds as in cross-validate.ts (same seed, so the same folds). */
function foldsOf(preds: readonly OutOfFold[], p: Params): Int32Array {
  const groups = shuffleInPlace([...new Set(preds.map((o) => o.group))].sort(), mulberry32(p.seed + 1));
  const fold = new Map(groups.map((g, i) => [g, i % p.folds]));
  return Int32Array.from(preds.map((o) => fold.get(o.group)!));
}

const round6 = (x: number): number => Number(x.toPrecision(6));

/**
 * Fits the context stage on first-stage out-of-fold predictions `preds` (one view). `judgedOn`: the corpora
 * whose out-of-fold F1 (at the thresholds chosen on all of `preds`) decides whether a label keeps it, when
 * the path serves only their language (the linear path serves German once English is blended); by default
 * every corpus of `preds`. With candidates in `p.contextNeighbourWords` and `words` (each prediction's
 * word count), neighbours are read by their words (context.ts): of the candidates whose mean over labels of
 * the out-of-fold F1 the stage ends with is within `contextNeighbourTolerance` of the best, the last (the
 * corpora hold few short segments, so they can say which discount costs them, not which one pages need).
 */
export function fitContext(
  preds: readonly OutOfFold[],
  thresholds: readonly number[],
  p: Params,
  judgedOn?: readonly CorpusName[],
  words?: Int32Array,
): ContextFit {
  if (p.contextNeighbourWords.length === 0 || words === undefined || p.contextOffsets.length === 0)
    return fitReading(preds, thresholds, p, judgedOn, undefined);
  const meanAfter = (fit: ContextFit): number =>
    fit.gains.reduce((sum, g) => sum + (g.kept ? g.after : g.before), 0) / fit.gains.length;
  const fits = p.contextNeighbourWords.map((n) =>
    fitReading(preds, thresholds, p, judgedOn, {
      reading: { words: n, merge: p.contextNeighbourMerge },
      words,
    }),
  );
  const readings = fits.map((fit, j) => ({ words: p.contextNeighbourWords[j]!, f1: meanAfter(fit) }));
  const top = Math.max(...readings.map((r) => r.f1));
  // The last candidate (the one that discounts short neighbours most) the corpora do not reject.
  const within = readings.flatMap((r, j) => (r.f1 >= top - p.contextNeighbourTolerance ? [j] : []));
  const best = (p.contextNeighbourTolerance > 0 ? within.at(-1) : within[0]) ?? 0;
  return { ...fits[best]!, readings };
}

function fitReading(
  preds: readonly OutOfFold[],
  thresholds: readonly number[],
  p: Params,
  judgedOn: readonly CorpusName[] | undefined,
  reading: Reading,
): ContextFit {
  const judged = (list: readonly OutOfFold[], l: number, t: Threshold): number =>
    judgedOn === undefined
      ? t.f1
      : meanF1(
          list.filter((o) => judgedOn.includes(o.corpus)),
          l,
          t.t,
        );
  const offsets = [...p.contextOffsets];
  const runs = policyRuns(preds);
  const z = calibratedLogits(preds, thresholds);
  const folds = foldsOf(preds, p);
  const oof: OutOfFold[] = preds.map((o) => ({ ...o, p: Float64Array.from(o.p) }));
  const labels: number[][] = [];
  const chosen: number[] = [];
  const gains: ContextFit['gains'] = [];
  SEGMENT_LABELS.forEach((label, l) => {
    const before: Threshold = bestThreshold(preds, l);
    const annotated = preds
      .map((o, r) => (CORPUS_LABELS[o.corpus].includes(label) ? r : -1))
      .filter((r) => r >= 0);
    if (offsets.length === 0 || annotated.length === 0) {
      labels.push([]);
      chosen.push(before.t);
      gains.push({ before: before.f1, after: before.f1, kept: false });
      return;
    }
    const design = designOf(z, runs, l, offsets, reading);
    const y = (r: number): number => (preds[r]!.y[l]! >= 0.5 ? 1 : 0);
    const trial: OutOfFold[] = preds.map((o) => ({ ...o, p: Float64Array.from(o.p) }));
    for (let f = 0; f < p.folds; f++) {
      const w = fitRidge(
        design,
        annotated.filter((r) => folds[r] !== f),
        y,
        p.contextL2,
      );
      for (const r of annotated) if (folds[r] === f) trial[r]!.p[l] = predict(design, r, w);
    }
    const after = bestThreshold(trial, l);
    const gain = { before: judged(preds, l, before), after: judged(trial, l, after) };
    const kept = gain.after > gain.before + p.contextMargin;
    gains.push({ ...gain, kept });
    if (!kept) {
      labels.push([]);
      chosen.push(before.t);
      return;
    }
    for (const r of annotated) oof[r]!.p[l] = trial[r]!.p[l]!;
    chosen.push(after.t);
    const w = fitRidge(design, annotated, y, p.contextL2);
    w[w.length - 1]! -= logit(after.t);
    labels.push(Array.from(w, round6));
  });
  const weights: ContextWeights =
    reading === undefined ? { offsets, labels } : { offsets, neighbours: reading.reading, labels };
  return { weights, oof, thresholds: chosen, gains };
}
