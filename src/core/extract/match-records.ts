/** A match of a lexicon in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether `inner` lies inside `outer` (its bounds included). */
export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether two spans share at least one character (touching ends do not). */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A clause break of punctuatedClause: a comma, a semicolon or a colon. */
const CLAUSE_BREAK = /[,;:]/g;

/**
 * The clause around a span, bounded by the punctuation before and after it (a comma, a semicolon or a
 * colon; the text's ends otherwise). negation.ts's clauseAround also cuts at each language's conjunctions.
 */
export function punctuatedClause(text: string, span: Span): Span {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < span.start) start = m.index + 1;
    else if (m.index >= span.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** What one lexicon matches in one text, exactly as a scan with its alternation regex would find it. */
export interface TableMatches {
  /** One non-empty match per start position where the lexicon matches, in order. */
  readonly spans: readonly Span[];
  /** Whether it matches anywhere at all (an empty match counts). */
  readonly any: boolean;
}

/**
 * Matches found in one text, as (lexicon id, rank of the term in the lexicon, start, end) records. The
 * array is reused from text to text; `length` says how much of it holds this text's records.
 */
export interface Records {
  readonly values: number[];
  length: number;
}

const SHARED: number[] = [];

/** An empty record list (sharing one array: take it, fill it and read it before taking another). */
export function emptyRecords(): Records {
  return { values: SHARED, length: 0 };
}

/** Appends a match of a term that `members` (pairs lexicon id, rank) hold. */
export function addRecords(records: Records, members: readonly number[], start: number, end: number): void {
  const v = records.values;
  for (let k = 0; k < members.length; k += 2) {
    v[records.length++] = members[k] ?? 0;
    v[records.length++] = members[k + 1] ?? 0;
    v[records.length++] = start;
    v[records.length++] = end;
  }
}

/**
 * Puts records in order of start position; records of one start keep their order. The first `sorted`
 * records are in order already (the trie walk's); the few after them (the broad terms') are each moved
 * back into place, in the array itself, instead of sorting them all through index arrays allocated per text.
 */
export function sortByStart(records: Records, sorted: number): void {
  const v = records.values;
  for (let k = sorted; k < records.length; k += 4) {
    const table = v[k] ?? 0;
    const rank = v[k + 1] ?? 0;
    const start = v[k + 2] ?? 0;
    const end = v[k + 3] ?? 0;
    // After every earlier record of the same start or before it: the order of one start stays.
    let at = k;
    while (at > 0 && (v[at - 2] ?? 0) > start) {
      v[at] = v[at - 4] ?? 0;
      v[at + 1] = v[at - 3] ?? 0;
      v[at + 2] = v[at - 2] ?? 0;
      v[at + 3] = v[at - 1] ?? 0;
      at -= 4;
    }
    v[at] = table;
    v[at + 1] = rank;
    v[at + 2] = start;
    v[at + 3] = end;
  }
}

/** A lexicon's matches being gathered (its pending match lies in the winners' scratch). */
interface Gathering {
  spans: readonly Span[];
  readonly any: true;
}

const NO_SPANS: readonly Span[] = Object.freeze([]);

/**
 * Scratch of winners, by lexicon id: the start, rank and end of the pending match (the best at the
 * latest start position), kept out of the answers, which only need their spans.
 */
let pendingStart: Int32Array = new Int32Array(256);
let pendingRank: Int32Array = new Int32Array(256);
let pendingEnd: Int32Array = new Int32Array(256);

/** Grows the scratch to hold lexicon id `table`. */
function reserve(table: number): void {
  if (table < pendingStart.length) return;
  // Copied: lexicons seen earlier in the text have their pending match here.
  const size = Math.max(table + 1, pendingStart.length * 2);
  pendingStart = grown(pendingStart, size);
  pendingRank = grown(pendingRank, size);
  pendingEnd = grown(pendingEnd, size);
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Adds a non-empty span to a lexicon's answer; the first one makes an array of one (not a grown one). */
function pushSpan(g: Gathering, start: number, end: number): void {
  if (end <= start) return;
  const span = { start, end };
  if (g.spans === NO_SPANS) g.spans = [span];
  else (g.spans as Span[]).push(span);
}

/**
 * Per lexicon and start position, the match of its lowest-ranked term (the alternative a regex engine
 * would take); empty matches count for `any` only. Records must come in order of start position.
 */
export function winners(records: Records): Map<number, TableMatches> {
  const result = new Map<number, Gathering>();
  const v = records.values;
  let top = -1;
  for (let k = 0; k < records.length; k += 4) {
    const table = v[k] ?? 0;
    if (table > top) {
      reserve(table);
      top = table;
    }
    const rank = v[k + 1] ?? 0;
    const start = v[k + 2] ?? 0;
    const end = v[k + 3] ?? 0;
    const g = result.get(table);
    if (!g) {
      result.set(table, { spans: NO_SPANS, any: true });
    } else if (pendingStart[table] === start) {
      if (rank < (pendingRank[table] ?? 0)) {
        pendingRank[table] = rank;
        pendingEnd[table] = end;
      }
      continue;
    } else {
      pushSpan(g, pendingStart[table] ?? 0, pendingEnd[table] ?? 0);
    }
    pendingStart[table] = start;
    pendingRank[table] = rank;
    pendingEnd[table] = end;
  }
  for (const [table, g] of result) pushSpan(g, pendingStart[table] ?? 0, pendingEnd[table] ?? 0);
  return result;
}
