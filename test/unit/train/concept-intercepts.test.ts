import { describe, expect, it } from 'vitest';
import { conceptLexicon } from '../../../src/core/classify/concepts/index';
import type { ClassifierModel } from '../../../src/core/classify/model-format';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import { type ConceptBlend, exportConceptStage, withConceptStage } from '../../../tools/train/concept-hidden';
import { keepLinearIntercepts } from '../../../tools/train/concept-intercepts';
import { exportModel } from '../../../tools/train/export';
import type { HiddenFit } from '../../../tools/train/hidden-stage';

const N = SEGMENT_LABELS.length;
const round6 = (x: number): number => Number(x.toPrecision(6));
const logit = (p: number): number => Math.log(p / (1 - p));
const noContext = { offsets: [], labels: [] };

// the stage is blended into sharing (1) alone
const blend = SEGMENT_LABELS.map((_, l) => (l === 1 ? 0.25 : 0));
const thresholds = SEGMENT_LABELS.map((_, l) => 0.4 + 0.02 * l);
const linearBias = SEGMENT_LABELS.map((_, l) => 0.3 * l - 1.1);
/** The linear concept view's exported intercepts, as export.ts rounds them. */
const transferBias = linearBias.map((b, l) => round6(b - logit(thresholds[l]!)));
const fitted: ConceptBlend = { blend, thresholds, oof: [], gains: [] };
const fit: HiddenFit = {
  model: {
    units: 1,
    labels: N,
    pooling: SEGMENT_LABELS.map(() => 0.5),
    embedding: Float32Array.of(0.5, -0.25),
    bias: Float64Array.of(0),
    output: new Float64Array(N).fill(0.1),
    outputBias: new Float64Array(N).fill(2),
  },
  vocab: {
    ids: Uint32Array.of(7, 9),
    index: new Map([
      [7, 0],
      [9, 1],
    ]),
  },
};

/** A linear model whose transfer intercepts are `transfer` (the rest as export.ts writes it for nothing). */
function linearModel(transfer: readonly number[]): ClassifierModel {
  return exportModel({
    merged: { ids: Uint32Array.of(7), weights: new Float32Array(N).fill(1), bias: new Float64Array(N) },
    pooling: SEGMENT_LABELS.map(() => 0),
    context: { full: noContext, concepts: noContext },
    config: { bigrams: true, pairWindow: 3, wordPrefix: 0, normPower: 0.5, lengthBounds: [], lengthValue: 1 },
    lexicon: conceptLexicon,
    trainedLangs: ['en'],
    bias: SEGMENT_LABELS.map(() => 0),
    transferBias: transfer,
    pruneBelow: 0,
  });
}

describe('the concept stage keeps the linear intercept of labels it is not blended into', () => {
  it('copies transferBias for a = 0 and blends the others', () => {
    const stage = exportConceptStage(fit, fitted, linearBias, transferBias, noContext);
    SEGMENT_LABELS.forEach((_, l) => {
      if (l !== 1) expect(stage.intercepts[l]).toBe(transferBias[l]);
    });
    expect(stage.intercepts[1]).toBeCloseTo(0.75 * linearBias[1]! + 0.25 * 2 - logit(thresholds[1]!), 5);
  });

  it('fails when the stage chose another threshold for a label of blend 0', () => {
    const other = { ...fitted, thresholds: thresholds.map((t, l) => (l === 4 ? t + 0.01 : t)) };
    expect(() => exportConceptStage(fit, other, linearBias, transferBias, noContext)).toThrow(/access/);
  });

  it('takes the rate-matched transferBias when the shift agrees, and fails when it does not', () => {
    const stage = exportConceptStage(fit, fitted, linearBias, transferBias, noContext);
    const shifts = SEGMENT_LABELS.map((_, l) => 0.0123 * (l + 1));
    const matched = linearModel(transferBias.map((b, l) => b + shifts[l]!));
    const model = withConceptStage(
      matched,
      matched,
      stage,
      () => shifts,
      () => undefined,
    );
    SEGMENT_LABELS.forEach((_, l) => {
      if (l !== 1) expect(model.hiddenConcepts?.intercepts[l]).toBe(matched.transferBias[l]);
    });
    expect(model.hiddenConcepts?.intercepts[1]).toBe(round6(stage.intercepts[1]! + shifts[1]!));
    const drifted = shifts.map((d, l) => (l === 0 ? d + 0.05 : d));
    expect(() =>
      withConceptStage(
        matched,
        matched,
        stage,
        () => drifted,
        () => undefined,
      ),
    ).toThrow(/collection/);
  });
});

describe('keepLinearIntercepts', () => {
  it('accepts rounding to 6 significant digits and leaves blended labels alone', () => {
    const computed = [1.23456789, 5, -0.000001]; // the last under 1 in absolute value: tolerance 1e-5
    const out = keepLinearIntercepts([0, 0.4, 0], computed, [1.23457, 9, 0.000004], 'test');
    expect(out).toEqual([1.23457, 5, 0.000004]);
  });

  it('names every label that differs', () => {
    expect(() => keepLinearIntercepts([0, 0, 0], [1, 2, 3], [1.001, 2, 3.5], 'test')).toThrow(
      /test: .*collection 1 vs 1\.001, retention 3 vs 3\.5/,
    );
  });
});
