/**
 * The concept view's hidden-layer stage (optional member `hiddenConcepts` of classifier.json): a network
 * of the shape of hidden-layer.ts trained on the concept-only copies of the training segments, blended
 * into the concept view's logits (languages without training data) as `hidden` is into English's. It
 * reads concept features only, so it has rows of its own (its `keys`), not one per row of the linear model.
 */
import type { FeatureView, SegmentFeatures, SentenceVectors } from './features';
import { checkInt8Length } from './hidden-format';
import { type HiddenLayer, loadHiddenLayer } from './hidden-layer';
import { decodeKeys } from './model-codec';
import type { ConceptHiddenLayerModel } from './model-format';
import { buildWeightTable, rowsOf, type WeightTable } from './weight-table';

export interface ConceptStage {
  readonly blend: Float64Array;
  /** Intercepts of the blended concept view (calibrated for the 0.5 decision point). */
  readonly intercepts: Float64Array;
  /** Pooled output logits (without intercepts) of one segment read in the concept view into out. */
  logits(read: SegmentFeatures, out: Float64Array): void;
}

/**
 * The stage of a validated model. Its keys and the size of its embedding are checked here; the
 * embedding is decoded on the first segment read in the concept view (English and German pages, read in
 * the full view, never need it).
 */
export function loadConceptStage(m: ConceptHiddenLayerModel): ConceptStage {
  checkInt8Length(m.embedding, m.rows * m.units, 'hiddenConcepts');
  const table: WeightTable = buildWeightTable(decodeKeys(m.keys, m.rows));
  let layer: HiddenLayer | null = null;
  let rows: Int32Array = new Int32Array(256);
  const logits = (read: SegmentFeatures, out: Float64Array): void => {
    layer ??= loadHiddenLayer(m, m.rows, undefined, 'hiddenConcepts');
    rows = rowsOf(read.segment.ids, table, rows);
    const sentences: SentenceVectors = read.sentences;
    layer.logits(sentences, rows, table, out);
  };
  return { blend: Float64Array.from(m.blend), intercepts: Float64Array.from(m.intercepts), logits };
}

/** Whether a segment read in `view` is blended with the concept stage. */
export function usesConceptStage(stage: ConceptStage | null, view: FeatureView): stage is ConceptStage {
  return stage !== null && view === 'concepts';
}
