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
import { type Automaton, compileAutomaton, conceptNames, type Lexicon } from './concepts';
import { combineHashes, hashString } from './hash';
import { IdSet } from './id-set';
import { normalizeText } from './normalize';
import { splitSentences } from './sentences';
import { KIND_EMAIL, KIND_NUMBER, KIND_URL, KIND_YEAR, ScanResult, scanText } from './text-scan';
import { markSpecialTokens, tokenize } from './tokenize';

export interface FeatureConfig {
  /** Emit word bigrams. */
  readonly bigrams: boolean;
  /** Emit ordered concept pairs whose tokens are at most `pairWindow` tokens apart. */
  readonly pairWindow: number;
  /** Truncate words to this many characters before hashing (0: keep whole words). */
  readonly wordPrefix: number;
  /** Feature value in a group of n distinct features: n ^ -normPower (0.5: L2-normalised). */
  readonly normPower: number;
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

export interface Featurizer {
  readonly config: FeatureConfig;
  /** Reads a segment under its section heading (the heading is read with the first sentence). */
  read(text: string, heading: string, lang: Lang, view: FeatureView): SegmentFeatures;
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
  /** Tokens of a segment exactly as the featuriser reads them (heading first). */
  tokens(text: string, heading: string): string[];
}

const WORD_SEED = hashString('word');
const CONCEPT_SEED = hashString('concept');
const NUM_WORD = '#num';
const SHAPES = ['#num', '#year', '#dur', '#email', '#url'] as const;
const UNIT_CONCEPTS = ['unit_year', 'unit_month', 'unit_week', 'unit_day', 'unit_hour'];
const MAX_PAIRS_PER_CONCEPT = 6;
const LENGTH_BUCKETS = 10;

/** The text the featuriser reads: the section heading (when it adds something) and the segment. */
export function segmentInput(text: string, heading: string): string {
  const h = heading.trim();
  return h === '' || h === text.trim() ? text : `${h}\n${text}`;
}

/** A growable Uint32Array. */
class IdBuffer {
  data = new Uint32Array(512);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  view(from = 0, to = this.length): Uint32Array {
    return this.data.subarray(from, to);
  }
}

/** Distinct ids of one group, per sentence and over the whole segment. */
class Group {
  readonly sentence = new IdBuffer();
  /** For each sentence entry, its index in `segment`. */
  readonly local = new IdBuffer();
  readonly segment = new IdBuffer();
  private readonly inSentence = new IdSet();
  private readonly inSegment = new IdSet();
  reset(): void {
    this.sentence.length = 0;
    this.local.length = 0;
    this.segment.length = 0;
    this.inSentence.clear();
    this.inSegment.clear();
  }
  nextSentence(): void {
    this.inSentence.clear();
  }
  add(id: number): void {
    const n = this.inSegment.size;
    const index = this.inSegment.put(id);
    if (index === n) this.segment.push(id);
    if (this.inSentence.add(id)) {
      this.sentence.push(id);
      this.local.push(index);
    }
  }
}

interface Piece {
  readonly w0: number;
  readonly w1: number;
  readonly c0: number;
  readonly c1: number;
  readonly tokens: number;
}

export function createFeaturizer(lexicon: Lexicon, config: FeatureConfig): Featurizer {
  const names = conceptNames(lexicon);
  const conceptHash = Uint32Array.from([...names, ...SHAPES].map((n) => hashString(n, CONCEPT_SEED)));
  const shapeId = (s: (typeof SHAPES)[number]): number => names.length + SHAPES.indexOf(s);
  const NUM = shapeId('#num');
  const YEAR = shapeId('#year');
  const DUR = shapeId('#dur');
  const EMAIL = shapeId('#email');
  const URL = shapeId('#url');
  const isUnit = new Uint8Array(names.length + SHAPES.length);
  for (const u of UNIT_CONCEPTS) if (names.includes(u)) isUnit[names.indexOf(u)] = 1;
  const numberWordId = names.indexOf('number_word');
  const lengthIds = Array.from({ length: LENGTH_BUCKETS }, (_, i) => hashString(`#len${i}`, CONCEPT_SEED));
  const automata = new Map<Lang, Automaton>();
  const wordSeeds = new Map<Lang, number>();
  const scan = new ScanResult();

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

  const words = new Group();
  const concepts = new Group();
  const occTok: number[] = [];
  const occId: number[] = [];
  let numberish = new Uint8Array(256);

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

  const pushOcc = (t: number, id: number): void => {
    for (let j = occId.length - 1; j >= 0 && occTok[j] === t; j--) if (occId[j] === id) return;
    occTok.push(t);
    occId.push(id);
  };

  /** Concept hits merged with shape occurrences, in token order, without repeats at one token. */
  const collectOccurrences = (): void => {
    occTok.length = 0;
    occId.length = 0;
    if (numberish.length < scan.tokens) numberish = new Uint8Array(scan.tokens * 2);
    numberish.fill(0, 0, scan.tokens);
    for (let k = 0; k < scan.hits; k++)
      if (scan.hitConcept[k] === numberWordId) numberish[scan.hitToken[k]!] = 1;
    let k = 0;
    for (let t = 0; t < scan.tokens; t++) {
      const kind = scan.kind[t]!;
      if (kind === KIND_NUMBER || kind === KIND_YEAR) {
        numberish[t] = 1;
        pushOcc(t, NUM);
        if (kind === KIND_YEAR) pushOcc(t, YEAR);
      } else if (kind === KIND_EMAIL) pushOcc(t, EMAIL);
      else if (kind === KIND_URL) pushOcc(t, URL);
      for (; k < scan.hits && scan.hitToken[k] === t; k++) {
        const id = scan.hitConcept[k]!;
        pushOcc(t, id);
        if (isUnit[id] === 1 && ((t > 0 && numberish[t - 1] === 1) || (t > 1 && numberish[t - 2] === 1))) {
          pushOcc(t, DUR);
        }
      }
    }
  };

  const addConcepts = (): void => {
    for (let k = 0; k < occId.length; k++) {
      const id = occId[k]!;
      const t = occTok[k]!;
      concepts.add(conceptHash[id]!);
      let pairs = 0;
      for (
        let j = k - 1;
        j >= 0 && occTok[j]! >= t - config.pairWindow && pairs < MAX_PAIRS_PER_CONCEPT;
        j--
      ) {
        if (occTok[j]! === t || occId[j] === id) continue;
        concepts.add(combineHashes(conceptHash[occId[j]!]!, conceptHash[id]!));
        pairs++;
      }
    }
  };

  /** Appends one sentence's distinct word and concept ids to the buffers. */
  const readPiece = (piece: string, lang: Lang, view: FeatureView): Piece => {
    const seed = wordSeedFor(lang);
    scanText(markSpecialTokens(normalizeText(piece)), automatonFor(lang), seed, config.wordPrefix, scan);
    words.nextSentence();
    concepts.nextSentence();
    const w0 = words.sentence.length;
    const c0 = concepts.sentence.length;
    if (view === 'full') addWords(seed);
    collectOccurrences();
    addConcepts();
    return { w0, w1: words.sentence.length, c0, c1: concepts.sentence.length, tokens: scan.tokens };
  };

  /** Writes one normalised vector (words, concepts, length bucket) at `at`; returns its end. */
  const writeVector = (
    w: Uint32Array,
    c: Uint32Array,
    tokens: number,
    ids: Uint32Array,
    values: Float32Array,
    at: number,
  ): number => {
    ids.set(w, at);
    values.fill(w.length > 0 ? w.length ** -config.normPower : 0, at, at + w.length);
    at += w.length;
    ids.set(c, at);
    values.fill(c.length > 0 ? c.length ** -config.normPower : 0, at, at + c.length);
    at += c.length;
    ids[at] = lengthIds[Math.min(LENGTH_BUCKETS - 1, Math.floor(Math.log2(tokens + 1)))]!;
    values[at] = 1;
    return at + 1;
  };

  const read = (text: string, heading: string, lang: Lang, view: FeatureView): SegmentFeatures => {
    words.reset();
    concepts.reset();
    const pieces = splitSentences(segmentInput(text, heading)).map((p) => readPiece(p, lang, view));
    const nw = words.segment.length;
    const n = nw + concepts.segment.length + 1;
    const segIds = new Uint32Array(n);
    const segValues = new Float32Array(n);
    const tokens = pieces.reduce((sum, p) => sum + p.tokens, 0);
    writeVector(words.segment.view(), concepts.segment.view(), tokens, segIds, segValues, 0);
    const segment: InstanceVectors = { ids: segIds, values: segValues, starts: Int32Array.of(0, n) };
    const total = words.sentence.length + concepts.sentence.length + pieces.length;
    const ids = new Uint32Array(total);
    const values = new Float32Array(total);
    const local = new Int32Array(total);
    const starts = new Int32Array(pieces.length + 1);
    let at = 0;
    pieces.forEach((p, i) => {
      const end = writeVector(
        words.sentence.view(p.w0, p.w1),
        concepts.sentence.view(p.c0, p.c1),
        p.tokens,
        ids,
        values,
        at,
      );
      local.set(words.local.view(p.w0, p.w1), at);
      const c = concepts.local.view(p.c0, p.c1);
      for (let j = 0; j < c.length; j++) local[at + p.w1 - p.w0 + j] = nw + c[j]!;
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
    tokens: (text, heading) => tokenize(normalizeText(segmentInput(text, heading))),
  };
}
