import type { Segment } from '../page/segment';

/** A section of a page: its heading segment at `start`, then everything up to (not including) `end`. */
export interface SectionRange {
  readonly heading: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The sections whose heading `names` accepts ("Privacy policy" on a legal page that also holds terms of
 * sale and an imprint), each running to the next heading of the same or a higher rank, and holding at
 * least `minPassages` passages that `isBody` accepts. A section that is the whole page is left out: the
 * page was judged as a whole already.
 */
export function namedSections(
  segments: readonly Segment[],
  names: (heading: string) => boolean,
  isBody: (segment: Segment) => boolean,
  minPassages: number,
): SectionRange[] {
  const sections: SectionRange[] = [];
  segments.forEach((segment, start) => {
    if (segment.kind !== 'heading' || !names(segment.text)) return;
    let end = start + 1;
    while (end < segments.length && !endsSection(segments[end], segment.level)) end++;
    const passages = segments.slice(start + 1, end).filter(isBody).length;
    const wholePage = segments.slice(0, start).every((s) => !isBody(s)) && end === segments.length;
    if (passages >= minPassages && !wholePage) sections.push({ heading: segment.text, start, end });
  });
  return sections;
}

function endsSection(segment: Segment | undefined, level: number): boolean {
  return segment !== undefined && segment.kind === 'heading' && segment.level <= level;
}
