import type { SegmentedPage } from './segment';
import { DEFAULT_LIMITS, DocumentSegmenter, type SegmentCursor, type SegmentLimits } from './segmenter';
import { openShadowRootOf, type ShadowRootOf } from './shadow-roots';

export { DEFAULT_LIMITS, type SegmentCursor, type SegmentLimits, type ShadowRootOf };

/**
 * A Document -> segments in document order: headings, paragraphs, list items and table rows, each with
 * the element it was read from. Navigation, scripts and hidden parts are skipped; when the page has a
 * <main> or <article>, site header, footer and sidebars outside it are skipped as page chrome. Shadow
 * roots are read as the page shows them (slots filled): the open ones, and closed ones too when
 * `shadowRootOf` reaches them.
 */
export function segmentDocument(
  doc: Document,
  limits: SegmentLimits = DEFAULT_LIMITS,
  shadowRootOf: ShadowRootOf = openShadowRootOf,
): SegmentedPage {
  const cursor = segmentCursor(doc, limits, shadowRootOf);
  cursor.advance(() => false);
  return cursor.page();
}

/**
 * The same reading, a slice at a time: `advance(stop)` reads until `stop()` says to pause, so a page's
 * main thread can be given back between slices. Read to the end, it gives what segmentDocument gives.
 */
export function segmentCursor(
  doc: Document,
  limits: SegmentLimits = DEFAULT_LIMITS,
  shadowRootOf: ShadowRootOf = openShadowRootOf,
): SegmentCursor {
  return new DocumentSegmenter(doc, limits, shadowRootOf);
}
