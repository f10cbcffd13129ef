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
import { decodeInt8Rows, type HiddenLayerModel } from './hidden-format';
import { poolLogMeanExp } from './pooling';
import { RowLists } from './row-lists';
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
  /** As `logits`, over the sentences' rows found already (row-lists.ts). */
  logitsOfRows(sentences: RowLists, out: Float64Array): void;
}

const N = SEGMENT_LABELS.length;
// the hidden layer's output sums keep the ten labels' sums in locals, written out one by one
if (N !== 10) throw new Error('the hidden layer output sums are written for 10 labels');

/**
 * Where the embedding's rows are kept: row r's values at data[r * stride + offset ..]. The classifier
 * keeps them beside the same row's linear weights, so that a feature's weights share a cache line.
 */
export interface RowStore {
  readonly data: Int8Array;
  readonly stride: number;
  readonly offset: number;
}

/**
 * The stage of a validated model whose linear part has `rows` rows (its embedding copied into `store`);
 * `member`: the model member it is, for errors.
 */
export function loadHiddenLayer(
  m: HiddenLayerModel,
  rows: number,
  store?: RowStore,
  member = 'hidden',
): HiddenLayer {
  const H = m.units;
  const rowStore = store ?? { data: new Int8Array(rows * H), stride: H, offset: 0 };
  decodeInt8Rows(m.embedding, rows, H, rowStore, member);
  const { data: embedding, stride, offset } = rowStore;
  const scale = Float64Array.from(m.scale);
  const bias = Float64Array.from(m.bias);
  const output = Float64Array.from(m.output);
  const pooling = Float64Array.from(m.pooling);
  const acc = new Float64Array(H);
  const blocked = H - (H % 8);
  let z = new Float64Array(16 * N);

  /** Output logits of instance s into z[s * N ..]. */
  const instance = (v: RowLists, s: number): void => {
    acc.fill(0);
    const { rows, values } = v;
    for (let i = v.starts[s]!; i < v.starts[s + 1]!; i++) {
      const x = values[i]!;
      const base = rows[i]! * stride + offset;
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
    // the ten labels' sums in locals, each in the order of the units
    let z0 = 0,
      z1 = 0,
      z2 = 0,
      z3 = 0,
      z4 = 0,
      z5 = 0,
      z6 = 0,
      z7 = 0,
      z8 = 0,
      z9 = 0;
    for (let h = 0; h < H; h++) {
      const a = bias[h]! + scale[h]! * acc[h]!;
      if (a <= 0) continue;
      const o = h * N;
      z0 += a * output[o]!;
      z1 += a * output[o + 1]!;
      z2 += a * output[o + 2]!;
      z3 += a * output[o + 3]!;
      z4 += a * output[o + 4]!;
      z5 += a * output[o + 5]!;
      z6 += a * output[o + 6]!;
      z7 += a * output[o + 7]!;
      z8 += a * output[o + 8]!;
      z9 += a * output[o + 9]!;
    }
    const at = s * N;
    z[at] = z0;
    z[at + 1] = z1;
    z[at + 2] = z2;
    z[at + 3] = z3;
    z[at + 4] = z4;
    z[at + 5] = z5;
    z[at + 6] = z6;
    z[at + 7] = z7;
    z[at + 8] = z8;
    z[at + 9] = z9;
  };

  const logitsOfRows = (v: RowLists, out: Float64Array): void => {
    const k = v.count;
    if (k <= 0) {
      out.fill(0, 0, N);
      return;
    }
    if (z.length < k * N) z = new Float64Array(k * N * 2);
    for (let s = 0; s < k; s++) instance(v, s);
    for (let l = 0; l < N; l++) out[l] = poolLogMeanExp(z, k, l, pooling[l]!);
  };

  const own = new RowLists();
  const logits = (v: SentenceVectors, segmentRows: Int32Array, table: WeightTable, out: Float64Array): void =>
    logitsOfRows(own.fill(v, segmentRows, table), out);

  return { blend: Float64Array.from(m.blend), logits, logitsOfRows };
}
