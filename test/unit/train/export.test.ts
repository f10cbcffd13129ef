import { describe, expect, it } from 'vitest';
import { conceptLexicon } from '../../../src/core/classify/concepts/index';
import { decodeKeys, decodeWeights } from '../../../src/core/classify/model-codec';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import { type ExportInput, exportModel } from '../../../tools/train/export';

const L = SEGMENT_LABELS.length;
// three features: a strong one, one whose weights all round to 0 in int8, one with a single small weight
const weights = new Float32Array(3 * L);
weights.fill(1.27, 0, L);
weights.fill(0.001, L, 2 * L);
weights[2 * L + 3] = 0.5;
const input: ExportInput = {
  merged: { ids: Uint32Array.of(11, 22, 33), weights, bias: new Float64Array(L) },
  pooling: SEGMENT_LABELS.map(() => 0),
  context: { full: { offsets: [], labels: [] }, concepts: { offsets: [], labels: [] } },
  config: { bigrams: true, pairWindow: 3, wordPrefix: 0, normPower: 0.5, lengthBounds: [], lengthValue: 1 },
  lexicon: conceptLexicon,
  trainedLangs: ['en'],
  bias: SEGMENT_LABELS.map(() => 0),
  transferBias: SEGMENT_LABELS.map(() => 0),
  pruneBelow: 0,
};

describe('exporting the linear model', () => {
  it('drops rows whose int8 weights are all zero', () => {
    const m = exportModel(input);
    expect(Array.from(decodeKeys(m.keys, m.rows))).toEqual([11, 33]);
    const w = decodeWeights(m.weights, m.rows, L);
    expect(w[0]).toBe(127);
    expect(w[L + 3]).toBe(50);
  });

  it('keeps a zero row when the hidden layer needs it (keepIds), with zero linear weights', () => {
    const m = exportModel({ ...input, keepIds: new Set([22]) });
    expect(Array.from(decodeKeys(m.keys, m.rows))).toEqual([11, 22, 33]);
    const w = decodeWeights(m.weights, m.rows, L);
    expect(Array.from(w.subarray(L, 2 * L))).toEqual(SEGMENT_LABELS.map(() => 0));
  });
});
