import { addRecords, type Records } from './match-records';
import { confirmGate, isSpaceOrHyphen } from './term-prefixes';
import { isWordCode } from './term-syntax';
import { type FlatEnds, START_FIRST, START_SECOND, type Term, type Trie } from './term-trie';

// How a term is taken where one of its strings ends (WalkTables.kind):
/** Its strings, bounded on the right (when rightBound) by its boundary. */
const EXACT = 0;
/** Its strings, then the rest of the word (`\w*`). */
const REST = 1;
/** Its strings, then at least one more word character and the rest of the word (`\w+`). */
const MORE = 2;
/** Its beginnings only: its regex decides. */
const CONFIRM = 3;

/**
 * What a walk reads of the terms, by term id, in typed arrays (what the walk reads at every string
 * that ends lies together, away from the term objects), and its scratch.
 */
export class WalkTables {
  readonly kind: Uint8Array;
  readonly start: Uint8Array;
  readonly rightBound: Uint8Array;
  /** 1 where the term's right boundary is the index's second one. */
  readonly afterSecond: Uint8Array;
  readonly ends: FlatEnds;
  /** Scratch: the start position a term was last tried at, and its best string and end there. */
  readonly step: Float64Array;
  readonly best: Int32Array;
  readonly bestEnd: Int32Array;
  /** Scratch: the terms whose strings matched at the current position. */
  readonly touched: Int32Array;

  constructor(
    readonly trie: Trie,
    readonly terms: readonly Term[],
    /** The word tables of the first and second boundaries (1: a word character), by code unit. */
    readonly inFirst: Uint8Array,
    readonly inSecond: Uint8Array,
  ) {
    const n = terms.length;
    this.kind = new Uint8Array(n);
    this.start = new Uint8Array(n);
    this.rightBound = new Uint8Array(n);
    this.afterSecond = new Uint8Array(n);
    for (const term of terms) {
      const tail = term.expansion?.tail;
      this.kind[term.id] = tail === undefined ? CONFIRM : tail === '' ? EXACT : tail === '*' ? REST : MORE;
      this.start[term.id] = term.start;
      this.rightBound[term.id] = term.rightBound ? 1 : 0;
      this.afterSecond[term.id] = term.after === inSecond && inSecond !== inFirst ? 1 : 0;
    }
    this.ends = trie.endLists();
    this.step = new Float64Array(n);
    this.best = new Int32Array(n);
    this.bestEnd = new Int32Array(n);
    this.touched = new Int32Array(n);
  }
}

/** Numbers each start position a walk tries, across walks: a term remembers the last one it was tried at. */
let steps = 0;

/**
 * The matching at one start position of a text: follows the trie from `bounded` and `loose` (the nodes
 * reached from the roots with the character at `start`, or -1), and appends to `records` the best string
 * of each term found there (terms bounded by the first boundary only if `first`, by the second only if
 * `second`). One function with its state in locals: it runs at every word of a page.
 */
export function tryStart(
  t: WalkTables,
  lower: string,
  records: Records,
  start: number,
  first: boolean,
  second: boolean,
  bounded: number,
  loose: number,
): void {
  const step = ++steps;
  const { trie, kind, rightBound, afterSecond, inFirst, inSecond, best, bestEnd, touched } = t;
  const startOf = t.start;
  const stepOf = t.step;
  const endFrom = t.ends.from;
  const endTerms = t.ends.terms;
  const endIndexes = t.ends.indexes;
  const n = lower.length;
  let touchedCount = 0;
  for (let pass = 0; pass < 2; pass++) {
    let at = pass === 0 ? bounded : loose;
    let k = start + 1;
    while (at >= 0) {
      const list = trie.endsAt(at);
      if (list !== 0) {
        const to = endFrom[list] ?? 0;
        for (let q = endFrom[list - 1] ?? 0; q < to; q++) {
          // The index-th string of term `id` ends at k: does the term's right side accept it, with what end?
          const id = endTerms[q] ?? 0;
          const index = endIndexes[q] ?? 0;
          const where = startOf[id];
          if (where === START_FIRST ? !first : where === START_SECOND && !second) continue;
          const how = kind[id];
          if (index < 0 || how === CONFIRM) {
            // A term known only by its beginning: its regex decides, once per position.
            if (stepOf[id] === step) continue;
            stepOf[id] = step;
            confirm(t.terms[id], lower, start, records);
            continue;
          }
          let e = k;
          if (how === EXACT) {
            if (rightBound[id] === 1 && k < n) {
              const after = afterSecond[id] === 1 ? inSecond : inFirst;
              if (after[lower.charCodeAt(k)] === 1) continue;
            }
          } else {
            // `\w*` takes the rest of the word, after which no word character follows (wordTails).
            if (how === MORE && !(k < n && isWordCode(lower.charCodeAt(k)))) continue;
            while (e < n && isWordCode(lower.charCodeAt(e))) e++;
          }
          if (stepOf[id] !== step) {
            stepOf[id] = step;
            best[id] = index;
            bestEnd[id] = e;
            touched[touchedCount++] = id;
          } else if (index < (best[id] ?? 0)) {
            // The term's strings come in the engine's order: the earliest that fits is its match.
            best[id] = index;
            bestEnd[id] = e;
          }
        }
      }
      if (k >= n) break;
      at = trie.child(at, lower.charCodeAt(k++));
    }
  }
  for (let q = 0; q < touchedCount; q++) {
    const id = touched[q] ?? 0;
    const term = t.terms[id];
    if (term) addRecords(records, term.members, start, bestEnd[id] ?? 0);
  }
}

/** Whether term's regex matches `lower` at `start`: then its match is recorded. */
function confirm(term: Term | undefined, lower: string, start: number, records: Records): void {
  if (!term) return;
  // A service name of several words, tried at each "the" or word beginning with "e": its second word
  // rules out most places without running the regex.
  const next = term.next;
  if (next !== null && !wordFollows(lower, start + next.at, next.word)) return;
  // Most places hold no match: a string every match holds, missing from the rest of the text, says so
  // without the regex (and for every later place in the text: the answer is remembered).
  if (term.gate === undefined) term.gate = confirmGate(term.pattern);
  if (term.gate !== null && !gateHolds(term, term.gate, lower, start)) return;
  if (!term.sticky) term.sticky = new RegExp(term.source, 'y');
  const regex = term.sticky;
  regex.lastIndex = start;
  if (regex.test(lower)) addRecords(records, term.members, start, regex.lastIndex);
  regex.lastIndex = 0;
}

/** Whether `lower` holds a run of white space and hyphens at `at`, then `word`. */
function wordFollows(lower: string, at: number, word: string): boolean {
  const n = lower.length;
  if (at >= n || !isSpaceOrHyphen(lower.charCodeAt(at))) return false;
  let k = at + 1;
  while (k < n && isSpaceOrHyphen(lower.charCodeAt(k))) k++;
  return lower.startsWith(word, k);
}

/**
 * Whether `lower` holds `gate` at or after `start`. Where it was last found in the same text is
 * remembered: a later place before it passes at once, and a text without it from an earlier place fails.
 */
function gateHolds(term: Term, gate: string, lower: string, start: number): boolean {
  if (term.gateText === lower && start >= term.gateFrom) {
    const at = term.gateAt;
    if (at < 0) return false;
    if (at >= start) return true;
  }
  const at = lower.indexOf(gate, start);
  term.gateText = lower;
  term.gateFrom = start;
  term.gateAt = at;
  return at >= 0;
}
