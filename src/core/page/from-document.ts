import { collapseWhitespace } from '../text/normalize';
import tags from './dom-tags.json';
import { HeadingOutline } from './heading-outline';
import type { Segment, SegmentedPage, SegmentKind } from './segment';
import { splitLongText } from './split-long';

const SKIP = new Set(tags.skip);
const INLINE = new Set(tags.inline);
const HEADINGS = new Set(tags.headings);
const LIST_ITEMS = new Set(tags.listItems);
const ROWS = new Set(tags.rows);
const CHROME = new Set(tags.chrome);

/** Upper bounds that keep the work on a huge page finite. */
export interface SegmentLimits {
  maxChars: number;
  maxSegments: number;
}
export const DEFAULT_LIMITS: SegmentLimits = { maxChars: 600_000, maxSegments: 4000 };

/**
 * A Document -> segments in document order: headings, paragraphs, list items and table rows, each with
 * the element it was read from. Navigation, scripts and hidden parts are skipped; when the page has a
 * <main> or <article>, site header, footer and sidebars outside it are skipped as page chrome.
 */
export function segmentDocument(doc: Document, limits: SegmentLimits = DEFAULT_LIMITS): SegmentedPage {
  const walker = new SegmentWalker(limits, hasMainContent(doc));
  const root = contentRoot(doc);
  if (root) walker.visit(root);
  return { segments: walker.segments, elements: walker.elements, title: pageTitle(doc) };
}

/** The body in the tree. A lenient parser (not a browser) may leave two, or none: take the one with text. */
function contentRoot(doc: Document): Element | null {
  const bodies = Array.from(doc.querySelectorAll('body'));
  if (bodies.length === 0) return doc.documentElement;
  return bodies.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
}

function hasMainContent(doc: Document): boolean {
  return doc.querySelector('main, article, [role="main"]') !== null;
}

function pageTitle(doc: Document): string {
  const title = collapseWhitespace(doc.title ?? '');
  if (title) return title;
  return collapseWhitespace(doc.querySelector('h1')?.textContent ?? '');
}

class SegmentWalker {
  readonly segments: Segment[] = [];
  readonly elements: Element[] = [];
  private readonly outline = new HeadingOutline();
  private chars = 0;

  constructor(
    private readonly limits: SegmentLimits,
    private readonly skipChrome: boolean,
  ) {}

  private get full(): boolean {
    return this.chars >= this.limits.maxChars || this.segments.length >= this.limits.maxSegments;
  }

  /** Visits a block container: runs of inline content become one segment, block children are visited. */
  visit(el: Element): void {
    const tag = el.localName;
    if (this.full || isHidden(el)) return;
    if (HEADINGS.has(tag) || ROWS.has(tag)) {
      this.add(el, leafText(el, tag), kindOf(tag), headingLevel(tag));
      return;
    }
    let run = '';
    for (const child of Array.from(el.childNodes)) {
      if (this.full) return;
      if (child.nodeType === 3) {
        run += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const childTag = element.localName;
        if (SKIP.has(childTag) || isHidden(element)) continue;
        if (this.skipChrome && CHROME.has(childTag) && !element.closest('main, article')) continue;
        if (INLINE.has(childTag) && !containsBlock(element)) {
          run += childTag === 'br' ? ' ' : inlineText(element);
        } else {
          this.add(el, run, kindOf(tag), 0);
          run = '';
          this.visit(element);
        }
      }
    }
    this.add(el, run, kindOf(tag), 0);
  }

  private add(el: Element, raw: string, kind: SegmentKind, level: number): void {
    const text = collapseWhitespace(raw);
    if (text.length < 2 || this.full) return;
    if (kind === 'heading') {
      const parent = this.outline.enter(text, level);
      this.push(el, { id: this.segments.length, kind, text, heading: parent, level });
      return;
    }
    for (const piece of splitLongText(text)) {
      this.push(el, {
        id: this.segments.length,
        kind,
        text: piece,
        heading: this.outline.current(),
        level: 0,
      });
    }
  }

  private push(el: Element, segment: Segment): void {
    this.segments.push(segment);
    this.elements.push(el);
    this.chars += segment.text.length;
  }
}

function kindOf(tag: string): SegmentKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (LIST_ITEMS.has(tag)) return 'list-item';
  if (ROWS.has(tag)) return 'table-row';
  return 'paragraph';
}

function headingLevel(tag: string): number {
  return HEADINGS.has(tag) ? Number(tag.slice(1)) : 0;
}

/** Text of a heading or table row; cells are kept apart by a space. */
function leafText(el: Element, tag: string): string {
  if (ROWS.has(tag)) return Array.from(el.children, (cell) => inlineText(cell)).join(' ');
  return inlineText(el);
}

/** textContent without scripts and styles that sometimes sit inside inline markup. */
function inlineText(el: Element): string {
  if (!el.querySelector('script, style, noscript, template')) return `${el.textContent ?? ''}`;
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !SKIP.has((child as Element).localName))
      text += inlineText(child as Element);
  }
  return text;
}

function containsBlock(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    const tag = child.localName;
    if (!INLINE.has(tag) && !SKIP.has(tag)) return true;
    if (containsBlock(child)) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
