/**
 * The weight rows of each sentence's features, found once a segment and read by both the linear sums and
 * the hidden layer: instance s is rows/values [starts[s], starts[s + 1]), in the order of its features,
 * without the features that have no weights (row -1). Buffers are reused from segment to segment.
 */
import type { SentenceVectors } from './features';
import type { WeightTable } from './weight-table';

export class RowLists {
  /** Number of instances. */
  count = 0;
  starts: Int32Array = new Int32Array(64);
  rows: Int32Array = new Int32Array(1024);
  values: Float32Array = new Float32Array(1024);

  /**
   * The rows of `v`'s sentences: a feature's row is segmentRows[local] when it has a place in the
   * segment vector, else the table's.
   */
  fill(v: SentenceVectors, segmentRows: Int32Array, table: WeightTable): this {
    const k = v.starts.length - 1;
    const n = v.ids.length;
    if (this.starts.length < k + 1) this.starts = new Int32Array(2 * (k + 1));
    if (this.rows.length < n) {
      this.rows = new Int32Array(2 * n);
      this.values = new Float32Array(2 * n);
    }
    const { starts, rows, values } = this;
    const { local, ids } = v;
    let at = 0;
    starts[0] = 0;
    for (let s = 0; s < k; s++) {
      for (let i = v.starts[s]!; i < v.starts[s + 1]!; i++) {
        const j = local[i]!;
        const r = j >= 0 ? segmentRows[j]! : table.row(ids[i]!);
        if (r < 0) continue;
        rows[at] = r;
        values[at++] = v.values[i]!;
      }
      starts[s + 1] = at;
    }
    this.count = k;
    return this;
  }
}
