/**
 * Segment featuriser. A text becomes sparse vectors of hashed feature ids in two groups, each
 * normalised on its own (value n ^ -normPower for n distinct features):
 * - words: unigrams and bigrams of normalised tokens, namespaced by language (so a language without
 *   training data simply has no weights here);
 * - concepts: language-independent ids of lexicon concepts, shape tokens (#num, #year, #dur, #email,
 *   #url) and ordered pairs of concepts that occur close together ("retain ... #dur");
 * plus one length bucket (value 1). A segment is read once, sentence by sentence: each sentence is an
 * instance, and the whole segment is the union of its sentences' features.
 */

import type { Lang } from '../vocabulary';
import { type Automaton, compileAutomaton, type Lexicon } from './concepts';
import { FeatureGroup } from './feature-group';
import { combineHashes, hashString } from './hash';
import { normalizeText } from './normalize';
import { CONCEPT_SEED, Occurrences } from './occurrences';
import type { ReadBuffers } from './read-buffers';
import { splitSentences } from './sentences';
import { continueConcepts, countTokens, KIND_NUMBER, KIND_YEAR, ScanResult, scanText } from './text-scan';
import { markSpecialTokens } from './tokenize';

export interface FeatureConfig {
  /** Emit word bigrams. */
  readonly bigrams: boolean;
  /** Emit ordered concept pairs whose tokens are at most `pairWindow` tokens apart. */
  readonly pairWindow: number;
  /** Truncate words to this many characters before hashing (0: keep whole words). */
  readonly wordPrefix: number;
  /** Feature value in a group of n distinct features: n ^ -normPower (0.5: L2-normalised). */
  readonly normPower: number;
  /**
   * Length buckets: a text of n tokens falls in the first bucket whose upper bound is >= n (or in the
   * last one, above every bound). No bounds: no length feature.
   */
  readonly lengthBounds: readonly number[];
  /** Value of the length feature (small values let the L2 penalty keep the length prior weak). */
  readonly lengthValue: number;
}

/** `full` reads everything; `concepts` drops the language-specific word group. */
export type FeatureView = 'full' | 'concepts';

export interface FeatureVector {
  readonly ids: Uint32Array;
  readonly values: Float32Array;
}

/** `segment`: the whole segment is one instance; `sentences`: one instance per sentence. */
export type InstanceMode = 'segment' | 'sentences';

/** Several feature vectors back to back: instance i is [starts[i], starts[i + 1]). */
export interface InstanceVectors extends FeatureVector {
  readonly starts: Int32Array;
}

export interface SentenceVectors extends InstanceVectors {
  /** Position of each feature in the segment vector's ids, or -1 (the sentence's length bucket). */
  readonly local: Int32Array;
}

export interface SegmentFeatures {
  /** The whole segment: the union of its sentences' features (one instance). */
  readonly segment: InstanceVectors;
  /** One instance per sentence. */
  readonly sentences: SentenceVectors;
}

/**
 * What countConcepts finds in a segment's text alone (without its heading): its tokens, and the hits of
 * concept c added to counts[at + c]. The featuriser fills it while it reads, so the page verdict need
 * not scan the text again.
 */
export interface ConceptTally {
  tokens: number;
  counts: Int32Array;
  at: number;
}

export interface Featurizer {
  readonly config: FeatureConfig;
  /**
   * Reads a segment under its section heading (the heading is read with the first sentence). With
   * `buffers`, the vectors are views of those buffers, valid until the next read into them. With `tally`,
   * also counts the concepts of the text.
   */
  read(
    text: string,
    heading: string,
    lang: Lang,
    view: FeatureView,
    buffers?: ReadBuffers,
    tally?: ConceptTally,
  ): SegmentFeatures;
  /** The whole-segment vector of `read`. */
  featurize(text: string, heading: string, lang: Lang, view?: FeatureView): FeatureVector;
  /** `read` in one of its two readings. */
  instances(
    text: string,
    heading: string,
    lang: Lang,
    view: FeatureView,
    mode: InstanceMode,
  ): InstanceVectors;
}

const WORD_SEED = hashString('word');
const NUM_WORD = '#num';

/** The text the featuriser reads: the section heading (when it adds something) and the segment. */
export function segmentInput(text: string, heading: string): string {
  const h = readHeading(text, heading);
  return h === '' ? text : `${h}\n${text}`;
}

/** The heading segmentInput puts before the text (and a line break), or ''. */
export function readHeading(text: string, heading: string): string {
  const h = heading.trim();
  return h === text.trim() ? '' : h;
}

interface Piece {
  readonly w0: number;
  readonly w1: number;
  readonly c0: number;
  readonly c1: number;
  readonly tokens: number;
}

export function createFeaturizer(lexicon: Lexicon, config: FeatureConfig): Featurizer {
  const bounds = config.lengthBounds;
  const lengthIds = Array.from({ length: bounds.length + 1 }, (_, i) => hashString(`#len${i}`, CONCEPT_SEED));
  const bucketOf = (tokens: number): number => {
    let b = 0;
    while (b < bounds.length && tokens > bounds[b]!) b++;
    return b;
  };
  const automata = new Map<Lang, Automaton>();
  const wordSeeds = new Map<Lang, number>();
  const scan = new ScanResult();
  const occurrences = new Occurrences(lexicon, config.pairWindow);
  const words = new FeatureGroup();
  const concepts = new FeatureGroup();

  const automatonFor = (lang: Lang): Automaton => {
    let a = automata.get(lang);
    if (a === undefined) {
      a = compileAutomaton(lexicon, lang);
      automata.set(lang, a);
    }
    return a;
  };
  const wordSeedFor = (lang: Lang): number => {
    let s = wordSeeds.get(lang);
    if (s === undefined) {
      s = hashString(lang, WORD_SEED);
      wordSeeds.set(lang, s);
    }
    return s;
  };

  const addWords = (seed: number): void => {
    const numHash = hashString(NUM_WORD, seed);
    let prev = hashString('#start', seed);
    for (let t = 0; t < scan.tokens; t++) {
      const k = scan.kind[t]!;
      const h = k === KIND_NUMBER || k === KIND_YEAR ? numHash : scan.hash[t]!;
      words.add(h);
      if (config.bigrams) words.add(combineHashes(prev, h));
      prev = h;
    }
  };

  /**
   * The tally being filled (null: none), the heading's tokens still to pass over before the text's own
   * begin, and the state of the concept automaton's run over the text (see continueConcepts).
   */
  let tally: ConceptTally | null = null;
  let headingTokens = 0;
  let carried = 0;
  /** The tokens of the heading read last (the segments of a section share their heading). */
  let lastHeading = '';
  let lastHeadingTokens = 0;
  const tokensOf = (heading: string): number => {
    if (heading !== lastHeading) {
      lastHeading = heading;
      lastHeadingTokens = countTokens(markSpecialTokens(normalizeText(heading)));
    }
    return lastHeadingTokens;
  };

  /** Appends one sentence's distinct word and concept ids to the buffers. */
  const readPiece = (piece: string, lang: Lang, view: FeatureView): Piece => {
    const seed = wordSeedFor(lang);
    const marked = markSpecialTokens(normalizeText(piece));
    const automaton = automatonFor(lang);
    const end = scanText(marked, automaton, seed, config.wordPrefix, scan);
    if (tally !== null) {
      if (headingTokens >= scan.tokens) headingTokens -= scan.tokens;
      else {
        tally.tokens += scan.tokens - headingTokens;
        carried = continueConcepts(
          marked,
          automaton,
          scan,
          end,
          headingTokens,
          carried,
          tally.counts,
          tally.at,
        );
        headingTokens = 0;
      }
    }
    words.nextSentence();
    concepts.nextSentence();
    const w0 = words.sentence.length;
    const c0 = concepts.sentence.length;
    if (view === 'full') addWords(seed);
    occurrences.collect(scan);
    occurrences.addFeatures(concepts);
    return { w0, w1: words.sentence.length, c0, c1: concepts.sentence.length, tokens: scan.tokens };
  };

  /**
   * Writes one normalised vector (the words w[w0, w1), the concepts c[c0, c1), the length bucket) at
   * `at`; returns its end. Copied entry by entry: sentences are short, and views cost more than copying.
   */
  const writeVector = (
    w: Uint32Array,
    w0: number,
    w1: number,
    c: Uint32Array,
    c0: number,
    c1: number,
    tokens: number,
    ids: Uint32Array,
    values: Float32Array,
    at: number,
  ): number => {
    const nw = w1 - w0;
    const nc = c1 - c0;
    const wv = nw > 0 ? nw ** -config.normPower : 0;
    for (let i = w0; i < w1; i++) {
      ids[at] = w[i]!;
      values[at++] = wv;
    }
    const cv = nc > 0 ? nc ** -config.normPower : 0;
    for (let i = c0; i < c1; i++) {
      ids[at] = c[i]!;
      values[at++] = cv;
    }
    ids[at] = lengthIds[bucketOf(tokens)]!;
    values[at] = bounds.length > 0 ? config.lengthValue : 0;
    return at + 1;
  };

  const read = (
    text: string,
    heading: string,
    lang: Lang,
    view: FeatureView,
    buffers?: ReadBuffers,
    conceptTally?: ConceptTally,
  ): SegmentFeatures => {
    words.reset();
    concepts.reset();
    const h = readHeading(text, heading);
    tally = conceptTally ?? null;
    if (tally !== null) {
      tally.tokens = 0;
      headingTokens = tokensOf(h);
      carried = automatonFor(lang).delta[1]!;
    }
    const pieces = splitSentences(segmentInput(text, heading)).map((p) => readPiece(p, lang, view));
    tally = null;
    const nw = words.segment.length;
    const n = nw + concepts.segment.length + 1;
    const segIds = buffers ? buffers.u32Of(0, n) : new Uint32Array(n);
    const segValues = buffers ? buffers.f32Of(0, n) : new Float32Array(n);
    const tokens = pieces.reduce((sum, p) => sum + p.tokens, 0);
    const cs = concepts.segment;
    writeVector(words.segment.data, 0, nw, cs.data, 0, cs.length, tokens, segIds, segValues, 0);
    const segStarts = buffers ? buffers.i32Of(2, 2) : new Int32Array(2);
    segStarts[0] = 0;
    segStarts[1] = n;
    const segment: InstanceVectors = { ids: segIds, values: segValues, starts: segStarts };
    const total = words.sentence.length + concepts.sentence.length + pieces.length;
    const ids = buffers ? buffers.u32Of(1, total) : new Uint32Array(total);
    const values = buffers ? buffers.f32Of(1, total) : new Float32Array(total);
    const local = buffers ? buffers.i32Of(0, total) : new Int32Array(total);
    const starts = buffers ? buffers.i32Of(1, pieces.length + 1) : new Int32Array(pieces.length + 1);
    starts[0] = 0;
    const ws = words.sentence.data;
    const wl = words.local.data;
    const cl = concepts.local.data;
    let at = 0;
    pieces.forEach((p, i) => {
      const end = writeVector(ws, p.w0, p.w1, concepts.sentence.data, p.c0, p.c1, p.tokens, ids, values, at);
      let k = at;
      for (let j = p.w0; j < p.w1; j++) local[k++] = wl[j]!;
      for (let j = p.c0; j < p.c1; j++) local[k++] = nw + cl[j]!;
      local[end - 1] = -1;
      at = end;
      starts[i + 1] = at;
    });
    return { segment, sentences: { ids, values, starts, local } };
  };

  return {
    config,
    read,
    featurize: (text, heading, lang, view = 'full') => read(text, heading, lang, view).segment,
    instances: (text, heading, lang, view, mode) =>
      mode === 'segment'
        ? read(text, heading, lang, view).segment
        : read(text, heading, lang, view).sentences,
  };
}
