/**
 * The part of the content script loaded only for a candidate page or on request (its own small chunk):
 * reads the page into segments, keeps the element of each segment for highlighting, and highlights on request.
 * The analysis itself runs in the background (src/background/analyse.ts).
 */
import { type SegmentLimits, segmentCursor } from '../core/page/from-document';
import type { PageText } from '../messages';
import { highlightElement } from './highlight';
import { pageShadowRootOf } from './shadow-access';
import { yieldToMain } from './yield';

/** A page is read up to this much text: a 5 MB page costs no more than a long policy. */
const LIMITS: SegmentLimits = { maxChars: 250_000, maxSegments: 2500 };

/**
 * The page is read in slices of this much main-thread time, the thread given back to the page between
 * them: far under the 50 ms at which a task counts as long (and delays the page's input).
 */
const SLICE_MS = 8;

let elements: readonly Element[] = [];

/** The page's segments and title, read a slice at a time; remembers the elements they came from. */
export async function readPage(doc: Document): Promise<PageText> {
  const cursor = segmentCursor(doc, LIMITS, pageShadowRootOf());
  for (;;) {
    const end = performance.now() + SLICE_MS;
    if (cursor.advance(() => performance.now() >= end)) break;
    await yieldToMain();
  }
  const page = cursor.page();
  elements = page.elements;
  return { title: page.title, segments: [...page.segments] };
}

/** Scrolls to and highlights the element a segment of the last reading came from. */
export function highlightSegment(segment: number): boolean {
  const element = elements[segment];
  return element !== undefined && highlightElement(element);
}
