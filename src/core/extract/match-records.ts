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

const NO_SPANS: readonly Span[] = Object.freeze([]);
/** The answer of a lexicon that matches only empty strings. */
const EMPTY_MATCH: TableMatches = Object.freeze({ spans: NO_SPANS, any: true });

/**
 * Every lexicon's matches in one text, kept flat in a pooled buffer (see winners): at `at`, the number n of
 * lexicons that match, their ids (in the order of their first record), n + 1 offsets of their spans in
 * `data`, then the spans as start, end pairs. Span objects are made only when a caller asks for a lexicon's
 * (get); hasAny and the walks of a page allocate none.
 */
export class LexiconMatches {
  constructor(
    private readonly data: Int32Array,
    private readonly at: number,
  ) {}

  /** How many lexicons match. */
  get size(): number {
    return this.data[this.at] ?? 0;
  }

  /** The id of the k-th lexicon that matches (k < size). */
  idAt(k: number): number {
    return this.data[this.at + 1 + k] ?? 0;
  }

  /** Where in `data` the spans of the k-th lexicon begin, and end (spanFrom(k + 1)). */
  spanFrom(k: number): number {
    return this.data[this.at + 1 + this.size + k] ?? 0;
  }

  /** The start of the span at `q` (spanFrom(k) <= q < spanFrom(k + 1), by steps of 2); its end is endAt(q). */
  startAt(q: number): number {
    return this.data[q] ?? 0;
  }

  endAt(q: number): number {
    return this.data[q + 1] ?? 0;
  }

  /** The place of lexicon `id` among the ones that match, or -1. */
  indexOf(id: number): number {
    const { data, at } = this;
    const n = data[at] ?? 0;
    for (let k = 0; k < n; k++) if (data[at + 1 + k] === id) return k;
    return -1;
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  /** The k-th lexicon's answer, its spans made now. */
  answerAt(k: number): TableMatches {
    const from = this.spanFrom(k);
    const to = this.spanFrom(k + 1);
    if (to === from) return EMPTY_MATCH;
    const spans: Span[] = [];
    for (let q = from; q < to; q += 2) spans.push({ start: this.data[q] ?? 0, end: this.data[q + 1] ?? 0 });
    return { spans, any: true };
  }

  /** What lexicon `id` matches, or undefined when it matches nothing (not even an empty string). */
  get(id: number): TableMatches | undefined {
    const k = this.indexOf(id);
    return k < 0 ? undefined : this.answerAt(k);
  }

  *[Symbol.iterator](): IterableIterator<[number, TableMatches]> {
    for (let k = 0; k < this.size; k++) yield [this.idAt(k), this.answerAt(k)];
  }
}

/** What a text without matches holds. */
const NO_MATCHES = new LexiconMatches(new Int32Array(2), 0);

/**
 * Scratch of winners, by lexicon id: the start, rank and end of the pending match (the best at the
 * latest start position), and the text (`stamp`) and place among the text's lexicons (`slotOf`) it is of.
 */
let pendingStart: Int32Array = new Int32Array(256);
let pendingRank: Int32Array = new Int32Array(256);
let pendingEnd: Int32Array = new Int32Array(256);
let stampOf: Int32Array = new Int32Array(256);
let slotOf: Int32Array = new Int32Array(256);
/** Numbers the texts winners reads (stampOf says whether a lexicon was seen in this one). */
let stamp = 0;

/** Grows the scratch to hold lexicon id `table`. */
function reserve(table: number): void {
  if (table < pendingStart.length) return;
  // Copied: lexicons seen earlier in the text have their pending match here.
  const size = Math.max(table + 1, pendingStart.length * 2);
  pendingStart = grown(pendingStart, size);
  pendingRank = grown(pendingRank, size);
  pendingEnd = grown(pendingEnd, size);
  stampOf = grown(stampOf, size);
  slotOf = grown(slotOf, size);
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** Scratch of winners, by place among the text's lexicons: the lexicon's id and its number of spans. */
let slotIds: Int32Array = new Int32Array(64);
let slotSpans: Int32Array = new Int32Array(64);
/** Scratch of winners: the spans in the order they are settled, as (place, start, end). */
let settled: Int32Array = new Int32Array(768);
let settledLength = 0;

function settle(slot: number, start: number, end: number): void {
  if (end <= start) return;
  if (settledLength + 3 > settled.length) settled = grown(settled, settled.length * 2);
  settled[settledLength++] = slot;
  settled[settledLength++] = start;
  settled[settledLength++] = end;
  slotSpans[slot] = (slotSpans[slot] ?? 0) + 1;
}

/**
 * The pool the answers are written in: chunks that are filled and then left to the texts that point
 * into them (a chunk is collected with the last of them), so the answers of a page are a few buffers the
 * garbage collector neither copies nor scans.
 */
const CHUNK = 1 << 16;
let pool: Int32Array = new Int32Array(CHUNK);
let poolUsed = 0;

/** A place for `size` numbers in the pool. */
function reservePool(size: number): number {
  if (poolUsed + size > pool.length) {
    pool = new Int32Array(Math.max(CHUNK, size));
    poolUsed = 0;
  }
  const at = poolUsed;
  poolUsed += size;
  return at;
}

/**
 * Per lexicon and start position, the match of its lowest-ranked term (the alternative a regex engine
 * would take); empty matches count for `any` only. Records must come in order of start position.
 */
export function winners(records: Records): LexiconMatches {
  if (records.length === 0) return NO_MATCHES;
  if (++stamp > 0x3fffffff) {
    stamp = 1;
    stampOf.fill(0);
  }
  const v = records.values;
  let top = -1;
  let slots = 0;
  settledLength = 0;
  for (let k = 0; k < records.length; k += 4) {
    const table = v[k] ?? 0;
    if (table > top) {
      reserve(table);
      top = table;
    }
    const rank = v[k + 1] ?? 0;
    const start = v[k + 2] ?? 0;
    const end = v[k + 3] ?? 0;
    if (stampOf[table] !== stamp) {
      stampOf[table] = stamp;
      if (slots === slotIds.length) {
        slotIds = grown(slotIds, slots * 2);
        slotSpans = grown(slotSpans, slots * 2);
      }
      slotIds[slots] = table;
      slotSpans[slots] = 0;
      slotOf[table] = slots++;
    } else if (pendingStart[table] === start) {
      if (rank < (pendingRank[table] ?? 0)) {
        pendingRank[table] = rank;
        pendingEnd[table] = end;
      }
      continue;
    } else {
      settle(slotOf[table] ?? 0, pendingStart[table] ?? 0, pendingEnd[table] ?? 0);
    }
    pendingStart[table] = start;
    pendingRank[table] = rank;
    pendingEnd[table] = end;
  }
  for (let s = 0; s < slots; s++) {
    const table = slotIds[s] ?? 0;
    settle(s, pendingStart[table] ?? 0, pendingEnd[table] ?? 0);
  }
  return written(slots);
}

/** Writes the answers winners settled into the pool. */
function written(slots: number): LexiconMatches {
  const spans = settledLength / 3;
  const size = 2 + 2 * slots + 2 * spans;
  const at = reservePool(size);
  const data = pool;
  data[at] = slots;
  // Offsets of each lexicon's spans; slotSpans becomes where the next span of each goes.
  let next = at + 2 + 2 * slots;
  for (let s = 0; s < slots; s++) {
    data[at + 1 + s] = slotIds[s] ?? 0;
    data[at + 1 + slots + s] = next;
    const count = slotSpans[s] ?? 0;
    slotSpans[s] = next;
    next += 2 * count;
  }
  data[at + 1 + 2 * slots] = next;
  for (let q = 0; q < settledLength; q += 3) {
    const s = settled[q] ?? 0;
    const to = slotSpans[s] ?? 0;
    data[to] = settled[q + 1] ?? 0;
    data[to + 1] = settled[q + 2] ?? 0;
    slotSpans[s] = to + 2;
  }
  return new LexiconMatches(data, at);
}
