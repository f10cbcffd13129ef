/** Dense feature indices for the hashed feature ids seen in training (rare ones dropped). */
import type { RawExample } from './examples';
import type { SparseExample } from './logreg';

export interface Vocabulary {
  /** Hashed id of dense index i. */
  readonly ids: Uint32Array;
  readonly index: ReadonlyMap<number, number>;
}

/** Ids present in at least `minCount` examples, in ascending id order (deterministic). */
export function buildVocabulary(examples: readonly RawExample[], minCount: number): Vocabulary {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const id of ex.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const kept = [...counts].filter(([, c]) => c >= minCount).map(([id]) => id);
  const ids = Uint32Array.from(kept).sort();
  const index = new Map<number, number>();
  ids.forEach((id, i) => {
    index.set(id, i);
  });
  return { ids, index };
}

export function toSparse(
  ex: Pick<RawExample, 'ids' | 'values' | 'starts' | 'y' | 'mask' | 'weight'>,
  vocab: Vocabulary,
): SparseExample {
  const idx: number[] = [];
  const val: number[] = [];
  const starts = new Int32Array(ex.starts.length);
  for (let s = 0; s + 1 < ex.starts.length; s++) {
    for (let k = ex.starts[s]!; k < ex.starts[s + 1]!; k++) {
      const i = vocab.index.get(ex.ids[k]!);
      if (i !== undefined) {
        idx.push(i);
        val.push(ex.values[k]!);
      }
    }
    starts[s + 1] = idx.length;
  }
  return {
    idx: Int32Array.from(idx),
    val: Float32Array.from(val),
    starts,
    y: ex.y,
    mask: ex.mask,
    weight: ex.weight,
  };
}
