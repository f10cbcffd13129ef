/**
 * What literal text a lexicon term's matches must hold, read from its pattern (a lower-case term in the
 * lexicon syntax). The one-pass matcher (term-index.ts) tries a term only where the text allows a match,
 * so these sets must never be too small: when unsure, a string is cut short, and when nothing is sure the
 * answer is null. Lookarounds and anchors are ignored, which can only allow more.
 */

import { isWhiteSpace } from '../text/letters';

/** Longest string kept, and most strings per set: more adds little and costs memory. */
const MAX_LENGTH = 16;
const MAX_STRINGS = 64;
const SHORTER = [8, 4, 2, 1];

/** Beginnings of a piece of pattern: `open` ones may go on with what follows, `closed` ones stop. */
interface Beginnings {
  readonly open: readonly string[];
  readonly closed: readonly string[];
  /**
   * For a group that must match: sets of strings one of which every match of it holds, from each
   * alternative's own (unionFactors), when every alternative has some. Its beginnings cannot say this when an alternative
   * may begin with anything ("(?:\w*data|it) protect... from loss|protect\w* ... against misuse").
   */
  readonly factors?: readonly (readonly string[])[];
}

/** What the pattern readers throw where a pattern holds what they do not follow. */
export class Unknown extends Error {}

/** Thrown where a pattern holds what a reader does not follow (one instance: no stack to capture each time). */
export const UNKNOWN = new Unknown('pattern not understood');

/** Characters with a meaning in a pattern (the others match themselves), and the quantifiers among them. */
const SYNTAX = new Set('()[\\.^$|{}?*+');
const QUANTIFIERS = new Set('?*+{');

const STOP: Beginnings = { open: [], closed: [''] };
const NOTHING: Beginnings = { open: [''], closed: [] };
const DIGITS: Beginnings = { open: [...'0123456789'], closed: [] };

/** Strings one of which every match begins with, or null when a match may begin with anything. */
export function termPrefixes(source: string): string[] | null {
  const pieces = read(source);
  return pieces ? stringsOf(fold(pieces)) : null;
}

/**
 * Strings one of which every match contains, as long as can be had (for terms that may begin with
 * anything, like `\w*telefonnummer`), or null when there are none.
 */
export function termFactors(source: string): string[] | null {
  const pieces = read(source);
  return pieces ? factorsOf(pieces) : null;
}

/**
 * Two sets of strings every match holds, for a gate in two steps: first the set of fewest strings (a
 * regex of one or two literals is searched far faster than an alternation of many, which a page's
 * common words slow down: " host| move| share..." against "n't"), then termFactors' set when it differs.
 * Empty when there are none.
 */
export function termFactorSets(source: string): string[][] {
  const pieces = read(source);
  const sets = pieces ? factorSets(pieces) : [];
  if (sets.length === 0) return [];
  const longest = pickLongest(sets);
  const fewest = pickFewest(sets);
  return fewest === null || fewest.length > FEW_MAX_STRINGS || sameStrings(fewest, longest)
    ? [longest]
    : [fewest, longest];
}

/**
 * For a term found by its beginnings and confirmed by its regex: one string every match holds (the
 * first set of one string termFactorSets gives, "abroad", "tokeni", "required by law"), looked for in the
 * text before the regex runs; null when there is none, or when every beginning holds it (the text at the
 * place would always pass). One string only: a search of the text per string costs a call each.
 */
export function confirmGate(source: string): string | null {
  const gate = termFactorSets(source).find((set) => set.length === 1)?.[0];
  if (gate === undefined || gate === '') return null;
  const prefixes = termPrefixes(source);
  return prefixes?.every((p) => p.includes(gate)) ? null : gate;
}

/**
 * Strings one of which every match of a sequence holds: the beginnings of what follows one of its
 * pieces, or the factors of a group it must match, whichever's shortest string is longest; null when
 * there are none.
 */
function factorsOf(pieces: readonly Beginnings[]): string[] | null {
  const sets = factorSets(pieces);
  return sets.length > 0 ? pickLongest(sets) : null;
}

/** Every set factorsOf chooses from, in the order of the pieces. */
function factorSets(pieces: readonly Beginnings[]): string[][] {
  const sets: string[][] = [];
  for (let k = 0; k < pieces.length; k++) {
    const strings = stringsOf(fold(pieces.slice(k)));
    if (strings && strings.length > 0) sets.push(strings);
    for (const factors of pieces[k]?.factors ?? []) sets.push([...factors]);
  }
  return sets;
}

/** The first set whose shortest string is longest. */
function pickLongest(sets: readonly string[][]): string[] {
  let best = sets[0] ?? [];
  let bestLength = 0;
  for (const strings of sets) {
    const shortest = shortestOf(strings);
    if (shortest > bestLength) {
      best = strings;
      bestLength = shortest;
    }
  }
  return best;
}

/** Strings shorter than this say little ("t", "a "): a gate on them passes nearly every text. */
const FEW_MIN_LENGTH = 3;
/** A first gate of more strings than this is searched no faster than termFactors' set. */
const FEW_MAX_STRINGS = 4;

/**
 * The set of fewest strings, none shorter than FEW_MIN_LENGTH, among the sets and their beginnings cut
 * to any length (a text holding a string holds its beginnings: "n't" of "n't transfer", "n't share"...);
 * of equally few, the one whose shortest string is longest. Null when none.
 */
function pickFewest(sets: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  let bestShortest = 0;
  for (const set of sets) {
    const shortest = shortestOf(set);
    if (shortest < FEW_MIN_LENGTH) continue;
    for (let length = FEW_MIN_LENGTH; length <= MAX_LENGTH; length++) {
      const cut = [...new Set(set.map((s) => s.slice(0, length)))];
      const cutShortest = Math.min(shortest, length);
      if (
        best === null ||
        cut.length < best.length ||
        (cut.length === best.length && cutShortest > bestShortest)
      ) {
        best = cut;
        bestShortest = cutShortest;
      }
    }
  }
  return best;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

function shortestOf(strings: readonly string[]): number {
  return Math.min(...strings.map((s) => s.length));
}

/**
 * Factors of alternatives: a match of one holds one of its strings, so of all of them; none when an
 * alternative has none. Too many are cut to shorter beginnings (a text holding a string holds its
 * beginnings too). Two choices: of each alternative's longest factors (pickLongest), and of its fewest.
 */
function unionFactors(alternatives: readonly Beginnings[][]): string[][] {
  const longest = new Set<string>();
  const fewest = new Set<string>();
  for (const pieces of alternatives) {
    const sets = factorSets(pieces);
    if (sets.length === 0) return [];
    for (const f of pickLongest(sets)) longest.add(f);
    for (const f of pickFewest(sets) ?? pickLongest(sets)) fewest.add(f);
  }
  return [capped([...longest]), capped([...fewest])].filter((set) => set !== null);
}

/** A set of strings cut to at most MAX_STRINGS (shorter beginnings), or null when it holds the empty string. */
function capped(set: string[]): string[] | null {
  let strings = set;
  for (const length of SHORTER) {
    if (strings.length <= MAX_STRINGS) break;
    strings = [...new Set(strings.map((s) => s.slice(0, length)))];
  }
  return strings.length <= MAX_STRINGS && !strings.includes('') ? strings : null;
}

/** Beginnings with the factors of the alternatives they were read from (see Beginnings.factors). */
function withFactors(b: Beginnings, alternatives: readonly Beginnings[][]): Beginnings {
  const factors = unionFactors(alternatives);
  return factors.length > 0 ? { open: b.open, closed: b.closed, factors } : b;
}

/** The top-level sequence of a term as quantified pieces, or null when it cannot be read that way. */
function read(source: string): Beginnings[] | null {
  try {
    const reader = new Reader(source);
    const alternatives = reader.alternatives();
    if (reader.pos !== source.length) return null;
    return alternatives.length === 1
      ? (alternatives[0] ?? null)
      : [withFactors(union(alternatives.map(fold)), alternatives)];
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

function stringsOf(b: Beginnings): string[] | null {
  const all = [...new Set([...b.open, ...b.closed])];
  return all.includes('') ? null : all;
}

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}

  /** sequence ('|' sequence)*, each sequence as its quantified pieces. */
  alternatives(): Beginnings[][] {
    const result = [this.sequence()];
    while (this.s[this.pos] === '|') {
      this.pos++;
      result.push(this.sequence());
    }
    return result;
  }

  /** atom quantifier? ... up to '|', ')' or the end; a run of plain characters is one piece. */
  sequence(): Beginnings[] {
    const pieces: Beginnings[] = [];
    let text = '';
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      const plain = this.plainRun();
      if (plain !== '') {
        text += plain;
        continue;
      }
      const atom = this.atom();
      const { min, max } = this.quantifier();
      const only = atom.open.length === 1 && atom.closed.length === 0 ? atom.open[0] : undefined;
      if (only !== undefined && min === 1 && max === 1) {
        text += only;
        continue;
      }
      if (text !== '') pieces.push({ open: [text], closed: [] });
      text = '';
      let piece: Beginnings = { open: atom.open, closed: atom.closed };
      // After one repetition of a repeated atom, anything may follow: stop there.
      if (max > 1) piece = { open: [], closed: [...atom.open, ...atom.closed] };
      if (min === 0) piece = { open: [...piece.open, ''], closed: piece.closed };
      // A group matched at least once holds its factors; an optional one may hold nothing.
      else if (atom.factors) piece = { ...piece, factors: atom.factors };
      pieces.push(piece);
    }
    if (text !== '') pieces.push({ open: [text], closed: [] });
    return pieces;
  }

  /**
   * Plain characters from here on, each matched once (what atom and quantifier read one by one, as one
   * string): up to a character with a meaning, and short of one a quantifier follows.
   */
  plainRun(): string {
    let end = this.pos;
    while (end < this.s.length && !SYNTAX.has(this.s[end] ?? '')) end++;
    if (end < this.s.length && QUANTIFIERS.has(this.s[end] ?? '')) end--;
    if (end <= this.pos) return '';
    const run = this.s.slice(this.pos, end);
    this.pos = end;
    return run;
  }

  atom(): Beginnings {
    const c = this.s[this.pos] ?? '';
    this.pos++;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = this.s[this.pos] ?? '';
      this.pos++;
      // `\d` is the ten ASCII digits (with or without the `u` flag); an escaped punctuation mark is that
      // mark; other letter and digit escapes are classes or assertions.
      if (e === 'd') return DIGITS;
      return /[a-z0-9]/i.test(e) || e === '' ? STOP : { open: [e], closed: [] };
    }
    if (c === '.') return STOP;
    if (c === '^' || c === '$') return NOTHING;
    if ('{}?*+'.includes(c)) throw UNKNOWN;
    return { open: [c], closed: [] };
  }

  group(): Beginnings {
    let lookaround = false;
    if (this.s.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.s[this.pos] === '?') {
      const behind = this.s[this.pos + 1] === '<' ? 1 : 0;
      const kind = this.s[this.pos + 1 + behind];
      if (kind !== '=' && kind !== '!') throw UNKNOWN;
      lookaround = true;
      this.pos += 2 + behind;
    }
    const alternatives = this.alternatives();
    const inner = union(alternatives.map(fold));
    if (this.s[this.pos] !== ')') throw UNKNOWN;
    this.pos++;
    // A lookaround consumes nothing; ignoring what it demands can only allow more.
    return lookaround ? NOTHING : withFactors(inner, alternatives);
  }

  /** A class of a few plain characters ("[sz]") branches; anything else stops the beginning. */
  charClass(): Beginnings {
    const end = this.s.indexOf(']', this.pos + 1);
    if (end < 0) throw UNKNOWN;
    const body = this.s.slice(this.pos, end);
    this.pos = end + 1;
    if (body === '' || /[\\^\-[]/.test(body) || body.length > 8) return STOP;
    return { open: [...new Set(body)], closed: [] };
  }

  quantifier(): { min: number; max: number } {
    const c = this.s[this.pos];
    let q: { min: number; max: number };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.pos));
      if (!m) throw UNKNOWN;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY };
      this.pos += m[0].length - 1;
    } else return { min: 1, max: 1 };
    this.pos++;
    if (this.s[this.pos] === '?') this.pos++;
    return q;
  }
}

/** The beginnings of pieces one after the other. */
function fold(pieces: readonly Beginnings[]): Beginnings {
  let current: Beginnings = NOTHING;
  for (const piece of pieces) current = limit(concat(current, piece));
  return current;
}

function union(parts: readonly Beginnings[]): Beginnings {
  return limit({ open: parts.flatMap((p) => p.open), closed: parts.flatMap((p) => p.closed) });
}

function concat(a: Beginnings, b: Beginnings): Beginnings {
  const open: string[] = [];
  const closed = [...a.closed];
  for (const x of a.open) {
    for (const y of b.open) open.push(x + y);
    for (const y of b.closed) closed.push(x + y);
  }
  return { open, closed };
}

/**
 * Keeps the sets small: strings reaching MAX_LENGTH stop there; when there are too many, they are cut
 * shorter (and stop) until few enough remain. An open empty string stays open: nothing was read yet.
 */
function limit(b: Beginnings): Beginnings {
  if (b.open.length + b.closed.length <= MAX_STRINGS && b.open.every((s) => s.length < MAX_LENGTH)) return b;
  const open = [...new Set(b.open)];
  const closed = new Set(b.closed);
  for (const s of open) if (s.length >= MAX_LENGTH) closed.add(s);
  const kept = open.filter((s) => s.length < MAX_LENGTH);
  if (kept.length + closed.size <= MAX_STRINGS) return { open: kept, closed: [...closed] };
  for (const length of SHORTER) {
    // A string the cut leaves whole stays open: what follows may still go on it ("is " of "is (not )?
    // (automatically )?deleted" goes on to "is deleted", not stopping at every "is").
    const whole = kept.filter((s) => s.length <= length);
    const cut = new Set([...kept.filter((s) => s.length > length), ...closed].map((s) => s.slice(0, length)));
    if (whole.length + cut.size <= MAX_STRINGS) return { open: whole, closed: [...cut] };
  }
  throw UNKNOWN;
}

/**
 * A term's literal second word, where the pattern is a literal word, a run of white space and hyphens
 * (`[\s-]+`, as service names join their words) and another literal: `word` then begins at `at` + the
 * run, and the walk can look for it before running the term's regex (the word before is its trie
 * beginning, common words like "the" or one letter like "e" of "e[\s-]+conomic"). Null for any other
 * pattern: one that alternates at its top level, or whose first word is not plain text.
 */
export interface SecondWord {
  /** Length of the first word: where the run of white space and hyphens begins. */
  readonly at: number;
  /** What follows the run: plain text, not white space nor a hyphen at its start. */
  readonly word: string;
}

/** The separators between the words of a SecondWord pattern. */
const WORD_JOINS = ['[\\s-]+', '[-\\s]+'];

export function secondWord(source: string): SecondWord | null {
  const first = literalRun(source, 0);
  if (first.text === '' || first.end === source.length || QUANTIFIERS.has(source[first.end] ?? ''))
    return null;
  const join = WORD_JOINS.find((j) => source.startsWith(j, first.end));
  if (join === undefined) return null;
  const second = literalRun(source, first.end + join.length);
  // A quantifier after the run makes its last character optional ("e-?mail": only "e" is sure).
  const word = QUANTIFIERS.has(source[second.end] ?? '') ? second.text.slice(0, -1) : second.text;
  if (word === '' || isSpaceOrHyphen(word.charCodeAt(0)) || alternatesAtTop(source)) return null;
  return { at: first.text.length, word };
}

/**
 * The plain text at `from` of a pattern (characters without a meaning, and escaped punctuation, which
 * is itself), and where it ends: each character matched once, as written (the quantifier check is the caller's).
 */
function literalRun(source: string, from: number): { text: string; end: number } {
  let text = '';
  let k = from;
  for (;;) {
    const c = source[k] ?? '';
    if (c === '') break;
    if (c === '\\') {
      const e = source[k + 1] ?? '';
      if (e === '' || /[a-z0-9]/i.test(e)) break;
      // An escaped mark followed by a quantifier is optional: it ends the run before it.
      if (QUANTIFIERS.has(source[k + 2] ?? '')) break;
      text += e;
      k += 2;
      continue;
    }
    if (SYNTAX.has(c)) break;
    text += c;
    k++;
  }
  return { text, end: k };
}

/** Whether a pattern is an alternation at its top level (a `|` outside groups and classes). */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') {
      // A class ends at the first ']' not escaped and not its first character.
      k++;
      if (source[k] === '^') k++;
      if (source[k] === ']') k++;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Whether a UTF-16 code unit is one of `[\s-]` (JavaScript's white space and line terminators, or a
 * hyphen-minus), without a regex.
 */
export function isSpaceOrHyphen(c: number): boolean {
  return c === 0x2d || isWhiteSpace(c);
}
