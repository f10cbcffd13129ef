/** A match of a lexicon in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether `inner` lies inside `outer` (its bounds included). */
export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
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

/** Puts records in order of start position; records of one start keep their order. */
export function sortByStart(records: Records): void {
  const v = records.values;
  const order = Array.from({ length: records.length / 4 }, (_, k) => k * 4);
  order.sort((a, b) => (v[a + 2] ?? 0) - (v[b + 2] ?? 0));
  const sorted = order.flatMap((k) => [v[k] ?? 0, v[k + 1] ?? 0, v[k + 2] ?? 0, v[k + 3] ?? 0]);
  for (let k = 0; k < sorted.length; k++) v[k] = sorted[k] ?? 0;
}

/** A lexicon's matches being gathered: the best match at the latest start position is pending. */
interface Gathering extends TableMatches {
  readonly spans: Span[];
  start: number;
  rank: number;
  end: number;
}

/**
 * Per lexicon and start position, the match of its lowest-ranked term (the alternative a regex engine
 * would take); empty matches count for `any` only. Records must come in order of start position.
 */
export function winners(records: Records): Map<number, TableMatches> {
  const result = new Map<number, Gathering>();
  const v = records.values;
  for (let k = 0; k < records.length; k += 4) {
    const table = v[k] ?? 0;
    const rank = v[k + 1] ?? 0;
    const start = v[k + 2] ?? 0;
    const end = v[k + 3] ?? 0;
    const g = result.get(table);
    if (!g) {
      result.set(table, { spans: [], any: true, start, rank, end });
    } else if (g.start === start) {
      if (rank < g.rank) {
        g.rank = rank;
        g.end = end;
      }
    } else {
      if (g.end > g.start) g.spans.push({ start: g.start, end: g.end });
      g.start = start;
      g.rank = rank;
      g.end = end;
    }
  }
  for (const g of result.values()) if (g.end > g.start) g.spans.push({ start: g.start, end: g.end });
  return result;
}
