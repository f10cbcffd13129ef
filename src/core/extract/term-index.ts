import { addRecords, sortByStart, type TableMatches, winners } from './match-records';
import { termFactors, termPrefixes } from './term-prefixes';
import { readTerm } from './term-reading';
import { START_ANYWHERE, START_FIRST, START_SECOND, type Term, Trie, type TrieString } from './term-trie';
import { Walk } from './term-walk';

/** What counts as part of a word for the boundaries around terms. */
export interface Boundary {
  /** Inclusive ranges of the UTF-16 code units that are word characters, all under BOUNDARY_CODES. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Whether `\w*` / `\w+` at the end of a term mean "the rest of the word" (the class is the lexicons' `\w`). */
  readonly wordTails: boolean;
}

/** Word characters of a Boundary are all under this code. */
const BOUNDARY_CODES = 0x2000;

/** A Boundary's class as a regex character class. */
function boundaryClass(boundary: Boundary): string {
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  return `[${boundary.ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;
}

/** A term to index. */
export interface TermSpec {
  /** The pattern read to find the term's strings and beginnings (lexicon syntax: `\w` is a word character). */
  readonly pattern: string;
  /** The regex source of the term, without its right boundary. */
  readonly regex: string;
  /** Whether a word character may not follow a match. */
  readonly rightBound: boolean;
  /** Whether it matches anywhere, not only where no word character precedes (terms starting with , . : ;). */
  readonly loose: boolean;
  /** Whether the index's second boundary bounds it, on both sides, instead of the first. */
  readonly second?: boolean;
}

/** Terms that may begin anywhere, scanned with a regex of their own. */
interface BroadTerm {
  readonly term: Term;
  readonly scan: RegExp;
  /** Strings one of which every match holds (termFactors); null when none is known. */
  readonly factors: readonly string[] | null;
}

/**
 * Every term of many lexicons (lists of terms, each matched like one alternation regex) in one character
 * trie, so one walk over a text finds the matches of all lexicons at once. A term made of text, alternatives and optional parts is in the trie as every string
 * it matches; other terms are in it as their literal beginnings and are confirmed with their regex; the
 * few that may begin with anything are scanned with their regex. The result is what scanning the text
 * with each lexicon's alternation regex (`(?<!w)(?:t1|t2...)|(?:loose terms)`, one match per start
 * position) gives: at each position, a term's match is the first of its strings (in the order the engine
 * tries them) that the text holds there and whose end the term's right boundary accepts, and a lexicon's
 * match is that of its first term (by rank) that matches.
 */
export class TermIndex {
  /** The boundaries' classes as tables by code unit (1: a word character), read at every character. */
  private readonly inWord: Uint8Array;
  private readonly inSecond: Uint8Array;
  private readonly charClass: string;
  private readonly secondClass: string;
  /** Whether some term is bounded by the second boundary (the walk then looks out for both). */
  private hasSecond = false;
  constructor(
    private readonly boundary: Boundary,
    secondBoundary: Boundary = boundary,
  ) {
    this.inWord = wordTable(boundary);
    this.inSecond = wordTable(secondBoundary);
    this.charClass = boundaryClass(boundary);
    this.secondClass = boundaryClass(secondBoundary);
  }
  private readonly terms = new Map<string, Term>();
  private readonly trie = new Trie();
  /**
   * Roots of the terms matched where no word character precedes (of either boundary: each term says
   * which), and of those beginning with , . : or ; (isLoose), matched anywhere.
   */
  private readonly bounded = this.trie.root();
  private readonly loose = this.trie.root();
  private readonly broad: BroadTerm[] = [];
  private count = 0;

  /** Number of lexicons registered. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds a lexicon and returns its id. Its terms are ranked as in its alternation regex: the bounded ones
   * in order, then the loose ones.
   */
  register(specs: readonly TermSpec[]): number {
    const id = this.count++;
    const bounded = specs.filter((t) => !t.loose);
    const loose = specs.filter((t) => t.loose);
    const strings = new Map<number, TrieString[]>([
      [this.bounded, []],
      [this.loose, []],
    ]);
    for (const [rank, t] of bounded.entries()) this.add(t, id, rank, strings);
    for (const [rank, t] of loose.entries()) this.add(t, id, bounded.length + rank, strings);
    for (const [root, list] of strings) this.trie.insertAll(root, list);
    return id;
  }

  /** Adds a term of a lexicon; a new term's trie strings go to `strings`, by root. */
  private add(spec: TermSpec, id: number, rank: number, strings: Map<number, TrieString[]>): void {
    const second = spec.second === true;
    const charClass = second ? this.secondClass : this.charClass;
    const source = spec.rightBound ? `${spec.regex}(?!${charClass})` : spec.regex;
    const key = `${spec.loose ? 'L' : second ? 'S' : 'B'}${source}`;
    let term = this.terms.get(key);
    if (!term) {
      this.hasSecond ||= second;
      const root = spec.loose ? this.loose : this.bounded;
      term = this.create(spec, source, second, strings.get(root) ?? []);
      this.terms.set(key, term);
    }
    term.members.push(id, rank);
  }

  private create(spec: TermSpec, source: string, second: boolean, strings: TrieString[]): Term {
    const reading = readTerm(spec.pattern);
    let expansion = reading.expansion;
    if (expansion && expansion.tail !== '' && !this.boundary.wordTails) expansion = null;
    const term: Term = {
      source,
      expansion,
      rightBound: spec.rightBound,
      after: second ? this.inSecond : this.inWord,
      start: spec.loose ? START_ANYWHERE : second ? START_SECOND : START_FIRST,
      members: [],
      sticky: null,
      step: 0,
      best: 0,
      bestEnd: 0,
    };
    if (expansion && !expansion.strings.includes('')) {
      for (const [index, text] of expansion.strings.entries())
        strings.push({ text, terminal: { term, index } });
      return term;
    }
    const prefixes = reading.prefixes ?? (expansion ? termPrefixes(spec.pattern) : null);
    if (prefixes) {
      for (const text of prefixes) strings.push({ text, terminal: { term, index: -1 } });
    } else {
      const before = spec.loose ? '' : `(?<!${second ? this.secondClass : this.charClass})`;
      const scan = new RegExp(`${before}(?:${source})`, 'g');
      this.broad.push({ term, scan, factors: reading.factors ?? termFactors(spec.pattern) });
    }
    return term;
  }

  /** The matches of every registered lexicon in `lower` (a lower-cased text), by lexicon id. */
  match(lower: string): Map<number, TableMatches> {
    const walk = new Walk(this.trie, lower);
    const { trie, inWord, inSecond } = this;
    const both = this.hasSecond;
    const n = lower.length;
    let wordStart = true;
    let secondStart = true;
    let i = 0;
    while (i < n) {
      const c = lower.charCodeAt(i);
      const secondOk = both && secondStart;
      const bounded = wordStart || secondOk ? trie.first(this.bounded, c) : -1;
      const loose = c === 44 || c === 46 || c === 58 || c === 59 ? trie.first(this.loose, c) : -1;
      if (bounded >= 0 || loose >= 0) {
        walk.begin(i, wordStart, secondOk);
        if (bounded >= 0) walk.from(bounded, i + 1);
        if (loose >= 0) walk.from(loose, i + 1);
        walk.finish();
      }
      i++;
      wordStart = inWord[c] !== 1;
      secondStart = inSecond[c] !== 1;
      // Inside a word nothing begins (loose terms begin with punctuation): on to its end.
      if (!both && !wordStart) while (i < n && inWord[lower.charCodeAt(i)] === 1) i++;
      else if (!wordStart && !secondStart) {
        while (i < n) {
          const d = lower.charCodeAt(i);
          if (inWord[d] !== 1 || inSecond[d] !== 1) break;
          i++;
        }
      }
    }
    const inOrder = walk.records.length;
    for (const { term, scan, factors } of this.broad) {
      if (factors && !factors.some((f) => lower.includes(f))) continue;
      scan.lastIndex = 0;
      for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
        addRecords(walk.records, term.members, m.index, m.index + m[0].length);
        scan.lastIndex = m.index + 1;
      }
      scan.lastIndex = 0;
    }
    if (walk.records.length > inOrder) sortByStart(walk.records);
    return winners(walk.records);
  }

  /**
   * What match(text) finds at the given start positions (ascending) only: for texts where another walk
   * already found the few places a match can start.
   */
  matchAt(text: string, positions: readonly number[]): Map<number, TableMatches> {
    const walk = new Walk(this.trie, text);
    const { trie, inWord, inSecond } = this;
    for (const i of positions) {
      const c = text.charCodeAt(i);
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const wordOk = before < 0 || inWord[before] !== 1;
      const secondOk = this.hasSecond && (before < 0 || inSecond[before] !== 1);
      const bounded = wordOk || secondOk ? trie.first(this.bounded, c) : -1;
      const loose = c === 44 || c === 46 || c === 58 || c === 59 ? trie.first(this.loose, c) : -1;
      if (bounded < 0 && loose < 0) continue;
      walk.begin(i, wordOk, secondOk);
      if (bounded >= 0) walk.from(bounded, i + 1);
      if (loose >= 0) walk.from(loose, i + 1);
      walk.finish();
    }
    const inOrder = walk.records.length;
    for (const { term, scan } of this.broad) {
      for (const i of positions) {
        scan.lastIndex = i;
        const m = scan.exec(text);
        if (m?.index === i) addRecords(walk.records, term.members, i, i + m[0].length);
      }
      scan.lastIndex = 0;
    }
    if (walk.records.length > inOrder) sortByStart(walk.records);
    return winners(walk.records);
  }
}

const tables = new Map<Boundary, Uint8Array>();

function wordTable(boundary: Boundary): Uint8Array {
  let table = tables.get(boundary);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const [a, b] of boundary.ranges) table.fill(1, a, Math.min(b, BOUNDARY_CODES - 1) + 1);
    tables.set(boundary, table);
  }
  return table;
}
