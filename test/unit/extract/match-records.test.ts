/**
 * The walk's record store (match-records.ts): sortByStart moves the records appended after the sorted
 * ones into place in the array itself, keeping the order of records of one start, and winners reads a
 * lexicon's answer from them as a scan with its alternation regex would: per start, its lowest rank.
 * Both are compared with plain reference versions on random records.
 */
import { describe, expect, it } from 'vitest';
import { type Records, sortByStart, winners } from '../../../src/core/extract/match-records';
import { mulberry32 } from '../../../tools/train/random';

type Rec = [number, number, number, number];

function recordsOf(list: readonly Rec[]): Records {
  return { values: list.flat(), length: list.length * 4 };
}

function listOf(records: Records): Rec[] {
  const out: Rec[] = [];
  const v = records.values;
  for (let k = 0; k < records.length; k += 4)
    out.push([v[k] ?? 0, v[k + 1] ?? 0, v[k + 2] ?? 0, v[k + 3] ?? 0]);
  return out;
}

/** The reference: a stable sort by start. */
function sortedReference(list: readonly Rec[]): Rec[] {
  return [...list].sort((a, b) => a[2] - b[2]);
}

/** The reference winners: per lexicon, per start, the lowest rank's end; non-empty spans only. */
function winnersReference(
  list: readonly Rec[],
): Map<number, { spans: { start: number; end: number }[]; any: boolean }> {
  const best = new Map<number, Map<number, [number, number]>>();
  for (const [table, rank, start, end] of list) {
    let byStart = best.get(table);
    if (!byStart) {
      byStart = new Map();
      best.set(table, byStart);
    }
    const b = byStart.get(start);
    if (!b || rank < b[0]) byStart.set(start, [rank, end]);
  }
  const out = new Map<number, { spans: { start: number; end: number }[]; any: boolean }>();
  for (const [table, byStart] of best) {
    const spans = [...byStart]
      .sort((a, b) => a[0] - b[0])
      .filter(([start, [, end]]) => end > start)
      .map(([start, [, end]]) => ({ start, end }));
    out.set(table, { spans, any: true });
  }
  return out;
}

function randomRecords(random: () => number, count: number, maxStart: number): Rec[] {
  return Array.from({ length: count }, () => {
    const start = Math.floor(random() * maxStart);
    return [Math.floor(random() * 6), Math.floor(random() * 5), start, start + Math.floor(random() * 4)];
  });
}

describe('sortByStart', () => {
  it('moves the unsorted tail into place, records of one start in their order', () => {
    const list: Rec[] = [
      [0, 0, 1, 3],
      [1, 0, 4, 6],
      [2, 1, 4, 5],
      [3, 0, 2, 4],
      [4, 0, 4, 9],
      [5, 0, 0, 1],
    ];
    const records = recordsOf(list);
    sortByStart(records, 12);
    expect(listOf(records)).toEqual([
      [5, 0, 0, 1],
      [0, 0, 1, 3],
      [3, 0, 2, 4],
      [1, 0, 4, 6],
      [2, 1, 4, 5],
      [4, 0, 4, 9],
    ]);
  });

  it('leaves sorted records alone', () => {
    const list: Rec[] = [
      [0, 0, 1, 3],
      [1, 0, 2, 6],
    ];
    const records = recordsOf(list);
    sortByStart(records, 4);
    expect(listOf(records)).toEqual(list);
  });

  it('agrees with a stable sort on random records', () => {
    const random = mulberry32(15);
    for (let round = 0; round < 500; round++) {
      const head = sortedReference(randomRecords(random, Math.floor(random() * 12), 20));
      const tail = randomRecords(random, Math.floor(random() * 6), 20);
      const records = recordsOf([...head, ...tail]);
      sortByStart(records, head.length * 4);
      expect(listOf(records)).toEqual(sortedReference([...head, ...tail]));
    }
  });
});

describe('winners', () => {
  it('takes per start the lowest rank, and counts empty matches for any only', () => {
    const found = winners(
      recordsOf([
        [0, 2, 0, 5],
        [0, 1, 0, 3],
        [1, 0, 2, 2],
        [0, 0, 4, 7],
      ]),
    );
    expect(found.get(0)).toEqual({
      spans: [
        { start: 0, end: 3 },
        { start: 4, end: 7 },
      ],
      any: true,
    });
    expect(found.get(1)).toEqual({ spans: [], any: true });
    expect(found.has(2)).toBe(false);
  });

  it('agrees with the reference on random sorted records, lexicon ids beyond the scratch included', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 500; round++) {
      const list = sortedReference(randomRecords(random, Math.floor(random() * 30), 25)).map(
        ([table, rank, start, end]): Rec => [round % 50 === 0 ? table + 1000 : table, rank, start, end],
      );
      const found = winners(recordsOf(list));
      expect(new Map([...found].map(([k, m]) => [k, { spans: [...m.spans], any: m.any }]))).toEqual(
        winnersReference(list),
      );
    }
  });

  it('keeps every answer it gave while later texts fill its pool past a chunk', () => {
    const random = mulberry32(11);
    const kept: [ReturnType<typeof winners>, Rec[]][] = [];
    for (let round = 0; round < 4000; round++) {
      const list = sortedReference(randomRecords(random, 10 + Math.floor(random() * 30), 40));
      kept.push([winners(recordsOf(list)), list]);
    }
    for (const [found, list] of kept)
      expect(new Map([...found].map(([k, m]) => [k, { spans: [...m.spans], any: m.any }]))).toEqual(
        winnersReference(list),
      );
  });
});
