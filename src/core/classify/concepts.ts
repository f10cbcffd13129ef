/**
 * Concept matcher: finds the privacy concepts of a multilingual lexicon in a token sequence.
 *
 * Lexicon entries are per language (plus `all` for every language), a `|`-separated list of stems,
 * written in natural spelling and normalised like the text (diacritics folded):
 * - `collect`     a token starting with "collect" (prefix match);
 * - `use$`        the token "use" exactly;
 * - `*speicher`   "speicher" anywhere inside a token (compound parts: "datenspeicherung");
 * - `third part`  a word sequence; every word but the last must match exactly, the last is a prefix
 *                 (or exact with a trailing `$`).
 * All stems of one language are compiled into one Aho-Corasick automaton (a dense DFA) that reads the
 * tokens joined by single spaces, so matching costs one array read per character.
 */

import { failureLinks } from '../text/aho-corasick';
import type { Lang } from '../vocabulary';
import { normalizeText } from './normalize';

export type LexiconLang = Lang | 'all';

export interface Lexicon {
  readonly concepts: Readonly<Record<string, Readonly<Partial<Record<LexiconLang, string>>>>>;
}

/** Concept occurrences in token order: occurrence k is concept `concept[k]` ending in token `token[k]`. */
export interface ConceptHits {
  readonly token: number[];
  readonly concept: number[];
}

export interface ConceptMatcher {
  match(tokens: readonly string[]): ConceptHits;
}

/** Automaton input symbols: 0 other, 1 space, 2-27 a-z, 28-37 0-9. */
export const ALPHABET = 38;
export const SYMBOL = buildSymbolTable();

function buildSymbolTable(): Uint8Array {
  const table = new Uint8Array(128);
  table[32] = 1;
  for (let c = 97; c <= 122; c++) table[c] = c - 95;
  for (let c = 48; c <= 57; c++) table[c] = c - 20;
  return table;
}

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] ?? 0) : 0;
}

/** The concept names of a lexicon, in its (stable) key order; a concept's id is its index here. */
export function conceptNames(lexicon: Lexicon): string[] {
  return Object.keys(lexicon.concepts);
}

/** Turns one stem of the lexicon into the character pattern the automaton looks for. */
export function stemPattern(stem: string): string {
  const infix = stem.startsWith('*');
  const exact = stem.endsWith('$');
  const body = normalizeText(stem.slice(infix ? 1 : 0, exact ? -1 : undefined))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (body === '') throw new Error(`concept stem "${stem}" is empty after normalisation`);
  return `${infix ? '' : ' '}${body}${exact ? ' ' : ''}`;
}

function languagePatterns(lexicon: Lexicon, lang: Lang): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  conceptNames(lexicon).forEach((name, id) => {
    const entry = lexicon.concepts[name] ?? {};
    for (const key of ['all', lang] as const) {
      const stems = entry[key];
      if (stems === undefined || stems === '') continue;
      for (const stem of stems.split('|')) out.push([stemPattern(stem.trim()), id]);
    }
  });
  return out;
}

/** A character trie in one flat table: state s reads symbol a into next[s * ALPHABET + a] (-1: none). */
interface Trie {
  readonly next: Int32Array;
  readonly states: number;
  /** Concept ids ending at each state (undefined: none). */
  readonly out: (number[] | undefined)[];
}

function buildTrie(patterns: ReadonlyArray<readonly [string, number]>): Trie {
  let next = new Int32Array(1024 * ALPHABET).fill(-1);
  let states = 1;
  const out: (number[] | undefined)[] = [];
  for (const [pattern, id] of patterns) {
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const at = s * ALPHABET + symbolOf(pattern.charCodeAt(i));
      let t = next[at]!;
      if (t < 0) {
        t = states++;
        if (states * ALPHABET > next.length) {
          const bigger = new Int32Array(next.length * 2).fill(-1);
          bigger.set(next);
          next = bigger;
        }
        next[at] = t;
      }
      s = t;
    }
    const ids = out[s];
    if (!ids) out[s] = [id];
    else if (!ids.includes(id)) ids.push(id);
  }
  return { next, states, out };
}

/** A dense DFA: state s reads symbol a into delta[s * ALPHABET + a]; state s emits outIds[outStart[s]..outStart[s+1]). */
export interface Automaton {
  readonly delta: Uint16Array | Int32Array;
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
}

/** Aho-Corasick: breadth-first failure links, folded into a full transition table. */
function buildAutomaton(trie: Trie): Automaton {
  const { delta, fail, order: breadthFirst } = failureLinks(trie.next, trie.states, ALPHABET);
  // A state also emits what its failure link emits (settled before it, breadth first).
  const outs: (number[] | undefined)[] = trie.out.map((o) => (o ? [...o] : undefined));
  for (const s of breadthFirst) {
    const inherited = outs[fail[s]!];
    if (!inherited) continue;
    const own = outs[s] ?? [];
    outs[s] = own;
    for (const id of inherited) if (!own.includes(id)) own.push(id);
  }
  const order = new Int32Array(breadthFirst.length + 1);
  order.set(breadthFirst, 1);
  return renumber(delta, outs, order);
}

/**
 * States renumbered in breadth-first order, so the shallow states most text runs through share a few
 * cache lines; 16-bit transitions when they fit.
 */
function renumber(delta: Int32Array, outs: readonly (number[] | undefined)[], order: Int32Array): Automaton {
  const n = order.length;
  const newId = new Int32Array(n);
  for (let i = 0; i < n; i++) newId[order[i]!] = i;
  const out = n <= 0xffff ? new Uint16Array(n * ALPHABET) : new Int32Array(n * ALPHABET);
  const outStart = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let s = 0; s < n; s++) {
    const old = order[s]!;
    for (let a = 0; a < ALPHABET; a++) out[s * ALPHABET + a] = newId[delta[old * ALPHABET + a]!]!;
    outStart[s] = flat.length;
    const ids = outs[old];
    if (ids) for (const id of [...ids].sort((x, y) => x - y)) flat.push(id);
  }
  outStart[n] = flat.length;
  return { delta: out, outStart, outIds: Int32Array.from(flat) };
}

function scan(auto: Automaton, tokens: readonly string[]): ConceptHits {
  const { delta, outStart, outIds } = auto;
  const hits: ConceptHits = { token: [], concept: [] };
  let s = delta[1]!; // the leading space
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    for (let i = 0; i < tok.length; i++) {
      const c = tok.charCodeAt(i);
      s = delta[s * ALPHABET + (c < 128 ? SYMBOL[c]! : 0)]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) {
        hits.token.push(t);
        hits.concept.push(outIds[k]!);
      }
    }
    s = delta[s * ALPHABET + 1]!; // the space after the token
    for (let k = outStart[s]!; k < outStart[s + 1]!; k++) {
      hits.token.push(t);
      hits.concept.push(outIds[k]!);
    }
  }
  return hits;
}

/** Automata already compiled, by lexicon and language: the featuriser and the verdict read with the same. */
const compiled = new WeakMap<Lexicon, Map<Lang, Automaton>>();

/** The automaton of one language (the `all` stems plus that language's stems); compiled once, then shared. */
export function compileAutomaton(lexicon: Lexicon, lang: Lang): Automaton {
  let perLang = compiled.get(lexicon);
  if (!perLang) {
    perLang = new Map();
    compiled.set(lexicon, perLang);
  }
  let automaton = perLang.get(lang);
  if (!automaton) {
    automaton = buildAutomaton(buildTrie(languagePatterns(lexicon, lang)));
    perLang.set(lang, automaton);
  }
  return automaton;
}

/** A matcher over ready tokens (tools and tests; the featuriser scans text in one pass, text-scan.ts). */
export function compileMatcher(lexicon: Lexicon, lang: Lang): ConceptMatcher {
  const auto = compileAutomaton(lexicon, lang);
  return { match: (tokens) => scan(auto, tokens) };
}
