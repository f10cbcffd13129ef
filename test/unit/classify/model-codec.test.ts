import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  decodeKeys,
  decodeWeights,
  encodeKeys,
  encodeWeights,
} from '../../../src/core/classify/model-codec';
import { buildWeightTable } from '../../../src/core/classify/weight-table';

describe('model codec', () => {
  it('round-trips base64', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff);
    expect(Uint8Array.from(atob(bytesToBase64(bytes)), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  it('round-trips sorted keys, including 0 and 2^32 - 1', () => {
    const keys = Uint32Array.of(0, 1, 127, 128, 300000, 0x7fffffff, 0xfffffffe, 0xffffffff);
    expect(decodeKeys(encodeKeys(keys), keys.length)).toEqual(keys);
  });

  it('rejects unsorted keys and truncated key data', () => {
    expect(() => encodeKeys(Uint32Array.of(5, 3))).toThrow(/sorted/);
    const text = encodeKeys(Uint32Array.of(1, 2, 3));
    expect(() => decodeKeys(text, 4)).toThrow(/truncated/);
    expect(() => decodeKeys(text, 2)).toThrow(/trailing/);
  });

  it('round-trips sparse int8 rows', () => {
    const w = Int8Array.of(0, 5, -127, 0, 0, 0, 127, -1, 0, 0, 0, 0);
    expect(decodeWeights(encodeWeights(w, 4), 3, 4)).toEqual(w);
    expect(() => decodeWeights(encodeWeights(w, 4), 4, 4)).toThrow(/truncated/);
  });
});

describe('weight table', () => {
  it('finds every key and misses absent ones', () => {
    const keys = Uint32Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 0).sort();
    const table = buildWeightTable(keys);
    keys.forEach((k, r) => {
      expect(table.row(k)).toBe(r);
    });
    expect(table.row(12345)).toBe(keys.indexOf(12345));
  });
});
