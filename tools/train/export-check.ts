/**
 * `--export-check`: how many decisions on the English TRAIN segments the exported model (int8 weights,
 * rows of the linear model, the hidden layer on those rows) takes differently from the float models it was
 * made from, whose out-of-fold predictions chose the thresholds. First stage only (no context stage).
 */
import { loadClassifier } from '../../src/core/classify/classifier';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import type { CorpusName, PolicySegment } from '../lib/policy-data';
import { logit } from './calibrate';
import type { Fitted } from './cross-validate';
import type { RawExample } from './examples';
import { predictHidden } from './hidden-layer';
import { HIDDEN_CORPORA, type HiddenFit } from './hidden-stage';
import { predictLogReg } from './logreg';
import { toSparse } from './vocabulary';

export interface FloatStage {
  /** Per label: the fitted linear model whose column is exported and the examples it reads. */
  readonly linear: ReadonlyArray<{ fit: Fitted; examples: readonly RawExample[] }>;
  readonly hidden: HiddenFit;
  /** The full-view sentence examples the hidden layer reads (same order as every `examples` list). */
  readonly sentences: readonly RawExample[];
  readonly blend: readonly number[];
  readonly thresholds: readonly number[];
}

const clamp = (p: number): number => Math.min(1 - 1e-12, Math.max(1e-12, p));

/** One line per label: decisions that differ between the float blend and the exported model. */
export function exportCheck(
  model: unknown,
  float: FloatStage,
  segments: ReadonlyArray<{ corpus: CorpusName; segs: readonly PolicySegment[] }>,
): string[] {
  const classifier = loadClassifier(model);
  const text = new Map(segments.map(({ corpus, segs }) => [corpus, segs]));
  const N = SEGMENT_LABELS.length;
  const flips = new Array<number>(N).fill(0);
  const positives = new Array<number>(N).fill(0);
  let count = 0;
  float.sentences.forEach((ex, i) => {
    if (ex.role !== 'segment' || ex.view !== 'full' || !HIDDEN_CORPORA.includes(ex.corpus)) return;
    const seg = text.get(ex.corpus)?.[ex.index];
    if (seg === undefined) return;
    count++;
    const exported = classifier.score(seg.text, '', 'en');
    const hidden = predictHidden(float.hidden.model, toSparse(ex, float.hidden.vocab));
    SEGMENT_LABELS.forEach((label, l) => {
      const { fit, examples } = float.linear[l]!;
      const lin = predictLogReg(fit.model, toSparse(examples[i]!, fit.vocab))[l]!;
      const a = float.blend[l]!;
      const z = (1 - a) * logit(clamp(lin)) + a * hidden[l]! - logit(float.thresholds[l]!);
      if (z >= 0) positives[l]!++;
      if (z >= 0 !== exported[label] >= 0.5) flips[l]!++;
    });
  });
  return SEGMENT_LABELS.map(
    (label, l) =>
      `  ${label.padEnd(10)} ${flips[l]} of ${count} decisions differ (float positives ${positives[l]})`,
  );
}
