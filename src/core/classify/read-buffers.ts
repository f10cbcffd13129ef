/**
 * Typed arrays reused from one read to the next: the classifier reads a page segment after segment and
 * is done with one segment's vectors before it reads the next, so it need not allocate them each time.
 */
export class ReadBuffers {
  private u32 = [new Uint32Array(256), new Uint32Array(1024)];
  private f32 = [new Float32Array(256), new Float32Array(1024)];
  private i32 = [new Int32Array(1024), new Int32Array(64), new Int32Array(2)];

  /** The first n entries of Uint32 buffer k (0: the segment's ids, 1: the sentences' ids), contents stale. */
  u32Of(k: number, n: number): Uint32Array {
    let b = this.u32[k]!;
    if (b.length < n) this.u32[k] = b = new Uint32Array(grown(b.length, n));
    return b.subarray(0, n);
  }

  /** As u32Of, for the values (0: the segment's, 1: the sentences'). */
  f32Of(k: number, n: number): Float32Array {
    let b = this.f32[k]!;
    if (b.length < n) this.f32[k] = b = new Float32Array(grown(b.length, n));
    return b.subarray(0, n);
  }

  /** As u32Of, for Int32 buffer k (0: the sentences' local positions, 1: their starts, 2: the segment's). */
  i32Of(k: number, n: number): Int32Array {
    let b = this.i32[k]!;
    if (b.length < n) this.i32[k] = b = new Int32Array(grown(b.length, n));
    return b.subarray(0, n);
  }
}

function grown(length: number, need: number): number {
  let size = length;
  while (size < need) size *= 2;
  return size;
}
