/**
 * The concept view's hidden-layer stage (`transferHidden`; src/core/classify/concept-stage.ts): a network
 * of the shape of the English stage (hidden-stage.ts) trained on the concept-only copies of TRAIN, blended
 * per label into the linear concept view's logits. Out of fold on the concept copies of the corpus
 * segments (the same policy folds as the linear model), a blend weight per label among
 * `transferHiddenBlends` (0 first: a blend must beat the linear concept view by `selectMargin`), its
 * thresholds, then the final fit on all of TRAIN and its export with rows of its own.
 */
import type { ContextWeights } from '../../src/core/classify/context';
import { encodeKeys } from '../../src/core/classify/model-codec';
import type { ClassifierModel, ConceptHiddenLayerModel } from '../../src/core/classify/model-format';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { bestThreshold, logit, type OutOfFold } from './calibrate';
import { keepLinearIntercepts } from './concept-intercepts';
import type { RawExample } from './examples';
import {
  blendOutOfFold,
  chooseBlend,
  crossValidateHidden,
  exportHidden,
  type HiddenFit,
} from './hidden-stage';
import type { Params } from './params';

export interface ConceptHiddenOptions {
  /** Train a hidden-layer stage for the concept view (languages without training data). */
  readonly transferHidden: boolean;
  /** Candidate blend weights of that stage per label; the first (0) is the linear concept view alone. */
  readonly transferHiddenBlends: readonly number[];
  /** Labels (indices of SEGMENT_LABELS) the stage may be blended into; the others keep the linear view. */
  readonly transferHiddenLabels: readonly number[];
}

/** The examples the stage learns from: the concept-only copies (segments and retention sentences). */
export function conceptHiddenExamples(data: readonly RawExample[]): RawExample[] {
  return data.filter((e) => e.view === 'concepts');
}

/** Out-of-fold probabilities of the concept copies of the corpus segments (`twin`), folds by policy. */
export function crossValidateConceptHidden(data: readonly RawExample[], p: Params): OutOfFold[] {
  return crossValidateHidden(data, p, 'twin');
}

export interface ConceptBlend {
  readonly blend: number[];
  readonly thresholds: number[];
  /** Blended out-of-fold predictions of the concept copies. */
  readonly oof: OutOfFold[];
  /** Per label: linear concept view's out-of-fold mean F1 -> the blend's. */
  readonly gains: Array<{ before: number; after: number }>;
}

/** Blend weights and thresholds of the concept view, on the concept copies of all three corpora. */
export function fitConceptBlend(
  linear: readonly OutOfFold[],
  hidden: readonly OutOfFold[],
  p: Params,
): ConceptBlend {
  const blend = chooseBlend(linear, hidden, { ...p, hiddenBlends: p.transferHiddenBlends }).map((a, l) =>
    p.transferHiddenLabels.includes(l) ? a : 0,
  );
  const oof = blendOutOfFold(linear, hidden, blend);
  const gains = SEGMENT_LABELS.map((_, l) => ({
    before: bestThreshold(linear, l).f1,
    after: bestThreshold(oof, l).f1,
  }));
  return { blend, thresholds: SEGMENT_LABELS.map((_, l) => bestThreshold(oof, l).t), oof, gains };
}

/**
 * The stage as classifier.json stores it (`hiddenConcepts`): one int8 row per feature it learned, under
 * keys of its own; intercepts (1 - a) * linear + a * hidden, calibrated for the 0.5 decision point. A label
 * the stage is not blended into (a = 0) keeps the linear concept view's intercept, `transferBias` (before the
 * rate-matching shift), which the recomputed one must equal (`keepLinearIntercepts`).
 */
export function exportConceptStage(
  fit: HiddenFit,
  fitted: ConceptBlend,
  linearBias: ArrayLike<number>,
  transferBias: readonly number[],
  context: ContextWeights,
): ConceptHiddenLayerModel {
  const computed = SEGMENT_LABELS.map((_, l) => {
    const a = fitted.blend[l]!;
    return (1 - a) * linearBias[l]! + a * fit.model.outputBias[l]! - logit(fitted.thresholds[l]!);
  });
  const intercepts = keepLinearIntercepts(fitted.blend, computed, transferBias, 'the exported concept stage');
  const keys = fit.vocab.ids;
  const stage = exportHidden(fit, fitted.blend, intercepts, context, keys);
  return { ...stage, langs: [], rows: keys.length, keys: encodeKeys(keys) };
}

/**
 * `model` with the concept stage, its intercepts shifted so that the blended concept view labels as many
 * en/de page segments as the linear full view (`shiftsOf` of a model whose concept view is blended;
 * page-calibration.ts); `linearPart` is the model the linear transfer intercepts were matched with. A label
 * the stage is not blended into keeps `model.transferBias` (its shift must be the linear view's).
 */
export function withConceptStage(
  model: ClassifierModel,
  linearPart: ClassifierModel,
  stage: ConceptHiddenLayerModel,
  shiftsOf: (m: ClassifierModel) => number[],
  print: (line: string) => void,
): ClassifierModel {
  const shifts = shiftsOf({ ...linearPart, hiddenConcepts: stage });
  print(`concept stage intercept shifts (en/de page rates): ${shifts.map((d) => d.toFixed(2)).join(' ')}`);
  const intercepts = keepLinearIntercepts(
    stage.blend,
    stage.intercepts.map((b, l) => Number((b + shifts[l]!).toPrecision(6))),
    model.transferBias,
    'the rate-matched concept stage',
  );
  return { ...model, hiddenConcepts: { ...stage, intercepts } };
}

/**
 * `--concept-blend-sweep a/b/...`: out-of-fold mean F1 per label (at its best threshold) of the concept copies
 * read by the linear concept view and blended with the stage at each weight, every label at that weight (1:
 * the stage alone). The figures behind the stage's adoption (docs/model.md).
 */
export function conceptBlendSweep(
  linear: readonly OutOfFold[],
  hidden: readonly OutOfFold[],
  weights: readonly number[],
): string[] {
  const row = (name: string, preds: readonly OutOfFold[]): string =>
    `  ${name.padEnd(8)} ${SEGMENT_LABELS.map((_, l) => bestThreshold(preds, l).f1.toFixed(3).padStart(6)).join(' ')}`;
  return [
    `  ${'reading'.padEnd(8)} ${SEGMENT_LABELS.map((label) => label.slice(0, 6).padStart(6)).join(' ')}`,
    row('linear', linear),
    ...weights.map((a) =>
      row(
        `a ${a}`,
        blendOutOfFold(
          linear,
          hidden,
          SEGMENT_LABELS.map(() => a),
        ),
      ),
    ),
  ];
}
