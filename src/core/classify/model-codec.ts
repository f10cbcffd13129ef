/**
 * Compact binary encoding of the classifier weights inside classifier.json:
 * - `keys`: the sorted 32-bit feature ids, as unsigned LEB128 varints of their successive differences;
 * - `weights`: per row, a 16-bit little-endian mask of the labels with a non-zero weight, then one
 *   int8 per set bit (weight = int8 * scale[label]).
 * Both are base64 strings. Pure code (atob/btoa exist in browsers and Node >= 16).
 *
 * The decoders read the bytes straight from atob's binary string (one character per byte) and write each
 * value where the classifier keeps it: a model's 1.1 MB of tables then cost one pass each at load, with no
 * intermediate byte array and no row-by-row copy (the load is paid on every service-worker wake-up).
 */

export interface SparseRows {
  /** Sorted, distinct feature ids. */
  readonly keys: Uint32Array;
  /** Quantised weights, `labels` per row, row-major. */
  readonly weights: Int8Array;
  readonly labels: number;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

class ByteWriter {
  private data = new Uint8Array(1024);
  length = 0;
  push(b: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = b & 0xff;
  }
  bytes(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

export function encodeKeys(keys: Uint32Array): string {
  const w = new ByteWriter();
  let prev = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (i > 0 && k <= prev) throw new Error('encodeKeys: keys must be sorted and distinct');
    let d = k - prev;
    prev = k;
    while (d >= 0x80) {
      w.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    w.push(d);
  }
  return bytesToBase64(w.bytes());
}

export function decodeKeys(text: string, count: number): Uint32Array {
  const bytes = atob(text);
  const end = bytes.length;
  const keys = new Uint32Array(count);
  let pos = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      if (pos >= end) throw new Error('classifier model: keys are truncated');
      const b = bytes.charCodeAt(pos++);
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += d;
    if (prev > 0xffffffff) throw new Error('classifier model: key out of range');
    keys[i] = prev;
  }
  if (pos !== end) throw new Error('classifier model: keys have trailing bytes');
  return keys;
}

export function encodeWeights(weights: Int8Array, labels: number): string {
  if (labels > 16) throw new Error('encodeWeights: at most 16 labels');
  const w = new ByteWriter();
  for (let r = 0; r * labels < weights.length; r++) {
    let mask = 0;
    for (let l = 0; l < labels; l++) if (weights[r * labels + l] !== 0) mask |= 1 << l;
    w.push(mask);
    w.push(mask >> 8);
    for (let l = 0; l < labels; l++) if (weights[r * labels + l] !== 0) w.push(weights[r * labels + l]!);
  }
  return bytesToBase64(w.bytes());
}

export function decodeWeights(text: string, rows: number, labels: number): Int8Array {
  const out = new Int8Array(rows * labels);
  decodeWeightsInto(text, rows, labels, out, labels);
  return out;
}

/**
 * As decodeWeights, into `out`, zero where the weights go: row r's weight of label l at
 * out[r * stride + l] (only the non-zero weights are written; the rest of each row is left as it is).
 */
export function decodeWeightsInto(
  text: string,
  rows: number,
  labels: number,
  out: Int8Array,
  stride: number,
): void {
  const bytes = atob(text);
  const end = bytes.length;
  let pos = 0;
  for (let r = 0; r < rows; r++) {
    if (pos + 2 > end) throw new Error('classifier model: weights are truncated');
    const mask = bytes.charCodeAt(pos) | (bytes.charCodeAt(pos + 1) << 8);
    pos += 2;
    const at = r * stride;
    for (let l = 0; l < labels; l++) {
      if ((mask & (1 << l)) === 0) continue;
      if (pos >= end) throw new Error('classifier model: weights are truncated');
      // an Int8Array stores a byte of 128-255 as its two's complement, b - 256
      out[at + l] = bytes.charCodeAt(pos++);
    }
  }
  if (pos !== end) throw new Error('classifier model: weights have trailing bytes');
}
