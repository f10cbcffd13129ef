import { SEGMENT_LABELS } from '../vocabulary';

const N = SEGMENT_LABELS.length;

/**
 * Log-mean-exp with sharpness r of the k instance logits of label l (z row-major, k rows of one logit per
 * label): r near 0 is the mean, a large r the maximum. One sentence is its own logit.
 */
export function poolLogMeanExp(z: Float64Array, k: number, l: number, r: number): number {
  if (k === 1) return z[l]!;
  let max = -Infinity;
  for (let s = 0; s < k; s++) max = Math.max(max, r * z[s * N + l]!);
  let sum = 0;
  for (let s = 0; s < k; s++) sum += Math.exp(r * z[s * N + l]! - max);
  return (max + Math.log(sum / k)) / r;
}
