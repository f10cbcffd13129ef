/**
 * The hidden-layer stage: a small network over the same sparse features as the linear model, shared by
 * all labels. Each sentence of a segment (the instances of features.ts) is read as
 *   hidden = relu(bias + sum over its features f of value_f * embedding[f])   (H units)
 *   logit_l = sum over h of hidden_h * output[h][l]
 * and a label's sentence logits are pooled by log-mean-exp of sharpness pooling[l]. The classifier blends
 * these logits with the linear model's for the languages of hidden-format.ts `langs` (English): German
 * and the languages without training data keep the linear model alone.
 * Trained by tools/train/hidden-layer.ts.
 */
import { SEGMENT_LABELS } from '../vocabulary';
import type { SentenceVectors } from './features';
import { decodeInt8, type HiddenLayerModel } from './hidden-format';
import { poolLogMeanExp } from './pooling';
import type { WeightTable } from './weight-table';

export interface HiddenLayer {
  /** Per label weight of this stage in the blended logit. */
  readonly blend: Float64Array;
  /**
   * Pooled output logits (without intercepts) of one segment's sentences into out[0 .. labels). The
   * embedding shares the linear model's rows: `segmentRows` are the rows of the segment vector's ids
   * (sentence features map to them through `local`), `table` finds the others.
   */
  logits(sentences: SentenceVectors, segmentRows: Int32Array, table: WeightTable, out: Float64Array): void;
}

const N = SEGMENT_LABELS.length;

/**
 * Where the embedding's rows are kept: row r's values at data[r * stride + offset ..]. The classifier
 * keeps them beside the same row's linear weights, so that a feature's weights share a cache line.
 */
export interface RowStore {
  readonly data: Int8Array;
  readonly stride: number;
  readonly offset: number;
}

/** The stage of a validated model whose linear part has `rows` rows (its embedding copied into `store`). */
export function loadHiddenLayer(m: HiddenLayerModel, rows: number, store?: RowStore): HiddenLayer {
  const H = m.units;
  const decoded = decodeInt8(m.embedding, rows * H);
  const { data: embedding, stride, offset } = store ?? { data: decoded, stride: H, offset: 0 };
  if (store) {
    for (let r = 0; r < rows; r++) embedding.set(decoded.subarray(r * H, (r + 1) * H), r * stride + offset);
  }
  const scale = Float64Array.from(m.scale);
  const bias = Float64Array.from(m.bias);
  const output = Float64Array.from(m.output);
  const pooling = Float64Array.from(m.pooling);
  const acc = new Float64Array(H);
  const blocked = H - (H % 8);
  let z = new Float64Array(16 * N);

  /** Output logits of instance s into z[s * N ..]. */
  const instance = (v: SentenceVectors, segmentRows: Int32Array, table: WeightTable, s: number): void => {
    acc.fill(0);
    for (let i = v.starts[s]!; i < v.starts[s + 1]!; i++) {
      const j = v.local[i]!;
      const r = j >= 0 ? segmentRows[j]! : table.row(v.ids[i]!);
      if (r < 0) continue;
      const x = v.values[i]!;
      const base = r * stride + offset;
      // unrolled by 8: this loop is the stage's whole cost
      let h = 0;
      for (; h < blocked; h += 8) {
        const o = base + h;
        acc[h]! += x * embedding[o]!;
        acc[h + 1]! += x * embedding[o + 1]!;
        acc[h + 2]! += x * embedding[o + 2]!;
        acc[h + 3]! += x * embedding[o + 3]!;
        acc[h + 4]! += x * embedding[o + 4]!;
        acc[h + 5]! += x * embedding[o + 5]!;
        acc[h + 6]! += x * embedding[o + 6]!;
        acc[h + 7]! += x * embedding[o + 7]!;
      }
      for (; h < H; h++) acc[h]! += x * embedding[base + h]!;
    }
    z.fill(0, s * N, (s + 1) * N);
    for (let h = 0; h < H; h++) {
      const a = bias[h]! + scale[h]! * acc[h]!;
      if (a <= 0) continue;
      for (let l = 0; l < N; l++) z[s * N + l]! += a * output[h * N + l]!;
    }
  };

  const logits = (
    v: SentenceVectors,
    segmentRows: Int32Array,
    table: WeightTable,
    out: Float64Array,
  ): void => {
    const k = v.starts.length - 1;
    if (k <= 0) {
      out.fill(0, 0, N);
      return;
    }
    if (z.length < k * N) z = new Float64Array(k * N * 2);
    for (let s = 0; s < k; s++) instance(v, segmentRows, table, s);
    for (let l = 0; l < N; l++) out[l] = poolLogMeanExp(z, k, l, pooling[l]!);
  };

  return { blend: Float64Array.from(m.blend), logits };
}
