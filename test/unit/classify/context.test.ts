import { describe, expect, it } from 'vitest';
import {
  applyContext,
  CONTEXT_CLIP,
  CONTEXT_SCALE,
  type ContextWeights,
  contextInputs,
  contextWidth,
} from '../../../src/core/classify/context';

const N = 2;
/** k segments, N labels: first-stage logits row-major. */
const logits = (rows: ReadonlyArray<readonly [number, number]>): Float64Array =>
  Float64Array.from(rows.flat());

describe('context stage', () => {
  it('reads the segment and its neighbours, missing neighbours as 0', () => {
    const z = logits([
      [4, 0],
      [-2, 0],
      [20, 0],
    ]);
    const offsets = [-1, 1, -2, 2];
    const x = new Float64Array(contextWidth(offsets));
    contextInputs(z, 3, N, 0, 0, offsets, x);
    expect([...x]).toEqual([4 / CONTEXT_SCALE, 0, -2 / CONTEXT_SCALE, 0, CONTEXT_CLIP / CONTEXT_SCALE, 1]);
    contextInputs(z, 3, N, 2, 0, offsets, x);
    expect([...x]).toEqual([CONTEXT_CLIP / CONTEXT_SCALE, -2 / CONTEXT_SCALE, 0, 4 / CONTEXT_SCALE, 0, 1]);
  });

  it('keeps the first-stage logits of labels without weights, and clips those with zero weights', () => {
    const z = logits([
      [12, -3],
      [1, 2],
    ]);
    const w: ContextWeights = { offsets: [-1, 1], labels: [[0, 0, 0, 0], []] };
    expect([...applyContext(z, 2, N, w)]).toEqual([CONTEXT_CLIP, -3, 1, 2]);
  });

  it('raises a label next to neighbours that carry it, and not on a page of one segment', () => {
    const w: ContextWeights = { offsets: [-1, 1], labels: [[0, 2, 2, 0], []] };
    const page = logits([
      [6, 0],
      [-1, 0],
      [6, 0],
    ]);
    const out = applyContext(page, 3, N, w);
    expect(out[1 * N]).toBeCloseTo(-1 + 2 * (6 / CONTEXT_SCALE) * 2);
    const alone = applyContext(logits([[-1, 0]]), 1, N, w);
    expect(alone[0]).toBe(-1);
  });
});
