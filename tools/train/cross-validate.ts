/** Fitting one configuration, and its out-of-fold predictions on TRAIN (folds by policy). */
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import type { OutOfFold } from './calibrate';
import type { RawExample } from './examples';
import { type LogRegModel, predictLogReg, trainLogReg } from './logreg';
import type { Params } from './params';
import { mulberry32, shuffleInPlace } from './random';
import { buildVocabulary, toSparse, type Vocabulary } from './vocabulary';

export interface Fitted {
  readonly model: LogRegModel;
  readonly vocab: Vocabulary;
}

/** Loss weight of a positive target per label: min(cap, (negatives / positives) ^ power), at least 1. */
export function positiveWeights(data: readonly RawExample[], p: Params): number[] {
  return SEGMENT_LABELS.map((_, l) => {
    let pos = 0;
    let neg = 0;
    for (const ex of data) {
      if (ex.role !== 'segment' || ex.mask[l] !== 1) continue;
      if (ex.gold[l]! >= 0.5) pos++;
      else neg++;
    }
    return pos === 0 ? 1 : Math.min(p.positiveCap, Math.max(1, (neg / pos) ** p.positivePower));
  });
}

export function fitModel(data: readonly RawExample[], p: Params, poolSharpness: number): Fitted {
  const vocab = buildVocabulary(data, p.minCount);
  const model = trainLogReg(
    data.map((ex) => toSparse(ex, vocab)),
    {
      labels: SEGMENT_LABELS.length,
      features: vocab.ids.length,
      epochs: p.epochs,
      learningRate: p.learningRate,
      l2: p.l2,
      positiveWeight: positiveWeights(data, p),
      seed: p.seed,
      poolSharpness,
    },
  );
  return { model, vocab };
}

/** Policies (MAPP apps: both languages together) dealt into folds after a seeded shuffle. */
export function assignFolds(data: readonly RawExample[], p: Params): Map<string, number> {
  const groups = shuffleInPlace([...new Set(data.map((e) => e.group))].sort(), mulberry32(p.seed + 1));
  return new Map(groups.map((g, i) => [g, i % p.folds]));
}

export interface CrossValidation {
  /** Full-view predictions of every corpus segment. */
  readonly full: OutOfFold[];
  /** Concept-only predictions of the same segments (the unseen-language proxy). */
  readonly transfer: OutOfFold[];
}

export function crossValidate(
  data: readonly RawExample[],
  p: Params,
  poolSharpness: number,
): CrossValidation {
  const folds = assignFolds(data, p);
  const full: OutOfFold[] = [];
  const transfer: OutOfFold[] = [];
  for (let k = 0; k < p.folds; k++) {
    const { model, vocab } = fitModel(
      data.filter((e) => folds.get(e.group) !== k),
      p,
      poolSharpness,
    );
    for (const ex of data) {
      if (folds.get(ex.group) !== k || ex.role === 'augment') continue;
      const prediction: OutOfFold = {
        group: ex.group,
        corpus: ex.corpus,
        index: ex.index,
        y: ex.gold,
        p: predictLogReg(model, toSparse(ex, vocab)),
      };
      (ex.role === 'segment' ? full : transfer).push(prediction);
    }
  }
  return { full, transfer };
}
