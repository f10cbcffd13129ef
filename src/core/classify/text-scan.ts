/**
 * One pass over normalised text that does the work of tokenize() + hashing + concept matching at once:
 * it finds the tokens (maximal runs of letters and digits), hashes each (FNV-1a, optionally only its
 * first `wordPrefix` characters), classifies it (word, number, year, e-mail or URL mark) and runs the
 * concept automaton over the tokens joined by single spaces, exactly as compileMatcher().match would.
 */

import { ALPHABET, type Automaton, SYMBOL } from './concepts';
import { EMAIL_MARK, URL_MARK } from './tokenize';

export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_YEAR = 2;
export const KIND_EMAIL = 3;
export const KIND_URL = 4;

const FNV_PRIME = 0x01000193;
const TOKEN_CHAR_RE = /^[\p{L}\p{N}]$/u;
/** 0: not yet known, 1: letter or digit, 2: other; for UTF-16 units >= 128. */
const unitClass = new Uint8Array(65536);
const ASCII_TOKEN = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_TOKEN[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_TOKEN[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_TOKEN[c] = 1;

function isTokenCodePoint(cp: number): boolean {
  return TOKEN_CHAR_RE.test(String.fromCodePoint(cp));
}

function isTokenUnit(c: number): boolean {
  let k = unitClass[c]!;
  if (k === 0) {
    k = isTokenCodePoint(c) ? 1 : 2;
    unitClass[c] = k;
  }
  return k === 1;
}

/** Reusable output buffers of scanText. */
export class ScanResult {
  tokens = 0;
  hash = new Uint32Array(256);
  kind = new Uint8Array(256);
  hits = 0;
  hitToken = new Int32Array(256);
  hitConcept = new Int32Array(256);

  reset(): void {
    this.tokens = 0;
    this.hits = 0;
  }

  addToken(hash: number, kind: number): void {
    if (this.tokens === this.hash.length) {
      const h = new Uint32Array(this.hash.length * 2);
      h.set(this.hash);
      this.hash = h;
      const k = new Uint8Array(this.kind.length * 2);
      k.set(this.kind);
      this.kind = k;
    }
    this.hash[this.tokens] = hash;
    this.kind[this.tokens++] = kind;
  }

  addHit(token: number, concept: number): void {
    if (this.hits === this.hitToken.length) {
      const t = new Int32Array(this.hitToken.length * 2);
      t.set(this.hitToken);
      this.hitToken = t;
      const c = new Int32Array(this.hitConcept.length * 2);
      c.set(this.hitConcept);
      this.hitConcept = c;
    }
    this.hitToken[this.hits] = token;
    this.hitConcept[this.hits++] = concept;
  }
}

function tokenKind(text: string, start: number, len: number, digits: boolean): number {
  if (digits) {
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    return len === 4 && ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) ? KIND_YEAR : KIND_NUMBER;
  }
  if (len === EMAIL_MARK.length && text.startsWith(EMAIL_MARK, start)) return KIND_EMAIL;
  if (len === URL_MARK.length && text.startsWith(URL_MARK, start)) return KIND_URL;
  return KIND_WORD;
}

/**
 * Scans `text` (normalised, e-mails and URLs already replaced by their marks) into `out`; returns the
 * automaton's state at the end (after the space that follows the last token).
 */
export function scanText(
  text: string,
  auto: Automaton,
  seed: number,
  wordPrefix: number,
  out: ScanResult,
): number {
  const { delta, outStart, outIds } = auto;
  out.reset();
  let s = delta[1]!; // the leading space
  let inToken = false;
  let h = 0;
  let len = 0;
  let start = 0;
  let digits = true;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let isToken: boolean;
    if (c < 128) isToken = ASCII_TOKEN[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // an astral code point: both of its UTF-16 units are in or out together
      isToken = isTokenCodePoint(text.codePointAt(i)!);
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) isToken = inToken;
    else isToken = isTokenUnit(c);
    if (isToken) {
      if (!inToken) {
        inToken = true;
        h = seed;
        len = 0;
        start = i;
        digits = true;
      }
      if (wordPrefix === 0 || len < wordPrefix) h = Math.imul(h ^ c, FNV_PRIME);
      len++;
      if (c < 48 || c > 57) digits = false;
      s = delta[s * ALPHABET + (c < 128 ? SYMBOL[c]! : 0)]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) out.addHit(out.tokens, outIds[k]!);
    } else if (inToken) {
      inToken = false;
      const t = out.tokens;
      out.addToken(h >>> 0, tokenKind(text, start, len, digits));
      s = delta[s * ALPHABET + 1]!; // the space after the token
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) out.addHit(t, outIds[k]!);
    }
  }
  return s;
}

/**
 * What scanText finds, counted: adds each concept hit to `counts[concept]` and returns the number of
 * tokens (the concept profile of the verdict needs no more, and no hashes).
 */
export function countConcepts(text: string, auto: Automaton, counts: Int32Array): number {
  const { delta, outStart, outIds } = auto;
  let s = delta[1]!; // the leading space
  let inToken = false;
  let tokens = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let isToken: boolean;
    if (c < 128) isToken = ASCII_TOKEN[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) isToken = isTokenCodePoint(text.codePointAt(i)!);
    else if (c >= 0xdc00 && c <= 0xdfff && i > 0) isToken = inToken;
    else isToken = isTokenUnit(c);
    if (isToken) {
      inToken = true;
      s = delta[s * ALPHABET + (c < 128 ? SYMBOL[c]! : 0)]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) counts[outIds[k]!]!++;
    } else if (inToken) {
      inToken = false;
      tokens++;
      s = delta[s * ALPHABET + 1]!; // the space after the token
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) counts[outIds[k]!]!++;
    }
  }
  return tokens;
}

/** Whether the UTF-16 unit at i of `text` (c) belongs to a token, as scanText reads it (`inToken`: the unit before did). */
function isTokenAt(text: string, i: number, c: number, inToken: boolean): boolean {
  if (c < 128) return ASCII_TOKEN[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return isTokenCodePoint(text.codePointAt(i)!);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return inToken;
  return isTokenUnit(c);
}

/** The number of tokens scanText finds in `text`. */
export function countTokens(text: string): number {
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const isToken = isTokenAt(text, i, text.charCodeAt(i), inToken);
    if (isToken && !inToken) tokens++;
    inToken = isToken;
  }
  return tokens;
}

/**
 * A text read in pieces (the featuriser's sentences) is counted as countConcepts would count it whole:
 * one automaton run over all the tokens, not one run per piece. The run of a piece starts afresh and
 * misses what the run before carries over (a concept of several words across the break), but once the
 * carried-over state and the fresh one meet they stay one: only the piece's first few characters are
 * read again. After scanText(piece) filled `out`, this adds the concept hits of the whole run from the
 * piece's token `skip` on to `counts` (concept c at counts[at + c]) and returns the run's state at the
 * piece's end; `carried` is the run's state where token `skip` begins (the leading space's state where
 * the whole text begins), `end` the piece's own run's state at its end (what scanText returned).
 */
export function continueConcepts(
  piece: string,
  auto: Automaton,
  out: ScanResult,
  end: number,
  skip: number,
  carried: number,
  counts: Int32Array,
  at: number,
): number {
  const { delta, outStart, outIds } = auto;
  for (let k = 0; k < out.hits; k++) if (out.hitToken[k]! >= skip) counts[at + out.hitConcept[k]!]!++;
  // Most pieces begin where nothing is carried over: the two runs are one from the start.
  if (skip === 0 && carried === delta[1]) return end;
  // The piece's own run (s) again, and the carried-over run (w) beside it from token `skip`, until they meet.
  let s = delta[1]!;
  let w = -1;
  let inToken = false;
  let t = 0;
  const n = piece.length;
  for (let i = 0; i <= n; i++) {
    if (w === s) return end;
    const c = i < n ? piece.charCodeAt(i) : 32;
    const isToken = i < n && isTokenAt(piece, i, c, inToken);
    let symbol: number;
    if (isToken) {
      if (!inToken && t === skip) w = carried;
      inToken = true;
      symbol = c < 128 ? SYMBOL[c]! : 0;
    } else if (inToken) {
      inToken = false;
      t++;
      symbol = 1;
    } else continue;
    s = delta[s * ALPHABET + symbol]!;
    if (w < 0) continue;
    w = delta[w * ALPHABET + symbol]!;
    if (w === s) continue;
    for (let k = outStart[s]!; k < outStart[s + 1]!; k++) counts[at + outIds[k]!]!--;
    for (let k = outStart[w]!; k < outStart[w + 1]!; k++) counts[at + outIds[k]!]!++;
  }
  return w < 0 ? carried : w;
}
