/**
 * One-vs-rest logistic regression over sparse features, trained with AdaGrad, optionally over several
 * instances per example (the sentences of a segment): the example's logit is the log-mean-exp of its
 * instances' logits, so a label is present when some sentence expresses it (multiple-instance learning).
 *
 * Each example carries a per-label mask (labels its corpus does not annotate get no loss) and a weight.
 * The L2 penalty lambda/2 * ||w_l||^2 is spread over the occurrences of each feature (lambda / df per
 * occurrence), so one epoch applies exactly the full-batch penalty. Deterministic: fixed seed and order.
 */
import { mulberry32, shuffleInPlace } from './random';

export interface SparseExample {
  readonly idx: Int32Array;
  readonly val: Float32Array;
  /** Instance boundaries in idx/val: instance i is [starts[i], starts[i+1]); starts.length = k + 1. */
  readonly starts: Int32Array;
  /** Targets in [0, 1], one per label. */
  readonly y: Float32Array;
  /** 1 where the label is annotated for this example. */
  readonly mask: Uint8Array;
  readonly weight: number;
}

export interface LogRegParams {
  readonly labels: number;
  readonly features: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Loss weight of a positive target, per label (negatives weigh 1). */
  readonly positiveWeight: readonly number[];
  readonly seed: number;
  /** Sharpness r of log-mean-exp pooling over instances: (1/r) log mean exp(r z). */
  readonly poolSharpness: number;
}

export interface LogRegModel {
  readonly labels: number;
  readonly features: number;
  readonly poolSharpness: number;
  /** Row-major: weights[f * labels + l]. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Per (feature, label): lambda divided by the number of examples in which both are present. */
function regularisation(data: readonly SparseExample[], p: LogRegParams): Float32Array {
  const df = new Float32Array(p.features * p.labels);
  for (const ex of data) {
    for (let i = 0; i < ex.idx.length; i++) {
      const base = ex.idx[i]! * p.labels;
      for (let l = 0; l < p.labels; l++) if (ex.mask[l] === 1) df[base + l]! += 1;
    }
  }
  for (let k = 0; k < df.length; k++) df[k] = df[k]! > 0 ? p.l2 / df[k]! : 0;
  return df;
}

/**
 * Instance logits (without bias) into `inst` (k * L), pooled logits (with bias) into `pooled` (L), and
 * the pooling attention of every instance into `inst` (overwritten) when `attention` is set.
 */
function forward(
  weights: Float32Array,
  bias: Float64Array,
  L: number,
  r: number,
  ex: Pick<SparseExample, 'idx' | 'val' | 'starts'>,
  inst: Float64Array,
  pooled: Float64Array,
  attention: boolean,
): void {
  const k = ex.starts.length - 1;
  inst.fill(0, 0, k * L);
  for (let s = 0; s < k; s++) {
    for (let j = ex.starts[s]!; j < ex.starts[s + 1]!; j++) {
      const base = ex.idx[j]! * L;
      const v = ex.val[j]!;
      for (let l = 0; l < L; l++) inst[s * L + l]! += v * weights[base + l]!;
    }
  }
  for (let l = 0; l < L; l++) {
    if (k === 1) {
      pooled[l] = bias[l]! + inst[l]!;
      if (attention) inst[l] = 1;
      continue;
    }
    let max = -Infinity;
    for (let s = 0; s < k; s++) max = Math.max(max, r * inst[s * L + l]!);
    let sum = 0;
    for (let s = 0; s < k; s++) sum += Math.exp(r * inst[s * L + l]! - max);
    pooled[l] = bias[l]! + (max + Math.log(sum / k)) / r;
    if (attention) for (let s = 0; s < k; s++) inst[s * L + l] = Math.exp(r * inst[s * L + l]! - max) / sum;
  }
}

function maxInstances(data: readonly SparseExample[]): number {
  return data.reduce((m, ex) => Math.max(m, ex.starts.length - 1), 1);
}

export function trainLogReg(data: readonly SparseExample[], p: LogRegParams): LogRegModel {
  const L = p.labels;
  const weights = new Float32Array(p.features * L);
  const bias = new Float64Array(L);
  const gW = new Float32Array(p.features * L);
  const gB = new Float64Array(L);
  const reg = regularisation(data, p);
  const order = data.map((_, i) => i);
  const random = mulberry32(p.seed);
  const g = new Float64Array(L);
  const inst = new Float64Array(maxInstances(data) * L);
  const eps = 1e-8;
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const ex = data[i]!;
      forward(weights, bias, L, p.poolSharpness, ex, inst, g, true);
      for (let l = 0; l < L; l++) {
        if (ex.mask[l] !== 1) {
          g[l] = 0;
          continue;
        }
        const y = ex.y[l]!;
        const cw = 1 + (p.positiveWeight[l]! - 1) * y;
        g[l] = (sigmoid(g[l]!) - y) * cw * ex.weight;
        gB[l]! += g[l]! * g[l]!;
        bias[l]! -= (p.learningRate * g[l]!) / (Math.sqrt(gB[l]!) + eps);
      }
      const k = ex.starts.length - 1;
      for (let s = 0; s < k; s++) {
        for (let j = ex.starts[s]!; j < ex.starts[s + 1]!; j++) {
          const base = ex.idx[j]! * L;
          const v = ex.val[j]!;
          for (let l = 0; l < L; l++) {
            if (ex.mask[l] !== 1) continue;
            const w = base + l;
            const grad = g[l]! * inst[s * L + l]! * v + reg[w]! * weights[w]!;
            gW[w]! += grad * grad;
            weights[w]! -= (p.learningRate * grad) / (Math.sqrt(gW[w]!) + eps);
          }
        }
      }
    }
  }
  return { labels: L, features: p.features, poolSharpness: p.poolSharpness, weights, bias };
}

/** Label probabilities of one example. */
export function predictLogReg(
  m: LogRegModel,
  ex: Pick<SparseExample, 'idx' | 'val' | 'starts'>,
): Float64Array {
  const out = new Float64Array(m.labels);
  const inst = new Float64Array((ex.starts.length - 1) * m.labels);
  forward(m.weights, m.bias, m.labels, m.poolSharpness, ex, inst, out, false);
  for (let l = 0; l < m.labels; l++) out[l] = sigmoid(out[l]!);
  return out;
}
