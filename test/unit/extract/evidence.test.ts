import { describe, expect, it } from 'vitest';
import { topEvidence } from '../../../src/core/extract/evidence';

describe('topEvidence', () => {
  it('keeps each quote once, at its best score, best first, ties in page order', () => {
    const e = (segment: number, text: string, score: number) => ({ segment, text, score });
    const got = topEvidence([
      e(3, 'We sell data.', 0.5),
      e(1, 'We share data.', 0.5),
      e(3, 'We sell data.', 0.9),
      e(3, 'We share data.', 0.5),
      e(1, 'We share data.', 0.2),
      e(0, 'Cookies.', 0.5),
    ]);
    expect(got).toEqual([
      e(3, 'We sell data.', 0.9),
      e(0, 'Cookies.', 0.5),
      e(1, 'We share data.', 0.5),
      e(3, 'We share data.', 0.5),
    ]);
  });

  it('keeps at most `max`', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ segment: i, text: `s${i}`, score: i / 10 }));
    expect(topEvidence(many, 3).map((x) => x.segment)).toEqual([8, 7, 6]);
  });
});
