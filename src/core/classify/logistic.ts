/** The logistic function and its inverse, shared by the classifier's stages. */

/** 1 / (1 + e^-z), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** A probability's logit, clipped where the probability rounds to 0 or 1. */
export function logitOf(p: number): number {
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  return Math.log(q / (1 - q));
}
