/**
 * `--export-check`: how many decisions on the TRAIN segments the exported model (int8 weights, its rows, the
 * hidden layers on them) takes differently from the float models it was made from, whose out-of-fold
 * predictions chose the thresholds. First stage only (no context stage), each segment read alone:
 *  - the English hidden stage: the full view of the English segments, float linear blended with the float
 *    network as the exported `hidden` is;
 *  - the concept stage (`hiddenConcepts`): the concept copies of the segments of all three corpora, read by the
 *    exported model in the concept view (trainedLangs cleared) with the stage as exported before its
 *    rate-matching shift (the float models never had that shift), against the float linear concept view
 *    blended with the float concept network. (With `conceptDropout` the copies are read through gapped
 *    lexicons, the exported model through the full one: the differences then include that.)
 */
import { loadClassifier } from '../../src/core/classify/classifier';
import type { ClassifierModel, ConceptHiddenLayerModel } from '../../src/core/classify/model-format';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { type CorpusName, corpusLang, type PolicySegment } from '../lib/policy-data';
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
  /** The sentence examples the hidden layer reads (same order as every `examples` list). */
  readonly sentences: readonly RawExample[];
  readonly blend: readonly number[];
  readonly thresholds: readonly number[];
}

type Segments = ReadonlyArray<{ corpus: CorpusName; segs: readonly PolicySegment[] }>;

const clamp = (p: number): number => Math.min(1 - 1e-12, Math.max(1e-12, p));

/** One line per label: decisions on the examples `pick` keeps that differ between `float` and `model`. */
function decisionsDiffering(
  model: unknown,
  float: FloatStage,
  segments: Segments,
  pick: (ex: RawExample) => boolean,
): string[] {
  const classifier = loadClassifier(model);
  const text = new Map(segments.map(({ corpus, segs }) => [corpus, segs]));
  const N = SEGMENT_LABELS.length;
  const flips = new Array<number>(N).fill(0);
  const positives = new Array<number>(N).fill(0);
  let count = 0;
  float.sentences.forEach((ex, i) => {
    if (!pick(ex)) return;
    const seg = text.get(ex.corpus)?.[ex.index];
    if (seg === undefined) return;
    count++;
    const exported = classifier.score(seg.text, '', corpusLang(ex.corpus));
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

/** The English hidden stage: the full view of the segments of `HIDDEN_CORPORA`. */
export function exportCheck(model: unknown, float: FloatStage, segments: Segments): string[] {
  return decisionsDiffering(
    model,
    float,
    segments,
    (ex) => ex.role === 'segment' && ex.view === 'full' && HIDDEN_CORPORA.includes(ex.corpus),
  );
}

/**
 * The concept stage: `float.hidden` is the concept network, `float.thresholds` the blended concept view's;
 * `stage` is the stage as exported before the rate-matching shift.
 */
export function conceptExportCheck(
  model: ClassifierModel,
  stage: ConceptHiddenLayerModel,
  float: FloatStage,
  segments: Segments,
): string[] {
  return decisionsDiffering(
    { ...model, trainedLangs: [], hiddenConcepts: stage },
    float,
    segments,
    (ex) => ex.role === 'twin',
  );
}
