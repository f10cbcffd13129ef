import type { SentenceVectors } from '../../../src/core/classify/features';

/**
 * Sentences of (id, value) or (id, value, local) features, for tests: local is the feature's place in the
 * segment vector, -1 (the default) when it has none.
 */
export function sentenceVectors(
  instances: ReadonlyArray<ReadonlyArray<readonly [number, number] | readonly [number, number, number]>>,
): SentenceVectors {
  const flat = instances.flat();
  const starts = [0];
  for (const inst of instances) starts.push(starts.at(-1)! + inst.length);
  return {
    ids: Uint32Array.from(flat.map((f) => f[0])),
    values: Float32Array.from(flat.map((f) => f[1])),
    starts: Int32Array.from(starts),
    local: Int32Array.from(flat.map((f) => f[2] ?? -1)),
  };
}
