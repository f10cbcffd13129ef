import { extractPractices } from '../../../src/core/extract/index';
import type { Segment, SegmentKind } from '../../../src/core/page/segment';
import type { Practices } from '../../../src/core/report';
import { type LabelScores, type Lang, SEGMENT_LABELS } from '../../../src/core/vocabulary';

/** A paragraph, or a segment with a kind and a section heading. */
export type Block = string | { text: string; kind?: SegmentKind; heading?: string };

/** Segments for a list of blocks; ids are positions. */
export function segments(blocks: readonly Block[]): Segment[] {
  return blocks.map((b, id) =>
    typeof b === 'string'
      ? { id, kind: 'paragraph', text: b, heading: '', level: 0 }
      : {
          id,
          kind: b.kind ?? 'paragraph',
          text: b.text,
          heading: b.heading ?? '',
          level: b.kind === 'heading' ? 2 : 0,
        },
  );
}

/** Classifier scores that say nothing (every label 0): extraction on lexical cues alone. */
export function silentScores(n: number): LabelScores[] {
  const zero = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 0])) as LabelScores;
  return Array.from({ length: n }, () => ({ ...zero }));
}

/** Practices of a page made of `blocks`, with silent scores. */
export function practicesOf(blocks: readonly Block[], lang: Lang): Practices {
  const segs = segments(blocks);
  return extractPractices(segs, silentScores(segs.length), lang);
}
