/**
 * The part of the content script loaded only for a candidate page or on request (its own small chunk):
 * reads the page into segments, keeps the element of each segment for highlighting, and highlights on request.
 * The analysis itself runs in the background (src/background/analyse.ts).
 */
import { type SegmentLimits, segmentDocument } from '../core/page/from-document';
import type { PageText } from '../messages';
import { highlightElement } from './highlight';

/** A page is read up to this much text: a 5 MB page costs no more than a long policy. */
const LIMITS: SegmentLimits = { maxChars: 250_000, maxSegments: 2500 };

let elements: readonly Element[] = [];

/** The page's segments and title; remembers the elements they came from. */
export function readPage(doc: Document): PageText {
  const page = segmentDocument(doc, LIMITS);
  elements = page.elements;
  return { title: page.title, segments: [...page.segments] };
}

/** Scrolls to and highlights the element a segment of the last reading came from. */
export function highlightSegment(segment: number): boolean {
  const element = elements[segment];
  return element !== undefined && highlightElement(element);
}
