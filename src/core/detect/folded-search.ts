/**
 * Does the folded text hold one of a few literal words? Asked of every passage by the verdict
 * ("liability", "gewahrleistung"...), it reads the text once through an Aho-Corasick automaton and folds
 * it as it goes, character by character, instead of folding the whole text and running a regex of the
 * words over it. The answer is the same: `fold` lower-cases and strips marks after the canonical
 * decomposition, which is done character by character; the only steps that look at neighbours (the
 * reordering of combining characters, a final sigma) are left to the whole-text reference.
 */
import { escapeRegExp } from '../extract/lexicon';
import { failureLinks } from '../text/aho-corasick';
import { fold } from './fold';

/** How a character of the text reads: a class of the automaton's alphabet, or one of these. */
const SKIP = -1;
const UNSURE = -2;
const OTHER = 0;

export interface FoldedSearch {
  /** `fold(text)` holds one of the words. */
  test(text: string): boolean;
}

export function foldedSearch(words: readonly string[]): FoldedSearch {
  const folded = words.map(fold);
  // An empty word is in every text, as it is in the reference's alternation.
  if (folded.includes('')) return { test: () => true };
  const reference = new RegExp(folded.map(escapeRegExp).join('|'));
  const alphabet = new Map<string, number>();
  for (const word of folded)
    for (const ch of word) if (!alphabet.has(ch)) alphabet.set(ch, alphabet.size + 1);
  const automaton = buildAutomaton(folded, alphabet);
  const width = alphabet.size + 1;
  const ascii = new Int8Array(128);
  for (let code = 0; code < 128; code++) ascii[code] = classOf(String.fromCharCode(code), alphabet);
  /** Classes of the other characters met so far, by code point. */
  const wide = new Map<number, number>();
  const wideClass = (code: number): number => {
    let k = wide.get(code);
    if (k === undefined) {
      k = classOf(String.fromCodePoint(code), alphabet);
      wide.set(code, k);
    }
    return k;
  };
  return {
    test(text: string): boolean {
      const { next, ends } = automaton;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let k: number;
        if (code < 128) k = ascii[code]!;
        else {
          const point = text.codePointAt(i)!;
          if (point > 0xffff) i++;
          k = wideClass(point);
          if (k === SKIP) continue;
          if (k === UNSURE) return reference.test(fold(text));
        }
        state = next[state * width + k]!;
        if (ends[state] === 1) return true;
      }
      return false;
    },
  };
}

/**
 * The class a character folds to: SKIP when folding removes it (a combining mark), its letter's class
 * (or OTHER) when it folds to one character, UNSURE when its folding may depend on its neighbours or
 * gives several characters one of which the words hold.
 */
function classOf(ch: string, alphabet: ReadonlyMap<string, number>): number {
  // A final sigma lower-cases by its context; a lone surrogate has no code point.
  if (ch === 'Σ' || (ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) < 0xe000))
    return UNSURE;
  const decomposed = ch.normalize('NFD');
  for (const part of decomposed) {
    // A character that is not a mark but has a combining class would be reordered with its neighbours.
    if (!/\p{M}/u.test(part) && !isStarter(part)) return UNSURE;
  }
  const read = fold(ch);
  if (read === '') return SKIP;
  if ([...read].length === 1) return alphabet.get(read) ?? OTHER;
  return [...read].some((c) => alphabet.has(c)) ? UNSURE : OTHER;
}

/** Combining class 0: canonical ordering moves no mark across it. */
function isStarter(ch: string): boolean {
  const before = `\u0301${ch}`;
  const after = `${ch}\u0316`;
  return before.normalize('NFD') === before && after.normalize('NFD') === after;
}

interface Automaton {
  /** Transitions: `next[state * width + class]`. */
  next: Int32Array;
  /** 1 where a state ends one of the words (itself or by a suffix). */
  ends: Uint8Array;
}

function buildAutomaton(words: readonly string[], alphabet: ReadonlyMap<string, number>): Automaton {
  const width = alphabet.size + 1;
  const children: Map<number, number>[] = [new Map()];
  const endsAt: boolean[] = [false];
  for (const word of words) {
    let state = 0;
    for (const ch of word) {
      const k = alphabet.get(ch)!;
      let child = children[state]!.get(k);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        endsAt.push(false);
        children[state]!.set(k, child);
      }
      state = child;
    }
    endsAt[state] = true;
  }
  const trie = new Int32Array(children.length * width).fill(-1);
  children.forEach((kids, state) => {
    for (const [k, child] of kids) trie[state * width + k] = child;
  });
  const { delta, fail, order } = failureLinks(trie, children.length, width);
  // A state ends a word when it does itself or its failure link does (settled before it, breadth first).
  const ends = new Uint8Array(children.length);
  for (const state of order) ends[state] = endsAt[state] || ends[fail[state]!] === 1 ? 1 : 0;
  return { next: delta, ends };
}
