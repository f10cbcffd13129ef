/** Quantises a trained model to int8 per label, drops empty rows and writes the classifier.json object. */
import type { Lexicon } from '../../src/core/classify/concepts';
import type { FeatureConfig } from '../../src/core/classify/features';
import { encodeKeys, encodeWeights } from '../../src/core/classify/model-codec';
import { type ClassifierModel, MODEL_FORMAT, MODEL_VERSION } from '../../src/core/classify/model-format';
import { type Lang, SEGMENT_LABELS } from '../../src/core/vocabulary';
import type { MergedWeights } from './merge';

export interface ExportInput {
  readonly merged: MergedWeights;
  readonly pooling: readonly number[];
  readonly context: ClassifierModel['context'];
  readonly config: FeatureConfig;
  readonly lexicon: Lexicon;
  readonly trainedLangs: readonly Lang[];
  readonly bias: readonly number[];
  readonly transferBias: readonly number[];
  /** Quantised weights with |q| <= this are dropped (0 keeps every non-zero one). */
  readonly pruneBelow: number;
  /**
   * Feature ids whose row is kept even when all its linear weights quantise to 0: the hidden-layer stage
   * shares the linear model's rows, so a feature it learned needs a row of its own (train/hidden-stage.ts).
   */
  readonly keepIds?: ReadonlySet<number>;
}

const round6 = (x: number): number => Number(x.toPrecision(6));

export function exportModel(input: ExportInput): ClassifierModel {
  const { ids, weights } = input.merged;
  const L = SEGMENT_LABELS.length;
  const rowsIn = ids.length;
  const scale = SEGMENT_LABELS.map((_, l) => {
    let max = 0;
    for (let f = 0; f < rowsIn; f++) max = Math.max(max, Math.abs(weights[f * L + l]!));
    return max > 0 ? round6(max / 127) : 0;
  });
  const keys: number[] = [];
  const rows: number[] = [];
  for (let f = 0; f < rowsIn; f++) {
    const q = SEGMENT_LABELS.map((_, l) => {
      const s = scale[l]!;
      const v = s > 0 ? Math.round(weights[f * L + l]! / s) : 0;
      return Math.abs(v) <= input.pruneBelow ? 0 : Math.max(-127, Math.min(127, v));
    });
    if (q.every((v) => v === 0) && input.keepIds?.has(ids[f]!) !== true) continue;
    keys.push(ids[f]!);
    rows.push(...q);
  }
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: [...SEGMENT_LABELS],
    config: input.config,
    lexicon: input.lexicon,
    trainedLangs: [...input.trainedLangs],
    bias: input.bias.map(round6),
    transferBias: input.transferBias.map(round6),
    pooling: [...input.pooling],
    context: input.context,
    scale,
    rows: keys.length,
    keys: encodeKeys(Uint32Array.from(keys)),
    weights: encodeWeights(Int8Array.from(rows), L),
    // the hidden-layer stage shares these rows; train.ts adds it (train/hidden-stage.ts)
    hidden: null,
  };
}
