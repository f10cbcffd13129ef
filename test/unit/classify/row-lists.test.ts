import { describe, expect, it } from 'vitest';
import { RowLists } from '../../../src/core/classify/row-lists';
import { buildWeightTable } from '../../../src/core/classify/weight-table';
import { sentenceVectors } from './sentence-vectors';

// the model knows ids 5, 9 and 12 (rows 0, 1, 2)
const table = buildWeightTable(Uint32Array.of(5, 9, 12));

const listed = (r: RowLists) =>
  Array.from({ length: r.count }, (_, s) =>
    Array.from({ length: r.starts[s + 1]! - r.starts[s]! }, (_, i) => [
      r.rows[r.starts[s]! + i],
      r.values[r.starts[s]! + i],
    ]),
  );

describe('RowLists', () => {
  it('keeps each sentence its features with weights, in order, found through the segment rows or the table', () => {
    // segment vector: position 0 has row 2, position 1 has no weights (-1)
    const segmentRows = Int32Array.of(2, -1);
    const v = sentenceVectors([
      [
        [12, 0.5, 0],
        [77, 0.5, 1],
        [9, 0.25, -1],
      ],
      [[77, 1, -1]],
      [
        [5, 2, -1],
        [12, 0.75, 0],
      ],
    ]);
    const r = new RowLists().fill(v, segmentRows, table);
    expect(r.count).toBe(3);
    expect(listed(r)).toEqual([
      [
        [2, 0.5],
        [1, 0.25],
      ],
      [],
      [
        [0, 2],
        [2, 0.75],
      ],
    ]);
  });

  it('reads the segment rows by position, not the id', () => {
    // the id says 9 (row 1), but local points at segment position 0, whose row is 0
    const r = new RowLists().fill(sentenceVectors([[[9, 1, 0]]]), Int32Array.of(0), table);
    expect(listed(r)).toEqual([[[0, 1]]]);
  });

  it('grows for long segments and starts over on each fill', () => {
    const lists = new RowLists();
    const long = sentenceVectors(
      Array.from({ length: 100 }, (_, s) =>
        Array.from({ length: 30 }, (_, i): [number, number, number] => [i % 2 === 0 ? 5 : 77, s + 1, -1]),
      ),
    );
    lists.fill(long, new Int32Array(0), table);
    expect(lists.count).toBe(100);
    expect(lists.starts[100]).toBe(100 * 15);
    expect(lists.values[lists.starts[99]!]).toBe(100);
    lists.fill(sentenceVectors([[[12, 3, -1]]]), new Int32Array(0), table);
    expect(listed(lists)).toEqual([[[2, 3]]]);
  });
});
