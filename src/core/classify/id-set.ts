/**
 * A reusable set of 32-bit ids (open addressing with generation stamps, so clearing is O(1)).
 * The featuriser uses it to keep each feature once per sentence and once per segment without sorting.
 */
export class IdSet {
  private keys = new Uint32Array(1024);
  private stamps = new Uint32Array(1024);
  private indexes = new Int32Array(1024);
  private mask = 1023;
  private stamp = 1;
  private count = 0;

  clear(): void {
    this.count = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Number of ids in the set. */
  get size(): number {
    return this.count;
  }

  /** Adds `id`; true when it was not in the set yet. */
  add(id: number): boolean {
    const before = this.count;
    this.put(id);
    return this.count > before;
  }

  /** The insertion index of `id` (0, 1, 2 ... since the last clear), adding it when new. */
  put(id: number): number {
    const { keys, stamps, mask, stamp } = this;
    let s = (Math.imul(id, 0x9e3779b1) >>> 0) & mask;
    while (stamps[s] === stamp) {
      if (keys[s] === id) return this.indexes[s]!;
      s = (s + 1) & mask;
    }
    const index = this.count++;
    keys[s] = id;
    stamps[s] = stamp;
    this.indexes[s] = index;
    if (this.count * 2 > mask) this.grow();
    return index;
  }

  private grow(): void {
    const { keys, stamps, indexes, stamp } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.stamps = new Uint32Array(size);
    this.indexes = new Int32Array(size);
    this.mask = size - 1;
    for (let s = 0; s < keys.length; s++) {
      if (stamps[s] !== stamp) continue;
      let t = (Math.imul(keys[s]!, 0x9e3779b1) >>> 0) & this.mask;
      while (this.stamps[t] === stamp) t = (t + 1) & this.mask;
      this.keys[t] = keys[s]!;
      this.stamps[t] = stamp;
      this.indexes[t] = indexes[s]!;
    }
  }
}
