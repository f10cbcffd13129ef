/** Hyper-parameters of `npm run train` (chosen by cross-validation on TRAIN; see tools/train.ts). */
import type { FeatureConfig } from '../../src/core/classify/features';
import type { DropoutOptions } from './concept-dropout';
import type { ConceptHiddenOptions } from './concept-hidden';
import type { TrainOptions } from './examples';
import type { HiddenOptions } from './hidden-stage';
import type { PageCalibrationOptions } from './page-calibration';

export interface Params
  extends TrainOptions,
    DropoutOptions,
    PageCalibrationOptions,
    FeatureConfig,
    HiddenOptions,
    ConceptHiddenOptions {
  readonly seed: number;
  readonly folds: number;
  readonly minCount: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Positive-class weight = min(cap, (negatives / positives) ^ power) per label. */
  readonly positivePower: number;
  readonly positiveCap: number;
  readonly pruneBelow: number;
  /**
   * Candidate readings, chosen per label by cross-validation: 0 = the whole segment; r > 0 = its sentences
   * pooled by log-mean-exp of sharpness r.
   */
  readonly poolings: readonly number[];
  /** A later candidate must beat an earlier one by this much mean F1 to be chosen. */
  readonly selectMargin: number;
  /** Neighbour offsets the context stage reads (none: no context stage). */
  readonly contextOffsets: readonly number[];
  /**
   * Candidate word counts for reading the context stage's neighbours by their words (context.ts
   * `neighbours`), chosen by out-of-fold F1; none: one segment per offset. 20: a neighbour of fewer than 20
   * words (a tenth of the corpora's segments, half of a page's) counts in proportion to its words
   * (docs/model.md, "The neighbour context read by words").
   */
  readonly contextNeighbourWords: readonly number[];
  /**
   * With `contextNeighbourWords`: the last candidate whose out-of-fold mean F1 over labels is within this of
   * the best is chosen (0: the best, the first on a tie).
   */
  readonly contextNeighbourTolerance: number;
  /** With `contextNeighbourWords`: a neighbour takes following segments until it has that many words. */
  readonly contextNeighbourMerge: boolean;
  /** Ridge penalty of the context stage's weights. */
  readonly contextL2: number;
  /** The context must beat the first stage's out-of-fold mean F1 by this much to be kept for a label. */
  readonly contextMargin: number;
  /**
   * Whether the linear path's context stage is kept per label on the out-of-fold F1 of the corpora it
   * serves (MAPP-de: English reads the blended path), instead of all three corpora's mean.
   */
  readonly contextJudgedOnServed: boolean;
  /**
   * Whether the concept view (the nine languages without training data) gets a context stage too. It is
   * fitted on the corpora's segments; read in real pages it did not help (docs/model.md).
   */
  readonly transferContext: boolean;
  /** Export a row for every feature the hidden-layer stage learned, not only the linear model's (export.ts). */
  readonly hiddenRowUnion: boolean;
  /**
   * The retention stage after the context stage: the retention logit re-weighed by extraction's retention
   * reading of the segment alone (retention-stage.ts; docs/model.md, "A retention stage on extraction's reading").
   */
  readonly retentionStage: boolean;
}

export const DEFAULT_PARAMS: Params = {
  seed: 20240601,
  folds: 5,
  minCount: 5,
  epochs: 12,
  learningRate: 0.1,
  l2: 1e-3,
  positivePower: 0.5,
  positiveCap: 5,
  pruneBelow: 0,
  poolings: [0, 0.5, 2, 6],
  selectMargin: 0.005,
  bigrams: true,
  pairWindow: 3,
  wordPrefix: 0,
  normPower: 0.5,
  lengthBounds: [3, 10, 40],
  lengthValue: 1,
  conceptViewWeight: 1,
  unionTarget: 0,
  retentionUnionTarget: 0.5,
  mappAmbiguousWeight: 1,
  retentionSentenceWeight: 1,
  spanSentenceLabels: [2],
  mappUnannotatedMin: 30,
  conceptDropout: 0,
  conceptDropoutVariants: 8,
  conceptDropoutExtra: false,
  transferRateMatch: true,
  transferGap: 0,
  transferGapVariants: 8,
  contextOffsets: [-1, 1, -2, 2],
  contextNeighbourWords: [20],
  contextNeighbourTolerance: 0,
  contextNeighbourMerge: false,
  contextL2: 3,
  contextMargin: 0.005,
  contextJudgedOnServed: false,
  transferContext: false,
  hiddenUnits: 16,
  hiddenEpochs: 4,
  hiddenLearningRate: 0.003,
  hiddenDropout: 0.3,
  hiddenInit: 0.1,
  hiddenPooling: [0.5, 0.5, 2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
  hiddenBlends: [0.25, 0.4],
  hiddenRowUnion: true,
  transferHidden: true,
  transferHiddenBlends: [0, 0.25, 0.4],
  // sharing only: its gain on the en/de concept check holds over seeds, retention's does not (docs/model.md)
  transferHiddenLabels: [1],
  retentionStage: true,
};

/** Applies `--set a=1,b=true` overrides (experiments only; the committed model uses the defaults). */
export function withOverrides(base: Params, spec: string | undefined): Params {
  if (spec === undefined || spec === '') return base;
  const out: Record<string, unknown> = { ...base };
  for (const pair of spec.split(',')) {
    const [k, v] = pair.split('=');
    if (k === undefined || v === undefined || !(k in base))
      throw new Error(`unknown parameter in --set: ${pair}`);
    const current = out[k];
    out[k] =
      typeof current === 'boolean'
        ? v === 'true'
        : Array.isArray(current)
          ? v
              .split('/')
              .filter((x) => x !== '')
              .map(Number)
          : Number(v);
  }
  return out as unknown as Params;
}
