/**
 * The page reader behind segmentDocument, written as a cursor: it walks the DOM with its own stack (no
 * recursion) and can stop between two small steps and go on later, so a caller on a page's main thread
 * can give the thread back between slices of a huge page.
 */
import { composed } from '../text/normalize';
import { collapsedPrefix } from './collapsed-prefix';
import {
  CHROME,
  expandSlots,
  HEADINGS,
  INLINE,
  inlineText,
  isHidden,
  LIST_ITEMS,
  leafText,
  ROWS,
  readAsBlock,
  SKIP,
  shownChildren,
} from './dom-text';
import { HeadingOutline } from './heading-outline';
import { readsAsText } from './heading-text';
import { nonSpaceUpTo, Passage } from './passage';
import type { Segment, SegmentedPage, SegmentKind } from './segment';
import { openShadowRootOf, type ShadowRootOf } from './shadow-roots';
import { MAX_SEGMENT_CHARS } from './split-long';

/** Upper bounds that keep the work on a huge page finite. */
export interface SegmentLimits {
  maxChars: number;
  maxSegments: number;
}
export const DEFAULT_LIMITS: SegmentLimits = { maxChars: 600_000, maxSegments: 4000 };

/** A page being read; `advance` reads on, `page` gives what was read so far. */
export interface SegmentCursor {
  /**
   * Reads on until the page is read (returns true) or `stop()` says to pause (returns false). `stop` is
   * asked after every step; a step reads one node (an inline element with what it holds), or collapses
   * one chunk of a passage's text, or cuts one segment off it.
   */
  advance(stop: () => boolean): boolean;
  /** The segments read so far: the whole page once `advance` returned true. */
  page(): SegmentedPage;
}

/** A block container being read: where its shown child nodes stand, and the open run of inline text. */
interface Frame {
  readonly el: Element;
  readonly kind: SegmentKind;
  /** The next shown child node, or undefined after the last. */
  readonly next: () => Node | undefined;
  /** Inside a shadow tree, where <slot> elements show other nodes. */
  readonly shadow: boolean;
  run: string;
  /** Characters of `run` that are not whitespace, counted up to what the limits can take (see `append`). */
  runText: number;
  /** A block child to start once the passage before it is cut into segments. */
  child: Element | null;
}

/** A passage being cut into segments, with what each of its segments gets. */
interface OpenPassage {
  readonly el: Element;
  readonly kind: SegmentKind;
  readonly heading: string;
  readonly text: Passage;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export class DocumentSegmenter implements SegmentCursor {
  private readonly segments: Segment[] = [];
  private readonly elements: Element[] = [];
  private readonly outline = new HeadingOutline();
  private readonly stack: Frame[] = [];
  private passage: OpenPassage | null = null;
  /** Inline elements known to hold a block somewhere inside (see readAsBlock). */
  private readonly blockHolders = new Set<Node>();
  private chars = 0;
  private skipChrome = false;
  private started = false;

  constructor(
    private readonly doc: Document,
    private readonly limits: SegmentLimits = DEFAULT_LIMITS,
    private readonly shadowRootOf: ShadowRootOf = openShadowRootOf,
  ) {}

  advance(stop: () => boolean): boolean {
    if (!this.started) {
      this.started = true;
      this.skipChrome = hasMainContent(this.doc);
      const root = contentRoot(this.doc);
      if (root) this.enter(root, false);
      if (stop()) return this.done();
    }
    while (!this.done()) {
      this.step();
      if (stop()) break;
    }
    return this.done();
  }

  page(): SegmentedPage {
    return { segments: this.segments, elements: this.elements, title: pageTitle(this.doc) };
  }

  private done(): boolean {
    if (this.full) {
      this.stack.length = 0;
      this.passage = null;
    }
    return this.stack.length === 0 && this.passage === null;
  }

  private get full(): boolean {
    return this.chars >= this.limits.maxChars || this.segments.length >= this.limits.maxSegments;
  }

  /** Starts a block: a heading or table row is read whole; any other block is read child by child. */
  private enter(el: Element, inShadow: boolean): void {
    if (this.full || isHidden(el)) return;
    const tag = el.localName;
    if (HEADINGS.has(tag) || ROWS.has(tag)) {
      this.add(el, leafText(el, tag), kindOf(tag), headingLevel(tag));
      return;
    }
    const shadow = inShadow || this.shadowRootOf(el) !== null;
    this.stack.push({
      el,
      kind: kindOf(tag),
      next: childReader(el, shadow ? this.shadowRootOf : null),
      shadow,
      run: '',
      runText: 0,
      child: null,
    });
  }

  /**
   * One step: goes on with the open passage if there is one, else starts the block child met last, else
   * reads one child of the innermost open block (runs of inline content become one passage).
   */
  private step(): void {
    if (this.passage) {
      this.cutPassage(this.passage);
      return;
    }
    const frame = this.stack.at(-1);
    if (!frame) return;
    if (frame.child) {
      this.enter(frame.child, frame.shadow);
      frame.child = null;
      return;
    }
    const node = frame.next();
    if (node === undefined) {
      this.add(frame.el, frame.run, frame.kind, 0);
      this.stack.pop();
      return;
    }
    if (node.nodeType === TEXT_NODE) {
      this.append(frame, node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIP.has(tag) || isHidden(element)) return;
    if (this.skipChrome && CHROME.has(tag) && !element.closest('main, article')) return;
    if (INLINE.has(tag) && !this.shadowRootOf(element) && !readAsBlock(element, this.blockHolders)) {
      this.append(frame, tag === 'br' ? ' ' : inlineText(element));
      return;
    }
    this.add(frame.el, frame.run, frame.kind, 0);
    frame.run = '';
    frame.runText = 0;
    frame.child = element;
  }

  /**
   * Adds inline text to the open run. Once the run holds more text than the limits can take, it is added
   * as a passage right away: the passage fills the limits, so nothing after it would be read anyway, and a
   * block wrapped whole in one inline element does not gather megabytes of text first.
   */
  private append(frame: Frame, text: string): void {
    frame.run += text;
    const need = passageNeed(this.limits.maxChars - this.chars);
    frame.runText += nonSpaceUpTo(text, need - frame.runText);
    if (frame.runText < need) return;
    this.add(frame.el, frame.run, frame.kind, 0);
    frame.run = '';
    frame.runText = 0;
  }

  /**
   * Adds a passage: a heading at once (at most one segment's worth of text), other text as an open passage
   * that the next steps cut into segments of at most MAX_SEGMENT_CHARS. The limits hold inside one passage
   * too: of a text node of several megabytes only what fits is read.
   */
  private add(el: Element, raw: string, kind: SegmentKind, level: number): void {
    if (this.full) return;
    if (kind === 'heading') {
      const text = composed(collapsedPrefix(raw, MAX_SEGMENT_CHARS).slice(0, MAX_SEGMENT_CHARS));
      if (text.length < 2) return;
      // An <h3>Du har rätt att:</h3> over a list, or an e-mail set as a heading, is read as text.
      if (readsAsText(text)) {
        this.passage = { el, kind: 'paragraph', heading: this.outline.current(), text: new Passage(text) };
        return;
      }
      const parent = this.outline.enter(text, level);
      this.push(el, { id: this.segments.length, kind, text, heading: parent, level });
      return;
    }
    if (raw.length < 2) return;
    this.passage = { el, kind, heading: this.outline.current(), text: new Passage(raw) };
  }

  private cutPassage(passage: OpenPassage): void {
    const piece = passage.text.next();
    if (piece === undefined) this.passage = null;
    if (typeof piece !== 'string') return;
    const { el, kind, heading } = passage;
    // Letters spelled decomposed are composed here, where every passage becomes a segment (normalize.ts).
    this.push(el, { id: this.segments.length, kind, text: composed(piece), heading, level: 0 });
  }

  private push(el: Element, segment: Segment): void {
    this.segments.push(segment);
    this.elements.push(el);
    this.chars += segment.text.length;
  }
}

/**
 * The shown child nodes of an element, one at a time. In the light DOM they are followed sibling by sibling
 * (no copy of a list of 100,000 children in one step); a node the page removed meanwhile ends the reading
 * of its container. In a shadow tree (`shadowRootOf` given) they are copied first, slots replaced by what
 * they show.
 */
function childReader(el: Element, shadowRootOf: ShadowRootOf | null): () => Node | undefined {
  if (shadowRootOf) {
    const nodes = expandSlots(shownChildren(el, shadowRootOf));
    let index = 0;
    return () => nodes[index++];
  }
  let next = el.firstChild;
  return () => {
    const node = next;
    if (node === null || node.parentNode !== el) return undefined;
    next = node.nextSibling;
    return node;
  };
}

/**
 * How much collapsed text a passage needs so that every piece it adds before the limit is the piece the
 * whole text would give: the room left, one more piece, and the spaces trimmed off the pieces before it
 * (at most two off each; each is over a third of MAX_SEGMENT_CHARS long, so there are under room / 999).
 * A passage holding this much text fills the limits.
 */
function passageNeed(room: number): number {
  return room + MAX_SEGMENT_CHARS + Math.ceil(room / 400) + 8;
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
  const title = collapseTitle(doc.title ?? '');
  if (title) return title;
  return collapseTitle(doc.querySelector('h1')?.textContent ?? '');
}

function collapseTitle(text: string): string {
  return composed(collapsedPrefix(text, MAX_SEGMENT_CHARS).slice(0, MAX_SEGMENT_CHARS));
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
