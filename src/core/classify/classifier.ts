/**
 * The segment classifier: one-vs-rest logistic regression over the sparse features of features.ts, with
 * int8 weights decoded from src/model/classifier.json (written by tools/train.ts). Some labels read the
 * whole segment; others read its sentences and pool them (see model-format.ts, `pooling`). For English
 * its logits are blended with those of a small hidden-layer network (hidden-layer.ts).
 */

import type { Segment } from '../page/segment';
import { type LabelScores, type Lang, SEGMENT_LABELS } from '../vocabulary';
import { loadConceptStage, usesConceptStage } from './concept-stage';
import { conceptNames, type Lexicon } from './concepts';
import { applyContext, wordsRead } from './context';
import { type ConceptTally, createFeaturizer, type FeatureView, type InstanceVectors } from './features';
import { checkInt8Length, type HiddenLayerModel } from './hidden-format';
import { type HiddenLayer, loadHiddenLayer } from './hidden-layer';
import { headingsWithIntro } from './list-intro';
import { sigmoid } from './logistic';
import { decodeKeys, decodeWeightsInto } from './model-codec';
import { validateModel } from './model-format';
import { poolLogMeanExp } from './pooling';
import { ReadBuffers } from './read-buffers';
import { type RetentionReader, type RetentionView, withRetention } from './retention-stage';
import { RowLists } from './row-lists';
import { buildWeightTable, rowsOf } from './weight-table';

export interface Classifier {
  /** Label probabilities in [0, 1] for one segment read under its section heading. */
  score(text: string, heading: string, lang: Lang, read?: RetentionReader): LabelScores;
  /**
   * Scores every segment (segment.text under segment.heading), in order; `score` reads one segment alone.
   * In the trained languages each body segment is also read in the context of its neighbouring body
   * segments' first-stage scores (context.ts; the concept view's context stage is empty). In the concept
   * view (languages without training data) a list item is read under its heading and the sentence that
   * introduces its list (list-intro.ts). With `concepts`, also records there what countConcepts finds in
   * each segment's text (the page verdict's concept profile reads the page with the same lexicon).
   * With `read` (extraction's retention rules, read on each segment alone) and a model that has one, the
   * retention stage re-weighs the retention score of the segments the rules read (retention-stage.ts);
   * `score` applies it too.
   */
  scoreAll(
    segments: readonly Segment[],
    lang: Lang,
    concepts?: ConceptCounts,
    read?: RetentionReader,
  ): LabelScores[];
  /**
   * `scores` (scoreAll's, without a reader) with the retention stage applied, a new array: what scoreAll
   * gives with `read`. The page's reading (analyze.ts) applies it after extraction, which reads the first
   * stage's scores.
   */
  restage(
    segments: readonly Segment[],
    scores: readonly LabelScores[],
    lang: Lang,
    read: RetentionReader,
  ): LabelScores[];
  /** The multilingual concept lexicon the model reads with; the page verdict counts concepts with it too. */
  readonly lexicon: Lexicon;
}

/**
 * What countConcepts finds in the text of each segment of a page (see Classifier.scoreAll), read with
 * one lexicon in one language: tokens[i] and counts[i * width + concept] for the segment in row i.
 */
export class ConceptCounts {
  lexicon: Lexicon | null = null;
  lang: Lang | null = null;
  readonly rows = new Map<Segment, number>();
  width = 0;
  tokens: Int32Array = new Int32Array(0);
  counts: Int32Array = new Int32Array(0);

  /** Starts over for `segments`, all counts zero. */
  reset(lexicon: Lexicon, lang: Lang, segments: readonly Segment[], width: number): void {
    this.lexicon = lexicon;
    this.lang = lang;
    this.width = width;
    this.rows.clear();
    segments.forEach((s, i) => {
      this.rows.set(s, i);
    });
    this.tokens = new Int32Array(segments.length);
    this.counts = new Int32Array(segments.length * width);
  }
}

const N = SEGMENT_LABELS.length;
// sentenceSums keep the ten labels' sums in locals, written out one by one
if (N !== 10) throw new Error('sentenceSums are written for 10 labels');

/**
 * The weights of feature row r are kept at weights[r * stride ..]: label l's at + l, then the hidden
 * layer's embedding at + HIDDEN_OFFSET, so that the weights of a feature, which both stages read, share
 * a cache line (stride 32 for ten labels and sixteen hidden units; most lookups miss the cache).
 */
const HIDDEN_OFFSET = 8 * Math.ceil(N / 8);

function strideOf(hiddenUnits: number): number {
  return hiddenUnits === 0 ? N : 16 * Math.ceil((HIDDEN_OFFSET + hiddenUnits) / 16);
}

/** Raw (unscaled) logits of the given labels over one vector: out[l]. */
function segmentSums(
  v: InstanceVectors,
  rows: Int32Array,
  weights: Int8Array,
  stride: number,
  labels: Int32Array,
  out: Float64Array,
): void {
  const values = v.values;
  const nl = labels.length;
  for (let i = 0; i < values.length; i++) {
    const r = rows[i]!;
    if (r < 0) continue;
    const x = values[i]!;
    for (let q = 0; q < nl; q++) {
      const l = labels[q]!;
      out[l]! += x * weights[r * stride + l]!;
    }
  }
}

/** Raw (unscaled) logits of every label for every sentence: out[s * N + l]. */
function sentenceSums(v: RowLists, weights: Int8Array, stride: number, out: Float64Array): void {
  const k = v.count;
  const { starts, rows, values } = v;
  for (let s = 0; s < k; s++) {
    let z0 = 0,
      z1 = 0,
      z2 = 0,
      z3 = 0,
      z4 = 0,
      z5 = 0,
      z6 = 0,
      z7 = 0,
      z8 = 0,
      z9 = 0;
    for (let i = starts[s]!; i < starts[s + 1]!; i++) {
      const o = rows[i]! * stride;
      const x = values[i]!;
      z0 += x * weights[o]!;
      z1 += x * weights[o + 1]!;
      z2 += x * weights[o + 2]!;
      z3 += x * weights[o + 3]!;
      z4 += x * weights[o + 4]!;
      z5 += x * weights[o + 5]!;
      z6 += x * weights[o + 6]!;
      z7 += x * weights[o + 7]!;
      z8 += x * weights[o + 8]!;
      z9 += x * weights[o + 9]!;
    }
    const at = s * N;
    out[at] = z0;
    out[at + 1] = z1;
    out[at + 2] = z2;
    out[at + 3] = z3;
    out[at + 4] = z4;
    out[at + 5] = z5;
    out[at + 6] = z6;
    out[at + 7] = z7;
    out[at + 8] = z8;
    out[at + 9] = z9;
  }
}

/** Validates a parsed classifier.json and returns a ready classifier; throws a clear Error if malformed. */
export function loadClassifier(model: unknown): Classifier {
  const m = validateModel(model);
  const keys = decodeKeys(m.keys, m.rows);
  const stride = strideOf(m.hidden?.units ?? 0);
  const weights = new Int8Array(m.rows * stride);
  decodeWeightsInto(m.weights, m.rows, N, weights, stride);
  const table = buildWeightTable(keys);
  const featurizer = createFeaturizer(m.lexicon, m.config);
  const trained = new Set<Lang>(m.trainedLangs);
  const bias = Float64Array.from(m.bias);
  const transferBias = Float64Array.from(m.transferBias);
  const scale = Float64Array.from(m.scale);
  const pooling = Float64Array.from(m.pooling);
  const segmentLabels = Int32Array.from(SEGMENT_LABELS.map((_, l) => l).filter((l) => pooling[l] === 0));
  const sentenceLabels = Int32Array.from(SEGMENT_LABELS.map((_, l) => l).filter((l) => pooling[l]! > 0));
  // The hidden layer serves its `langs` (English) only: its embedding is decoded into `weights` on the
  // first page that needs it, after a check here of its size (a malformed model still fails at load).
  if (m.hidden !== null) checkInt8Length(m.hidden.embedding, m.rows * m.hidden.units);
  let hiddenLayer: HiddenLayer | null = null;
  const hiddenLayerOf = (hm: HiddenLayerModel): HiddenLayer =>
    (hiddenLayer ??= loadHiddenLayer(hm, m.rows, { data: weights, stride, offset: HIDDEN_OFFSET }));
  const hiddenLangs = new Set<Lang>(m.hidden?.langs ?? []);
  const hiddenIntercepts = Float64Array.from(m.hidden?.intercepts ?? []);
  // The concept view's own hidden-layer stage, when the model has one (concept-stage.ts).
  const conceptStage = m.hiddenConcepts === undefined ? null : loadConceptStage(m.hiddenConcepts);
  /**
   * Languages whose full-view logits are blended with the hidden layer's (and that use its context stage):
   * those it names that the full view reads (the trainer reads a trained language in the concept view by
   * clearing trainedLangs; it must then get the concept view's intercepts and context, not the blend's).
   */
  const blendedFor = (lang: Lang): boolean => trained.has(lang) && hiddenLangs.has(lang);
  // Scratch reused from segment to segment (a segment's logits are done before the next is read).
  const buffers = new ReadBuffers();
  const sentenceRows = new RowLists();
  let rowBuffer: Int32Array = new Int32Array(1024);
  const segmentZ = new Float64Array(N);
  let sentenceZ: Float64Array = new Float64Array(64 * N);
  const hiddenZ = new Float64Array(N);

  /** First-stage logits (calibrated: 0 at the decision point) of one segment into z[at * N ..]. */
  const logits = (
    text: string,
    heading: string,
    lang: Lang,
    z: Float64Array,
    at: number,
    tally?: ConceptTally,
  ): void => {
    const view: FeatureView = trained.has(lang) ? 'full' : 'concepts';
    const hidden = m.hidden !== null && blendedFor(lang) ? hiddenLayerOf(m.hidden) : null;
    const blended = hidden !== null;
    const conceptBlended = usesConceptStage(conceptStage, view);
    const b = blended
      ? hiddenIntercepts
      : view === 'full'
        ? bias
        : conceptBlended
          ? conceptStage.intercepts
          : transferBias;
    const read = featurizer.read(text, heading, lang, view, buffers, tally);
    rowBuffer = rowsOf(read.segment.ids, table, rowBuffer);
    segmentZ.fill(0);
    segmentSums(read.segment, rowBuffer, weights, stride, segmentLabels, segmentZ);
    const k = read.sentences.starts.length - 1;
    if (sentenceZ.length < k * N) sentenceZ = new Float64Array(2 * k * N);
    if (sentenceLabels.length > 0 || blended) sentenceRows.fill(read.sentences, rowBuffer, table);
    if (sentenceLabels.length > 0) sentenceSums(sentenceRows, weights, stride, sentenceZ);
    if (blended) hidden.logitsOfRows(sentenceRows, hiddenZ);
    else if (conceptBlended) conceptStage.logits(read, hiddenZ);
    for (let l = 0; l < N; l++) {
      const r = pooling[l]!;
      const s = scale[l]!;
      // log-mean-exp_r(s * raw) = s * log-mean-exp_(r * s)(raw)
      const raw = r === 0 ? segmentZ[l]! : s > 0 ? poolLogMeanExp(sentenceZ, k, l, r * s) : 0;
      const a = blended ? hidden.blend[l]! : conceptBlended ? conceptStage.blend[l]! : 0;
      z[at * N + l] = b[l]! + (1 - a) * s * raw + (a === 0 ? 0 : a * hiddenZ[l]!);
    }
  };

  const toScores = (z: Float64Array, at: number): LabelScores => {
    const out = {} as LabelScores;
    for (let l = 0; l < N; l++) out[SEGMENT_LABELS[l]!] = sigmoid(z[at * N + l]!);
    return out;
  };

  /** The view that reads `lang`, whose retention stage applies. */
  const retentionView = (lang: Lang): RetentionView =>
    blendedFor(lang) ? 'blended' : trained.has(lang) ? 'full' : 'concepts';
  const retained = (
    segments: readonly Segment[],
    scores: LabelScores[],
    lang: Lang,
    read: RetentionReader | undefined,
  ): LabelScores[] =>
    m.retention === undefined || read === undefined
      ? scores
      : withRetention(m.retention[retentionView(lang)], segments, scores, lang, read);

  const score = (text: string, heading: string, lang: Lang, read?: RetentionReader): LabelScores => {
    const z = new Float64Array(N);
    logits(text, heading, lang, z, 0);
    const alone: Segment = { id: 0, kind: 'paragraph', text, heading, level: 0 };
    return retained([alone], [toScores(z, 0)], lang, read)[0]!;
  };

  const conceptCount = conceptNames(m.lexicon).length;
  const scoreAll = (
    segments: readonly Segment[],
    lang: Lang,
    concepts?: ConceptCounts,
    read?: RetentionReader,
  ): LabelScores[] => {
    const k = segments.length;
    const z = new Float64Array(k * N);
    concepts?.reset(m.lexicon, lang, segments, conceptCount);
    const tally: ConceptTally | undefined = concepts && { tokens: 0, counts: concepts.counts, at: 0 };
    // The concept view reads a list item with its list's introduction (list-intro.ts); the full view
    // reads it under its heading only, as its training corpora hold no lists.
    const headings = trained.has(lang) ? null : headingsWithIntro(segments);
    segments.forEach((s, i) => {
      if (tally) tally.at = i * conceptCount;
      logits(s.text, headings?.[i] ?? s.heading, lang, z, i, tally);
      if (concepts && tally) concepts.tokens[i] = tally.tokens;
    });
    // The context runs over the body segments: headings are already read with the segments under them
    // (as in the training corpora, whose segments hold their headings); headings keep their own scores.
    const body = segments.flatMap((s, i) => (s.kind === 'heading' ? [] : [i]));
    const zb = new Float64Array(body.length * N);
    body.forEach((i, j) => {
      for (let l = 0; l < N; l++) zb[j * N + l] = z[i * N + l]!;
    });
    const context =
      m.hidden !== null && blendedFor(lang)
        ? m.hidden.context
        : trained.has(lang)
          ? m.context.full
          : (m.hiddenConcepts?.context ?? m.context.concepts);
    const reading = context.neighbours;
    const words =
      reading === undefined
        ? undefined
        : body.map((i) => wordsRead(segments[i]!.text, segments[i]!.heading, reading));
    const zc = applyContext(zb, body.length, N, context, words);
    body.forEach((i, j) => {
      for (let l = 0; l < N; l++) z[i * N + l] = zc[j * N + l]!;
    });
    return retained(
      segments,
      segments.map((_, i) => toScores(z, i)),
      lang,
      read,
    );
  };

  const restage = (
    segments: readonly Segment[],
    scores: readonly LabelScores[],
    lang: Lang,
    read: RetentionReader,
  ): LabelScores[] => retained(segments, [...scores], lang, read);

  return { score, scoreAll, restage, lexicon: m.lexicon };
}
