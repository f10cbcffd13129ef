/**
 * Trains the hidden-layer stage (src/core/classify/hidden-layer.ts): an embedding bag of the sparse
 * features into H ReLU units, shared by all labels, with one sigmoid output per label. Each sentence of a
 * segment is an instance; a label's sentence logits are pooled by log-mean-exp of its sharpness, as in
 * logreg.ts. Loss: the same masked, weighted binary cross-entropy as logreg.ts (positive weights per
 * label). Adam (embedding rows updated lazily, when their feature occurs), dropout on the hidden units.
 * Deterministic: seeded initialisation, order and dropout (random.ts).
 */
import { type SparseExample, sigmoid } from './logreg';
import { mulberry32, type Random, shuffleInPlace } from './random';

export interface HiddenParams {
  readonly labels: number;
  readonly features: number;
  readonly units: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** Probability that a hidden unit is dropped for an instance, while training. */
  readonly dropout: number;
  /** Standard deviation of the initial embedding. */
  readonly initScale: number;
  /** Per label sharpness (> 0) of the pooling over sentences. */
  readonly pooling: readonly number[];
  readonly positiveWeight: readonly number[];
  readonly seed: number;
}

export interface HiddenModel {
  readonly units: number;
  readonly labels: number;
  readonly pooling: readonly number[];
  /** features * units, row-major. */
  readonly embedding: Float32Array;
  readonly bias: Float64Array;
  /** units * labels, row-major. */
  readonly output: Float64Array;
  readonly outputBias: Float64Array;
}

function gaussian(random: Random): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Adam on one parameter array, for the listed gradient entries of one step. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private c1 = 1;
  private c2 = 1;
  constructor(
    size: number,
    private readonly rate: number,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  /** Starts step t (1-based): bias corrections. */
  step(t: number): void {
    this.c1 = 1 / (1 - 0.9 ** t);
    this.c2 = 1 / (1 - 0.999 ** t);
  }
  update(w: Float32Array | Float64Array, i: number, g: number): void {
    const m = 0.9 * this.m[i]! + 0.1 * g;
    const v = 0.999 * this.v[i]! + 0.001 * g * g;
    this.m[i] = m;
    this.v[i] = v;
    w[i]! -= (this.rate * m * this.c1) / (Math.sqrt(v * this.c2) + 1e-8);
  }
}

/** Pooled logits into `out`, and (when `att` is given) each instance's pooling weight per label. */
function poolLogits(
  z: Float64Array,
  k: number,
  L: number,
  pooling: readonly number[],
  out: Float64Array,
  att: Float64Array | null,
): void {
  for (let l = 0; l < L; l++) {
    if (k === 1) {
      out[l] = z[l]!;
      if (att !== null) att[l] = 1;
      continue;
    }
    const r = pooling[l]!;
    let max = -Infinity;
    for (let s = 0; s < k; s++) max = Math.max(max, r * z[s * L + l]!);
    let sum = 0;
    for (let s = 0; s < k; s++) sum += Math.exp(r * z[s * L + l]! - max);
    out[l] = (max + Math.log(sum / k)) / r;
    if (att !== null) for (let s = 0; s < k; s++) att[s * L + l] = Math.exp(r * z[s * L + l]! - max) / sum;
  }
}

/**
 * Hidden activations (after dropout, scaled by `keep`) of every instance into `act`, pre-activations
 * into `pre` and output logits (with intercepts) into `z`.
 */
function forward(
  m: HiddenModel,
  ex: Pick<SparseExample, 'idx' | 'val' | 'starts'>,
  pre: Float64Array,
  act: Float64Array,
  z: Float64Array,
  keep: Float64Array | null,
): number {
  const { units: H, labels: L } = m;
  const k = ex.starts.length - 1;
  for (let s = 0; s < k; s++) {
    for (let h = 0; h < H; h++) pre[s * H + h] = m.bias[h]!;
    for (let j = ex.starts[s]!; j < ex.starts[s + 1]!; j++) {
      const base = ex.idx[j]! * H;
      const v = ex.val[j]!;
      for (let h = 0; h < H; h++) pre[s * H + h]! += v * m.embedding[base + h]!;
    }
    for (let h = 0; h < H; h++) {
      act[s * H + h] = Math.max(0, pre[s * H + h]!) * (keep === null ? 1 : keep[s * H + h]!);
    }
    for (let l = 0; l < L; l++) {
      let t = m.outputBias[l]!;
      for (let h = 0; h < H; h++) t += act[s * H + h]! * m.output[h * L + l]!;
      z[s * L + l] = t;
    }
  }
  return k;
}

export function trainHidden(data: readonly SparseExample[], p: HiddenParams): HiddenModel {
  const H = p.units;
  const L = p.labels;
  const random = mulberry32(p.seed);
  const embedding = new Float32Array(p.features * H);
  for (let i = 0; i < embedding.length; i++) embedding[i] = gaussian(random) * p.initScale;
  const output = new Float64Array(H * L);
  for (let i = 0; i < output.length; i++) output[i] = gaussian(random) / Math.sqrt(H);
  const m: HiddenModel = {
    units: H,
    labels: L,
    pooling: p.pooling,
    embedding,
    bias: new Float64Array(H),
    output,
    outputBias: new Float64Array(L),
  };
  const adam = {
    embedding: new Adam(embedding.length, p.learningRate),
    bias: new Adam(H, p.learningRate),
    output: new Adam(output.length, p.learningRate),
    outputBias: new Adam(L, p.learningRate),
  };
  const maxK = data.reduce((mx, ex) => Math.max(mx, ex.starts.length - 1), 1);
  const pre = new Float64Array(maxK * H);
  const act = new Float64Array(maxK * H);
  const keep = new Float64Array(maxK * H);
  const z = new Float64Array(maxK * L);
  const att = new Float64Array(maxK * L);
  const pooled = new Float64Array(L);
  const g = new Float64Array(L);
  const gOut = new Float64Array(H * L);
  const gBias = new Float64Array(H);
  const gHidden = new Float64Array(H);
  const order = data.map((_, i) => i);
  const kept = 1 / (1 - p.dropout);
  let t = 0;
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const ex = data[i]!;
      const k = ex.starts.length - 1;
      for (let j = 0; j < k * H; j++) keep[j] = p.dropout > 0 && random() < p.dropout ? 0 : kept;
      forward(m, ex, pre, act, z, keep);
      poolLogits(z, k, L, p.pooling, pooled, att);
      for (let l = 0; l < L; l++) {
        if (ex.mask[l] !== 1) {
          g[l] = 0;
          continue;
        }
        const y = ex.y[l]!;
        g[l] = (sigmoid(pooled[l]!) - y) * (1 + (p.positiveWeight[l]! - 1) * y) * ex.weight;
      }
      t++;
      for (const a of Object.values(adam)) a.step(t);
      gOut.fill(0);
      gBias.fill(0);
      for (let s = 0; s < k; s++) {
        for (let h = 0; h < H; h++) {
          const a = act[s * H + h]!;
          let back = 0;
          for (let l = 0; l < L; l++) {
            const gl = g[l]! * att[s * L + l]!;
            gOut[h * L + l]! += gl * a;
            back += gl * m.output[h * L + l]!;
          }
          gHidden[h] = pre[s * H + h]! > 0 ? back * keep[s * H + h]! : 0;
          gBias[h]! += gHidden[h]!;
        }
        for (let j = ex.starts[s]!; j < ex.starts[s + 1]!; j++) {
          const base = ex.idx[j]! * H;
          const v = ex.val[j]!;
          for (let h = 0; h < H; h++) adam.embedding.update(embedding, base + h, gHidden[h]! * v);
        }
      }
      for (let l = 0; l < L; l++) adam.outputBias.update(m.outputBias, l, g[l]!);
      for (let h = 0; h < H; h++) adam.bias.update(m.bias, h, gBias[h]!);
      for (let w = 0; w < output.length; w++) adam.output.update(output, w, gOut[w]!);
    }
  }
  return m;
}

/** Pooled label logits (with intercepts) of one example. */
export function predictHidden(
  m: HiddenModel,
  ex: Pick<SparseExample, 'idx' | 'val' | 'starts'>,
): Float64Array {
  const k = Math.max(1, ex.starts.length - 1);
  const pre = new Float64Array(k * m.units);
  const act = new Float64Array(k * m.units);
  const z = new Float64Array(k * m.labels);
  const out = new Float64Array(m.labels);
  if (forward(m, ex, pre, act, z, null) === 0) return out;
  poolLogits(z, ex.starts.length - 1, m.labels, m.pooling, out, null);
  return out;
}
