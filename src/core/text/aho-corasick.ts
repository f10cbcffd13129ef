/**
 * Aho–Corasick's failure links over a trie held in one flat table (state s reads symbol a into
 * `next[s * width + a]`; -1: no child), folded into a full transition table. Shared by the concept
 * automaton (classify/concepts.ts) and the verdict's folded search (detect/folded-search.ts), which add
 * what each state emits along `order`.
 */
export interface FailureLinks {
  /** Full transitions: `delta[s * width + a]`, a state for every symbol (the root is 0). */
  readonly delta: Int32Array;
  /** Each state's failure link: the state of its longest proper suffix in the trie. */
  readonly fail: Int32Array;
  /** The states other than the root, breadth first: a state's failure link comes before it. */
  readonly order: Int32Array;
}

export function failureLinks(next: Int32Array, states: number, width: number): FailureLinks {
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let a = 0; a < width; a++) {
    const t = next[a]!;
    if (t < 0) continue;
    delta[a] = t;
    queue[tail++] = t;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const f = fail[s]!;
    for (let a = 0; a < width; a++) {
      const t = next[s * width + a]!;
      if (t < 0) delta[s * width + a] = delta[f * width + a]!;
      else {
        delta[s * width + a] = t;
        fail[t] = delta[f * width + a]!;
        queue[tail++] = t;
      }
    }
  }
  return { delta, fail, order: queue.subarray(0, tail) };
}
