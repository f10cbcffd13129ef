/**
 * Document context (a stacked second stage): segments of a policy cluster by topic, so a label's score
 * for one segment is corrected by the first stage's scores of the same label in its neighbours.
 *
 * For label l and segment i, with s the first stage's calibrated logit (0 at the decision point) and
 * u = clip(s, ±CLIP) / CLIP_SCALE, the second-stage logit is
 *   clip(s) + w_self * u_i + sum over offsets d of w_d * u_(i+d) + bias
 * (a residual on the first stage: zero weights give the first stage back). A missing neighbour (page
 * edges, a one-segment page) reads as u = 0, a neighbour at its decision point, so a lone segment keeps
 * about its first-stage score. A label with no weights keeps its first-stage logit. Trained on out-of-fold first-stage scores (tools/train/context.ts).
 *
 * With `neighbours` (optional; absent: one segment per offset), a neighbour is read by its words: a page's
 * one-line paragraphs and bold pseudo-headings say less than the corpora's paragraph-long segments. The
 * neighbour at offset ±m is the m-th run of segments in that direction, each run one segment (`merge`
 * false) or as many whole segments as it takes to reach `words` words (`merge` true), read as
 * sum(n_j * u_j) / max(words, sum(n_j)) over its segments j of n_j words: a run of at least `words` words
 * reads as its word-weighted mean, a shorter one (a one-line neighbour, a page edge) closer to 0. A neighbour
 * that is not merged counts at most `words` of its words (`countedWords`), so it reads n_j * u_j / words.
 * A segment's words are those its first stage read, heading included (`segmentWords`), in training and at
 * run time alike.
 */

import { isWhiteSpace } from '../text/letters';
import { readHeading } from './features';

export const CONTEXT_CLIP = 8;
export const CONTEXT_SCALE = 4;

/** How neighbours are read by their words (see above). */
export interface NeighbourReading {
  /** Words a neighbour needs to count fully. */
  readonly words: number;
  /** Whether a neighbour run takes following segments until it has `words` words. */
  readonly merge: boolean;
}

export interface ContextWeights {
  /** Neighbour offsets read (e.g. -1, 1, -2, 2). */
  readonly offsets: readonly number[];
  /** Neighbours read by their words (absent: one segment per offset, whatever its length). */
  readonly neighbours?: NeighbourReading;
  /**
   * Per label: [] (no context) or 2 + offsets.length weights: [w_self, w_d per offset, bias].
   */
  readonly labels: ReadonlyArray<readonly number[]>;
}

export function clipLogit(s: number): number {
  return Math.max(-CONTEXT_CLIP, Math.min(CONTEXT_CLIP, s));
}

/** Number of weights a label with context has. */
export function contextWidth(offsets: readonly number[]): number {
  return 2 + offsets.length;
}

/**
 * Words of a segment's text (runs of characters that are not white space, as `/\S+/g` finds them), as
 * `neighbours` counts them, counted up to `upTo`: a neighbour that is not merged reads only whether it
 * has `words` words or how many fewer (see `neighbourRun`), so the run time need not count further.
 */
export function wordCount(text: string, upTo = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < upTo; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The words a neighbour reading counts of a segment of `n` words: all when merged, else at most `words`. */
export function countedWords(n: number, reading: NeighbourReading): number {
  return Math.min(n, wordLimit(reading));
}

/** How many words of a segment a neighbour reading can count: all when merged, else `words`. */
function wordLimit(reading: NeighbourReading): number {
  return reading.merge ? Number.POSITIVE_INFINITY : reading.words;
}

/**
 * A segment's words for reading it as a neighbour: the words of what its first stage read, its text under
 * its section heading (`segmentInput`: the heading once, not when the text is the heading itself), counted
 * up to `upTo`. The one rule for both sides: a page's segment is read under its heading; a training
 * corpus segment is read with heading '' (its text holds its section's heading where the corpus kept one:
 * "Sicherheit Wir bemühen uns ...").
 */
export function segmentWords(text: string, heading: string, upTo = Number.POSITIVE_INFINITY): number {
  // The words of segmentInput(text, heading), counted in its two parts (a line break parts them) so that
  // no joined string is made and copied.
  const h = readHeading(text, heading);
  if (h === '') return wordCount(text, upTo);
  const inHeading = wordCount(h, upTo);
  return inHeading + wordCount(text, upTo - inHeading);
}

/** A segment's words as `reading` counts them (`segmentWords`, `countedWords`), counting no further than it needs. */
export function wordsRead(text: string, heading: string, reading: NeighbourReading): number {
  return segmentWords(text, heading, wordLimit(reading));
}

/** Segment lengths and how to read neighbours by them (`ContextWeights.neighbours`). */
export interface NeighbourLengths {
  readonly reading: NeighbourReading;
  /** Words of each of the k segments. */
  readonly words: ArrayLike<number>;
}

/** A segment's length in a neighbour run: its counted words, at least 1 (an empty segment counts as one word). */
function lengthOf(words: number | undefined, reading: NeighbourReading): number {
  return Math.max(1, countedWords(words ?? 1, reading));
}

/** The m-th neighbour run (m >= 1) of segment i in direction s (±1), read by words (see the top). */
function neighbourRun(
  z: Float64Array,
  k: number,
  n: number,
  i: number,
  l: number,
  s: number,
  m: number,
  by: NeighbourLengths,
): number {
  const { words, merge } = by.reading;
  const counts = by.words;
  let at = i + s;
  // Pass over the m - 1 nearer runs.
  for (let r = 1; r < m && at >= 0 && at < k; r++) {
    let got = 0;
    do {
      got += lengthOf(counts[at], by.reading);
      at += s;
    } while (merge && got < words && at >= 0 && at < k);
  }
  let sum = 0;
  let got = 0;
  while (at >= 0 && at < k) {
    const nj = lengthOf(counts[at], by.reading);
    sum += (nj * clipLogit(z[at * n + l]!)) / CONTEXT_SCALE;
    got += nj;
    at += s;
    if (!merge || got >= words) break;
  }
  return sum / Math.max(words, got);
}

/**
 * The inputs of label l at segment i over first-stage logits z (k segments, n labels, row-major):
 * [u_i, u_(i+d) per offset (0 when outside the page), 1]. With `by`, neighbours are read by their words.
 */
export function contextInputs(
  z: Float64Array,
  k: number,
  n: number,
  i: number,
  l: number,
  offsets: readonly number[],
  out: Float64Array,
  by?: NeighbourLengths,
): void {
  out[0] = clipLogit(z[i * n + l]!) / CONTEXT_SCALE;
  for (let j = 0; j < offsets.length; j++) {
    const d = offsets[j]!;
    if (by !== undefined) {
      out[1 + j] = neighbourRun(z, k, n, i, l, Math.sign(d), Math.abs(d), by);
      continue;
    }
    const at = i + d;
    const present = at >= 0 && at < k;
    out[1 + j] = present ? clipLogit(z[at * n + l]!) / CONTEXT_SCALE : 0;
  }
  out[out.length - 1] = 1;
}

/**
 * Second-stage logits of k segments (row-major k * n) from first-stage logits z. `words`: each segment's
 * word count, read when the weights read neighbours by their words.
 */
export function applyContext(
  z: Float64Array,
  k: number,
  n: number,
  weights: ContextWeights,
  words?: ArrayLike<number>,
): Float64Array {
  const out = Float64Array.from(z);
  const x = new Float64Array(contextWidth(weights.offsets));
  const by =
    weights.neighbours === undefined ? undefined : { reading: weights.neighbours, words: words ?? [] };
  for (let l = 0; l < n; l++) {
    const w = weights.labels[l];
    if (w === undefined || w.length === 0) continue;
    for (let i = 0; i < k; i++) {
      contextInputs(z, k, n, i, l, weights.offsets, x, by);
      let s = clipLogit(z[i * n + l]!);
      for (let j = 0; j < x.length; j++) s += w[j]! * x[j]!;
      out[i * n + l] = s;
    }
  }
  return out;
}
