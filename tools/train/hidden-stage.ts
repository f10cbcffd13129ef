/**
 * The hidden-layer stage in `npm run train`: its out-of-fold predictions on TRAIN (the same policy folds
 * as the linear model), the per-label blend weight with the linear model's out-of-fold logits, the final
 * fit on all of TRAIN and its int8 export. It learns from the full view of every corpus (English and
 * German words, concepts), but is blended in for English only (`HIDDEN_CORPORA`), with a context stage of
 * its own: on German the validation split and the hand-labelled German passages lost with it
 * (docs/model.md), so German keeps the linear model and its context stage exactly as before, and the
 * languages without training data keep the linear concept view.
 */

import type { ContextWeights } from '../../src/core/classify/context';
import { encodeInt8, HIDDEN_ACTIVATION, type HiddenLayerModel } from '../../src/core/classify/hidden-format';
import { type Lang, SEGMENT_LABELS } from '../../src/core/vocabulary';
import type { CorpusName } from '../lib/policy-data';
import { bestThreshold, logit, type OutOfFold } from './calibrate';
import { assignFolds, positiveWeights } from './cross-validate';
import type { ExampleRole, RawExample } from './examples';
import { type HiddenModel, predictHidden, trainHidden } from './hidden-layer';
import { sigmoid } from './logreg';
import type { Params } from './params';
import { buildVocabulary, toSparse, type Vocabulary } from './vocabulary';

export interface HiddenOptions {
  /** Hidden units (0: no hidden-layer stage). */
  readonly hiddenUnits: number;
  readonly hiddenEpochs: number;
  readonly hiddenLearningRate: number;
  readonly hiddenDropout: number;
  readonly hiddenInit: number;
  /** Per label sharpness (> 0) of the pooling of the sentences' logits. */
  readonly hiddenPooling: readonly number[];
  /** Candidate blend weights of the stage, per label: a later one must beat the first by `selectMargin`. */
  readonly hiddenBlends: readonly number[];
}

/** The corpora whose language blends the stage in, and that language. */
export const HIDDEN_CORPORA: readonly CorpusName[] = ['opp115', 'mapp-en'];
export const HIDDEN_LANGS: readonly Lang[] = ['en'];

export interface HiddenFit {
  readonly model: HiddenModel;
  readonly vocab: Vocabulary;
}

/** The examples the stage learns from: the full view of every segment and of the retention sentences. */
export function hiddenExamples(data: readonly RawExample[]): RawExample[] {
  return data.filter((e) => e.view === 'full');
}

export function fitHidden(data: readonly RawExample[], p: Params): HiddenFit {
  const vocab = buildVocabulary(data, p.minCount);
  const model = trainHidden(
    data.map((ex) => toSparse(ex, vocab)),
    {
      labels: SEGMENT_LABELS.length,
      features: vocab.ids.length,
      units: p.hiddenUnits,
      epochs: p.hiddenEpochs,
      learningRate: p.hiddenLearningRate,
      dropout: p.hiddenDropout,
      initScale: p.hiddenInit,
      pooling: p.hiddenPooling,
      positiveWeight: positiveWeights(data, p),
      seed: p.seed,
    },
  );
  return { model, vocab };
}

/**
 * Out-of-fold probabilities of every corpus segment, folds by policy as the linear model's: the full-view
 * segments (`role` 'segment'), or their concept-only copies ('twin', the concept view's stage).
 */
export function crossValidateHidden(
  data: readonly RawExample[],
  p: Params,
  role: ExampleRole = 'segment',
): OutOfFold[] {
  const folds = assignFolds(data, p);
  const out: OutOfFold[] = [];
  for (let k = 0; k < p.folds; k++) {
    const { model, vocab } = fitHidden(
      data.filter((e) => folds.get(e.group) !== k),
      p,
    );
    for (const ex of data) {
      if (folds.get(ex.group) !== k || ex.role !== role) continue;
      const z = predictHidden(model, toSparse(ex, vocab));
      out.push({ group: ex.group, corpus: ex.corpus, index: ex.index, y: ex.gold, p: z.map(sigmoid) });
    }
  }
  return out;
}

const clampedLogit = (p: number): number => logit(Math.min(1 - 1e-12, Math.max(1e-12, p)));
const keyOf = (o: OutOfFold): string => `${o.corpus}\t${o.index}`;

/** Per label: sigmoid((1 - a) * logit(linear) + a * logit(hidden)), in the order of `linear`. */
export function blendOutOfFold(
  linear: readonly OutOfFold[],
  hidden: readonly OutOfFold[],
  blend: readonly number[],
): OutOfFold[] {
  const byKey = new Map(hidden.map((o) => [keyOf(o), o]));
  return linear.map((o) => {
    const h = byKey.get(keyOf(o));
    if (h === undefined) throw new Error(`hidden stage: no out-of-fold prediction for ${keyOf(o)}`);
    const p = o.p.map((x, l) =>
      sigmoid((1 - blend[l]!) * clampedLogit(x) + blend[l]! * clampedLogit(h.p[l]!)),
    );
    return { ...o, p };
  });
}

/** Per label blend weight among `hiddenBlends`, by out-of-fold mean F1 at the best threshold. */
export function chooseBlend(linear: readonly OutOfFold[], hidden: readonly OutOfFold[], p: Params): number[] {
  const scored = p.hiddenBlends.map((a) => {
    const preds = blendOutOfFold(
      linear,
      hidden,
      SEGMENT_LABELS.map(() => a),
    );
    return SEGMENT_LABELS.map((_, l) => bestThreshold(preds, l).f1);
  });
  return SEGMENT_LABELS.map((_, l) => {
    let best = 0;
    for (let c = 1; c < scored.length; c++) {
      if (scored[c]![l]! > scored[best]![l]! + p.selectMargin) best = c;
    }
    return p.hiddenBlends[best]!;
  });
}

export interface BlendFit {
  /** Per label weight of the stage. */
  readonly blend: number[];
  /** Per label decision threshold of the blended logit. */
  readonly thresholds: number[];
  /** Blended out-of-fold predictions of the segments of `HIDDEN_CORPORA`. */
  readonly oof: OutOfFold[];
}

/** Blend weights and thresholds, chosen on the out-of-fold predictions of `HIDDEN_CORPORA`. */
export function fitBlend(linear: readonly OutOfFold[], hidden: readonly OutOfFold[], p: Params): BlendFit {
  const own = linear.filter((o) => HIDDEN_CORPORA.includes(o.corpus));
  const blend = chooseBlend(own, hidden, p);
  const oof = blendOutOfFold(own, hidden, blend);
  return { blend, thresholds: SEGMENT_LABELS.map((_, l) => bestThreshold(oof, l).t), oof };
}

const round6 = (x: number): number => Number(x.toPrecision(6));

/**
 * The stage as classifier.json stores it: one int8 embedding row per row of the linear model (`keys`, its
 * feature ids; a feature the stage did not learn gets zeros, one it learned that the linear model lacks
 * is dropped), one scale per hidden unit.
 */
export function exportHidden(
  fit: HiddenFit,
  blend: readonly number[],
  intercepts: readonly number[],
  context: ContextWeights,
  keys: Uint32Array,
): HiddenLayerModel {
  const { model, vocab } = fit;
  const H = model.units;
  const source = Array.from(keys, (id) => vocab.index.get(id) ?? -1);
  const scale = Array.from({ length: H }, (_, h) => {
    let max = 0;
    for (const f of source) if (f >= 0) max = Math.max(max, Math.abs(model.embedding[f * H + h]!));
    return max > 0 ? round6(max / 127) : 0;
  });
  const q = new Int8Array(keys.length * H);
  source.forEach((f, row) => {
    if (f < 0) return;
    for (let h = 0; h < H; h++) {
      const s = scale[h]!;
      q[row * H + h] = s > 0 ? Math.max(-127, Math.min(127, Math.round(model.embedding[f * H + h]! / s))) : 0;
    }
  });
  return {
    activation: HIDDEN_ACTIVATION,
    units: H,
    pooling: [...model.pooling],
    langs: [...HIDDEN_LANGS],
    blend: [...blend],
    intercepts: intercepts.map(round6),
    context,
    embedding: encodeInt8(q),
    scale,
    bias: Array.from(model.bias, round6),
    output: Array.from(model.output, round6),
  };
}
