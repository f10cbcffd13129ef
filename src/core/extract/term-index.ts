import { LiteralGate } from './literal-gate';
import { addRecords, emptyRecords, sortByStart, type TableMatches, winners } from './match-records';
import type { Expansion } from './term-expansion';
import { secondWord, termFactorSets, termFactors, termPrefixes } from './term-prefixes';
import { readTerm, type TermReading } from './term-reading';
import { START_ANYWHERE, START_FIRST, START_SECOND, type Term, Trie, type TrieString } from './term-trie';
import { tryStart, WalkTables } from './term-walk';

/** What counts as part of a word for the boundaries around terms. */
export interface Boundary {
  /** Inclusive ranges of the UTF-16 code units that are word characters, all under BOUNDARY_CODES. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Whether `\w*` / `\w+` at the end of a term mean "the rest of the word" (the class is the lexicons' `\w`). */
  readonly wordTails: boolean;
}

/** Bits of TermIndex.classes: a word character of the first boundary, of the second. */
const IN_FIRST = 1;
const IN_SECOND = 2;
const IN_BOTH = IN_FIRST | IN_SECOND;

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
  /**
   * Gates on strings every match holds (termFactorSets), asked in turn: a text that fails one holds no
   * match. Empty when none is known.
   */
  readonly gates: readonly LiteralGate[];
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
  /** Both tables in one, by code unit: IN_FIRST | IN_SECOND. */
  private readonly classes: Uint8Array;
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
    this.classes = classTable(this.inWord, this.inSecond);
    this.charClass = boundaryClass(boundary);
    this.secondClass = boundaryClass(secondBoundary);
  }
  private readonly terms = new Map<string, Term>();
  /** The terms by id. */
  private readonly termList: Term[] = [];
  /** What walks read of the terms, or null when terms were added since it was made. */
  private walkTables: WalkTables | null = null;
  private readonly trie = new Trie();
  /**
   * Roots of the terms matched where no word character precedes (of either boundary: each term says
   * which), and of those beginning with , . : or ; (isLoose), matched anywhere.
   */
  private readonly bounded = this.trie.root();
  private readonly loose = this.trie.root();
  private readonly broad: BroadTerm[] = [];
  private count = 0;
  /**
   * Per term, strings one of which every match of it holds (its strings, beginnings or factors), or null
   * when some term has none; kept as the terms' own lists and joined only when mayMatch is first asked
   * (most indexes never are): copying them cost the first page's index build more than its trie.
   */
  private literalLists: (readonly string[])[] | null = [];
  /** The lists joined (see literals); undefined: not joined since the last register. */
  private joined: string[] | null | undefined;
  /** The shortest list of the literals that tells the same (see mayMatch). */
  private gate: LiteralGate | null = null;
  /** Whether no string of `literals` holds a Greek sigma (see mayMatchInSlices); null: not asked yet. */
  private sliceSafe: boolean | null = null;

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
    // New terms' trie strings, by root. Plain loops: this runs once per lexicon, on a cold first page.
    const bounded: TrieString[] = [];
    const loose: TrieString[] = [];
    let rank = 0;
    for (let k = 0; k < specs.length; k++) {
      const t = specs[k];
      if (t && !t.loose) this.add(t, id, rank++, bounded);
    }
    for (let k = 0; k < specs.length; k++) {
      const t = specs[k];
      if (t?.loose) this.add(t, id, rank++, loose);
    }
    this.trie.insertAll(this.bounded, bounded);
    this.trie.insertAll(this.loose, loose);
    this.joined = undefined;
    this.gate = null;
    this.sliceSafe = null;
    return id;
  }

  /**
   * False when no match of any term can be in `lower` (a lower-cased text): it holds none of the strings
   * one of which each match must hold. True says nothing; match tells.
   */
  mayMatch(lower: string): boolean {
    const literals = this.literals();
    if (literals === null) return true;
    this.gate ??= new LiteralGate(shortestCover(literals));
    return this.gate.holdsAny(lower);
  }

  /**
   * False when no slice of the text whose lower case is `lower` can hold a match (mayMatch of every
   * slice). The lower case of a slice is the slice of the lower case except for Greek sigmas, which
   * lower differently at a word's end: with a sigma among the strings, this says true.
   */
  mayMatchInSlices(lower: string): boolean {
    const literals = this.literals();
    if (literals === null) return true;
    this.sliceSafe ??= literals.every((literal) => !/[σς]/.test(literal));
    return !this.sliceSafe || this.mayMatch(lower);
  }

  /** Records strings one of which every match of a new term holds (null: it has none). */
  private holds(strings: readonly string[] | null): void {
    if (this.literalLists === null) return;
    if (strings === null || strings.length === 0) this.literalLists = null;
    else this.literalLists.push(strings);
  }

  /**
   * Strings one of which every match of every term holds, or null when some term has none (or has the
   * empty string, which every text holds).
   */
  private literals(): string[] | null {
    if (this.joined === undefined) {
      const all = this.literalLists?.flat() ?? null;
      this.joined = all?.includes('') ? null : all;
    }
    return this.joined;
  }

  /** Adds a term of a lexicon; a new term's trie strings go to `strings` (its root's). */
  private add(spec: TermSpec, id: number, rank: number, strings: TrieString[]): void {
    const second = spec.second === true;
    const source = sourceOf(spec, second ? this.secondClass : this.charClass);
    const key = `${spec.loose ? 'L' : second ? 'S' : 'B'}${source}`;
    let term = this.terms.get(key);
    if (!term) {
      this.hasSecond ||= second;
      term = this.create(spec, source, second, strings);
      this.terms.set(key, term);
    }
    term.members.push(id, rank);
  }

  private create(spec: TermSpec, source: string, second: boolean, strings: TrieString[]): Term {
    const reading = readTerm(spec.pattern);
    const expansion = usedExpansion(reading, this.boundary.wordTails);
    this.walkTables = null;
    const term: Term = {
      id: this.termList.length,
      source,
      expansion,
      rightBound: spec.rightBound,
      after: second ? this.inSecond : this.inWord,
      start: spec.loose ? START_ANYWHERE : second ? START_SECOND : START_FIRST,
      members: [],
      sticky: null,
      next: null,
      pattern: spec.pattern,
      gate: undefined,
      gateText: null,
      gateFrom: 0,
      gateAt: -1,
    };
    this.termList.push(term);
    if (expansion && !expansion.strings.includes('')) {
      const texts = expansion.strings;
      for (let index = 0; index < texts.length; index++)
        strings.push({ text: texts[index] ?? '', terminal: { term, index } });
      this.holds(expansion.strings);
      return term;
    }
    const prefixes = reading.prefixes ?? (expansion ? termPrefixes(spec.pattern) : null);
    if (prefixes) {
      // Found by a beginning, then confirmed with its regex: the one prepareTerms compiled, if it did
      // (otherwise made on first use: making a regex parses it, which the page may never need).
      term.sticky = stickies.get(source) ?? null;
      term.next = secondWord(spec.regex);
      for (const text of prefixes) strings.push({ text, terminal: { term, index: -1 } });
      this.holds(prefixes);
    } else {
      const before = spec.loose ? '' : `(?<!${second ? this.secondClass : this.charClass})`;
      const scan = new RegExp(`${before}(?:${source})`, 'g');
      const factors = reading.factors ?? termFactors(spec.pattern);
      // Both sets may come to the same strings once each is cut to its shortest cover.
      const covers = new Map(termFactorSets(spec.pattern).map((set) => [shortestCover(set).join('\n'), set]));
      const gates = [...covers.values()].map((set) => new LiteralGate(shortestCover(set)));
      this.broad.push({ term, scan, gates });
      this.holds(factors);
    }
    return term;
  }

  private tables(): WalkTables {
    this.walkTables ??= new WalkTables(this.trie, this.termList, this.inWord, this.inSecond);
    return this.walkTables;
  }

  /** The matches of every registered lexicon in `lower` (a lower-cased text), by lexicon id. */
  match(lower: string): Map<number, TableMatches> {
    const tables = this.tables();
    const records = emptyRecords();
    const { trie, classes } = this;
    const both = this.hasSecond;
    // A word character of both boundaries (of the first only, when no term has the second) starts no term.
    const inside = both ? IN_BOTH : IN_FIRST;
    const n = lower.length;
    let i = 0;
    // The class of the character before i (0: none, at the start).
    let before = 0;
    while (i < n) {
      const c = lower.charCodeAt(i);
      const wordStart = (before & IN_FIRST) === 0;
      const secondOk = both && (before & IN_SECOND) === 0;
      const bounded = wordStart || secondOk ? trie.first(this.bounded, c) : -1;
      const loose = c === 44 || c === 46 || c === 58 || c === 59 ? trie.first(this.loose, c) : -1;
      if (bounded >= 0 || loose >= 0)
        tryStart(tables, lower, records, i, wordStart, secondOk, bounded, loose);
      i++;
      before = classes[c] ?? 0;
      // The rest of a run of characters that start no term.
      if ((before & inside) === inside)
        while (i < n && ((classes[lower.charCodeAt(i)] ?? 0) & inside) === inside) i++;
    }
    const inOrder = records.length;
    for (const { term, scan, gates } of this.broad) {
      if (!holdsAll(gates, lower)) continue;
      scan.lastIndex = 0;
      for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
        addRecords(records, term.members, m.index, m.index + m[0].length);
        scan.lastIndex = m.index + 1;
      }
      scan.lastIndex = 0;
    }
    if (records.length > inOrder) sortByStart(records, inOrder);
    return winners(records);
  }

  /**
   * What match(text) finds at the given start positions (ascending) only: for texts where another walk
   * already found the few places a match can start.
   */
  matchAt(text: string, positions: readonly number[]): Map<number, TableMatches> {
    const tables = this.tables();
    const records = emptyRecords();
    const { trie, inWord, inSecond } = this;
    for (const i of positions) {
      const c = text.charCodeAt(i);
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const wordOk = before < 0 || inWord[before] !== 1;
      const secondOk = this.hasSecond && (before < 0 || inSecond[before] !== 1);
      const bounded = wordOk || secondOk ? trie.first(this.bounded, c) : -1;
      const loose = c === 44 || c === 46 || c === 58 || c === 59 ? trie.first(this.loose, c) : -1;
      if (bounded >= 0 || loose >= 0) tryStart(tables, text, records, i, wordOk, secondOk, bounded, loose);
    }
    const inOrder = records.length;
    for (const { term, scan } of this.broad) {
      for (const i of positions) {
        scan.lastIndex = i;
        const m = scan.exec(text);
        if (m?.index === i) addRecords(records, term.members, i, i + m[0].length);
      }
      scan.lastIndex = 0;
    }
    if (records.length > inOrder) sortByStart(records, inOrder);
    return winners(records);
  }
}

/** Whether `lower` passes every gate. */
function holdsAll(gates: readonly LiteralGate[], lower: string): boolean {
  for (let k = 0; k < gates.length; k++) if (!gates[k]?.holdsAny(lower)) return false;
  return true;
}

/** A term's regex source with its right boundary (`charClass`: its boundary's word characters). */
function sourceOf(spec: TermSpec, charClass: string): string {
  return spec.rightBound ? `${spec.regex}(?!${charClass})` : spec.regex;
}

/** The expansion an index uses: none for a term with a word's rest when its boundary has no word tails. */
function usedExpansion(reading: TermReading, wordTails: boolean): Expansion | null {
  const { expansion } = reading;
  return expansion && expansion.tail !== '' && !wordTails ? null : expansion;
}

/**
 * The regexes that confirm terms found by their beginnings, compiled ahead of any page by `prepareTerms`
 * (the English and shared terms every language's index holds), by source: compiling one (its first run,
 * then its second, which compiles it to machine code) costs far more than its runs on a page. An index
 * takes the prepared regex of a term when there is one; the others it makes on first use, for itself.
 */
const stickies = new Map<string, RegExp>();

function stickyRegex(source: string): RegExp {
  let regex = stickies.get(source);
  if (!regex) {
    regex = new RegExp(source, 'y');
    stickies.set(source, regex);
  }
  return regex;
}

/**
 * Reads terms, and compiles the regexes that will confirm the ones found by their beginnings, ahead of
 * the index of a boundary (`second` for TermSpec.second) that will hold them: for idle time, before a
 * page's language is known (lexicon-index.ts, readSharedTerms).
 */
export function prepareTerms(
  specs: readonly TermSpec[],
  boundary: Boundary,
  second: Boundary = boundary,
): void {
  const classes = [boundaryClass(boundary), boundaryClass(second)] as const;
  for (const spec of specs) {
    const reading = readTerm(spec.pattern);
    const expansion = usedExpansion(reading, boundary.wordTails);
    if (expansion && !expansion.strings.includes('')) continue;
    if (!(reading.prefixes ?? (expansion ? termPrefixes(spec.pattern) : null))) continue;
    const regex = stickyRegex(sourceOf(spec, classes[spec.second === true ? 1 : 0]));
    regex.test(' ');
    regex.test(' ');
    regex.lastIndex = 0;
  }
}

/** The strings of `literals` that hold none of the others: a text holds one of those iff it holds one of these. */
function shortestCover(literals: readonly string[]): string[] {
  const kept: string[] = [];
  for (const s of [...new Set(literals)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)))
    if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

const tables = new Map<Boundary, Uint8Array>();
const classTables = new Map<Uint8Array, Map<Uint8Array, Uint8Array>>();

/** The word tables of two boundaries as one (see TermIndex.classes). */
function classTable(first: Uint8Array, second: Uint8Array): Uint8Array {
  let bySecond = classTables.get(first);
  if (!bySecond) {
    bySecond = new Map();
    classTables.set(first, bySecond);
  }
  let table = bySecond.get(second);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++)
      table[c] = (first[c] === 1 ? IN_FIRST : 0) | (second[c] === 1 ? IN_SECOND : 0);
    bySecond.set(second, table);
  }
  return table;
}

function wordTable(boundary: Boundary): Uint8Array {
  let table = tables.get(boundary);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const [a, b] of boundary.ranges) table.fill(1, a, Math.min(b, BOUNDARY_CODES - 1) + 1);
    tables.set(boundary, table);
  }
  return table;
}
