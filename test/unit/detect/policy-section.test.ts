import { describe, expect, test } from 'vitest';
import { namedSections } from '../../../src/core/detect/policy-section';
import type { Segment, SegmentKind } from '../../../src/core/page/segment';

function seg(id: number, kind: SegmentKind, text: string, level = 0): Segment {
  return { id, kind, text, heading: '', level };
}

const isBody = (s: Segment) => s.kind !== 'heading';
const names = (h: string) => /privacy policy/i.test(h);

describe('namedSections', () => {
  const page = [
    seg(0, 'heading', 'Legal information', 1),
    seg(1, 'heading', 'Terms of sale', 2),
    seg(2, 'paragraph', 'terms one'),
    seg(3, 'heading', 'Privacy policy', 2),
    seg(4, 'paragraph', 'privacy one'),
    seg(5, 'heading', 'What we collect', 3),
    seg(6, 'paragraph', 'privacy two'),
    seg(7, 'paragraph', 'privacy three'),
    seg(8, 'heading', 'Company details', 2),
    seg(9, 'paragraph', 'imprint'),
  ];

  test('a section runs to the next heading of the same rank, past its own subheadings', () => {
    expect(namedSections(page, names, isBody, 3)).toEqual([{ heading: 'Privacy policy', start: 3, end: 8 }]);
  });

  test('a section with too few passages is left out', () => {
    expect(namedSections(page, names, isBody, 4)).toEqual([]);
  });

  test('a section that is the whole page is left out', () => {
    const whole = [
      seg(0, 'heading', 'Privacy Policy', 1),
      seg(1, 'paragraph', 'a'),
      seg(2, 'paragraph', 'b'),
    ];
    expect(namedSections(whole, names, isBody, 1)).toEqual([]);
  });

  test('the last section runs to the end of the page', () => {
    const tail = [
      seg(0, 'paragraph', 'intro'),
      seg(1, 'heading', 'Privacy policy', 2),
      seg(2, 'paragraph', 'a'),
    ];
    expect(namedSections(tail, names, isBody, 1)).toEqual([{ heading: 'Privacy policy', start: 1, end: 3 }]);
  });
});
