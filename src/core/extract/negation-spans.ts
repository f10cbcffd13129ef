import type { Span } from './match-records';

/**
 * Spans in order of start (one per start, as a lexicon's matches come), each with the furthest end of it
 * and all before it: whether any of them covers a span is found by halving, not by trying each.
 */
export interface Cover {
  readonly starts: readonly number[];
  readonly furthestEnds: readonly number[];
}

export function coverOf(spans: readonly Span[]): Cover {
  let furthest = -1;
  return {
    starts: spans.map((s) => s.start),
    furthestEnds: spans.map((s) => {
      furthest = Math.max(furthest, s.end);
      return furthest;
    }),
  };
}

/** Whether a span of `cover` holds `start`..`end` (its start at or before `start`, its end at or after `end`). */
export function covers(cover: Cover, start: number, end: number): boolean {
  const last = countAtMost(cover.starts, start) - 1;
  return last >= 0 && (cover.furthestEnds[last] ?? -1) >= end;
}

/** How many of `sorted` (ascending) are at most `value`. */
export function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? value) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Negation words of one sentence, found once in the whole sentence, grouped by where they stand: outside
 * any bracketed aside (they count for every mention of their clause) or inside one (they count only for a
 * mention in that aside). Each group is in order of start with, per negation, the nearest end among it
 * and those after it in its group, so "does a window hold one" is answered by halving.
 */
export interface NegationIndex {
  readonly free: Group;
  readonly aside: Group;
}

interface Group {
  readonly starts: readonly number[];
  /** For the negation at k: the least end among k and the later ones of its group. */
  readonly nearestEnds: readonly number[];
}

/** Indexes `negations` (in order of start) of a sentence; `asideAround` gives its aside strictly around a position. */
export function negationIndex(
  negations: readonly Span[],
  asideAround: (at: number) => Span | undefined,
): NegationIndex {
  const free: Span[] = [];
  const inAsides: { span: Span; aside: Span }[] = [];
  for (const n of negations) {
    const aside = asideAround(n.start);
    if (aside) inAsides.push({ span: n, aside });
    else free.push(n);
  }
  return {
    free: groupOf(
      free,
      free.map(() => 0),
    ),
    aside: groupOf(
      inAsides.map((n) => n.span),
      inAsides.map((n) => n.aside.start),
    ),
  };
}

/** A group of spans, `keys[k]` naming the subgroup of span k (equal keys stand together). */
function groupOf(spans: readonly Span[], keys: readonly number[]): Group {
  const n = spans.length;
  const nearestEnds: number[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const end = spans[k]?.end ?? 0;
    const same = k + 1 < n && keys[k + 1] === keys[k];
    nearestEnds[k] = same ? Math.min(end, nearestEnds[k + 1] ?? end) : end;
  }
  return { starts: spans.map((s) => s.start), nearestEnds };
}

/**
 * Whether the sentence holds a negation within `from`..`to` that counts for a mention in `posAside` (the
 * aside around the mention, if any): one outside every aside, or one in that aside.
 */
export function negationWithin(
  index: NegationIndex,
  from: number,
  to: number,
  posAside: Span | undefined,
): boolean {
  if (anyWithin(index.free, from, to)) return true;
  return (
    posAside !== undefined && anyWithin(index.aside, Math.max(from, posAside.start + 1), to, posAside.end)
  );
}

/**
 * Whether group `g` holds a span that starts at or after `from` (and before `below`) and ends by `to`: the
 * first one from `from` on, with the nearest end of its subgroup from there (spans that start at or after
 * `to` end after it, so they never pass for one that does not).
 */
function anyWithin(g: Group, from: number, to: number, below = Number.POSITIVE_INFINITY): boolean {
  const k = countAtMost(g.starts, from - 1);
  const start = g.starts[k];
  return start !== undefined && start < below && (g.nearestEnds[k] ?? to + 1) <= to;
}
