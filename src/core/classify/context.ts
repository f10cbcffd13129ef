/**
 * Document context (a stacked second stage): segments of a policy cluster by topic, so a label's score
 * for one segment is corrected by the first stage's scores of the same label in its neighbours.
 *
 * For label l and segment i, with s the first stage's calibrated logit (0 at the decision point) and
 * u = clip(s, ±CLIP) / CLIP_SCALE, the second-stage logit is
 *   clip(s) + w_self * u_i + sum over offsets d of w_d * u_(i+d) + bias
 * (a residual on the first stage: zero weights give the first stage back). A missing neighbour (page
 * edges, a one-segment page) reads as u = 0, a neighbour at its decision point, so a lone segment keeps
 * about its first-stage score. A label with no weights keeps its first-stage logit. Trained on out-of-fold first-stage scores (tools/train/context.ts).
 */

export const CONTEXT_CLIP = 8;
export const CONTEXT_SCALE = 4;

export interface ContextWeights {
  /** Neighbour offsets read (e.g. -1, 1, -2, 2). */
  readonly offsets: readonly number[];
  /**
   * Per label: [] (no context) or 2 + offsets.length weights: [w_self, w_d per offset, bias].
   */
  readonly labels: ReadonlyArray<readonly number[]>;
}

export function clipLogit(s: number): number {
  return Math.max(-CONTEXT_CLIP, Math.min(CONTEXT_CLIP, s));
}

/** Number of weights a label with context has. */
export function contextWidth(offsets: readonly number[]): number {
  return 2 + offsets.length;
}

/**
 * The inputs of label l at segment i over first-stage logits z (k segments, n labels, row-major):
 * [u_i, u_(i+d) per offset (0 when outside the page), 1].
 */
export function contextInputs(
  z: Float64Array,
  k: number,
  n: number,
  i: number,
  l: number,
  offsets: readonly number[],
  out: Float64Array,
): void {
  out[0] = clipLogit(z[i * n + l]!) / CONTEXT_SCALE;
  offsets.forEach((d, j) => {
    const at = i + d;
    const present = at >= 0 && at < k;
    out[1 + j] = present ? clipLogit(z[at * n + l]!) / CONTEXT_SCALE : 0;
  });
  out[out.length - 1] = 1;
}

/** Second-stage logits of k segments (row-major k * n) from first-stage logits z. */
export function applyContext(z: Float64Array, k: number, n: number, weights: ContextWeights): Float64Array {
  const out = Float64Array.from(z);
  const x = new Float64Array(contextWidth(weights.offsets));
  for (let l = 0; l < n; l++) {
    const w = weights.labels[l];
    if (w === undefined || w.length === 0) continue;
    for (let i = 0; i < k; i++) {
      contextInputs(z, k, n, i, l, weights.offsets, x);
      let s = clipLogit(z[i * n + l]!);
      for (let j = 0; j < x.length; j++) s += w[j]! * x[j]!;
      out[i * n + l] = s;
    }
  }
  return out;
}
