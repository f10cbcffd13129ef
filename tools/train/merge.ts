/** Builds one weight matrix from per-label choices among several fitted configurations. */
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import type { Fitted } from './cross-validate';

export interface MergedWeights {
  /** Sorted, distinct feature ids. */
  readonly ids: Uint32Array;
  /** Row-major: weights[row * labels + l]. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/** `choice[l]` is the fitted model whose column l is kept. */
export function mergeByLabel(choice: readonly Fitted[]): MergedWeights {
  const L = SEGMENT_LABELS.length;
  const all = new Set<number>();
  for (const f of new Set(choice)) for (const id of f.vocab.ids) all.add(id);
  const ids = Uint32Array.from(all).sort();
  const weights = new Float32Array(ids.length * L);
  const bias = new Float64Array(L);
  choice.forEach((fitted, l) => {
    bias[l] = fitted.model.bias[l]!;
    ids.forEach((id, row) => {
      const f = fitted.vocab.index.get(id);
      if (f !== undefined) weights[row * L + l] = fitted.model.weights[f * L + l]!;
    });
  });
  return { ids, weights, bias };
}
