/**
 * Small readers of DOM text for the page segmenter. None of them recurses: markup nested 10,000 deep
 * (possible in a DOM built by script) costs time, not the call stack.
 */
import tags from './dom-tags.json';
import type { ShadowRootOf } from './shadow-roots';

export const SKIP = new Set(tags.skip);
export const INLINE = new Set(tags.inline);
export const HEADINGS = new Set(tags.headings);
export const LIST_ITEMS = new Set(tags.listItems);
export const ROWS = new Set(tags.rows);
export const CHROME = new Set(tags.chrome);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** NodeFilter.SHOW_ELEMENT (the constant itself is a browser global). */
const SHOW_ELEMENT = 1;
/** Markup whose text is never page text, even inside inline elements. */
const NOT_TEXT = 'script, style, noscript, template';

/**
 * textContent without the SKIP elements (scripts, styles, buttons...) of any element in it that holds a
 * script, style, noscript or template; an element holding none of those gives its whole textContent.
 * One pass however deep the markup: the elements holding such markup are marked first, from below.
 */
export function inlineText(el: Element): string {
  const notText = el.querySelectorAll(NOT_TEXT);
  if (notText.length === 0) return `${el.textContent ?? ''}`;
  const holders = new Set<Node>();
  for (const found of Array.from(notText)) {
    for (let node = found.parentNode; node !== null && !holders.has(node); node = node.parentNode) {
      holders.add(node);
      if (node === el) break;
    }
  }
  const out: string[] = [];
  const pending: Node[] = reversedChildren(el);
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeType === TEXT_NODE) {
      out.push(node.nodeValue ?? '');
    } else if (node.nodeType === ELEMENT_NODE && !SKIP.has((node as Element).localName)) {
      if (holders.has(node)) pending.push(...reversedChildren(node as Element));
      else out.push(`${node.textContent ?? ''}`);
    }
  }
  return out.join('');
}

function reversedChildren(el: Element): Node[] {
  return Array.from(el.childNodes).reverse();
}

/** More elements than this inside one inline element and it is read like a block, child by child. */
export const MAX_INLINE_ELEMENTS = 1000;

/**
 * Is an inline element to be read like a block: does it hold a block (any element that is neither inline
 * markup nor skipped) at any depth, or more than MAX_INLINE_ELEMENTS elements (a page wrapped whole in
 * one <span> or <font>), whose text would otherwise be read in one step? `holders` remembers the elements
 * already known to hold a block: when the block found lies deep inside nested inline markup, the elements
 * on the way are marked, so asking again on the way down is free.
 */
export function readAsBlock(el: Element, holders: Set<Node>): boolean {
  if (holders.has(el)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT);
  let seen = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++seen > MAX_INLINE_ELEMENTS) return true;
    const tag = (node as Element).localName;
    if (INLINE.has(tag) || SKIP.has(tag)) continue;
    for (let up = node.parentNode; up !== null && !holders.has(up); up = up.parentNode) {
      holders.add(up);
      if (up === el) break;
    }
    return true;
  }
  return false;
}

/** Hidden by the `hidden` attribute, aria-hidden or an inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Text of a heading or table row; cells are kept apart by a space. */
export function leafText(el: Element, tag: string): string {
  if (ROWS.has(tag)) return Array.from(el.children, (cell) => inlineText(cell)).join(' ');
  return inlineText(el);
}

/**
 * The nodes an element shows: its shadow root's children when it has one (the light children are shown
 * only through slots), else its own children. Taken as a copy, so the page may change meanwhile.
 */
export function shownChildren(el: Element, shadowRootOf: ShadowRootOf): Node[] {
  return Array.from((shadowRootOf(el) ?? el).childNodes);
}

/**
 * Inside a shadow tree a <slot> shows the light-DOM nodes assigned to it, or its own children when none
 * are: the slot is replaced by what it shows.
 */
export function expandSlots(nodes: readonly Node[]): Node[] {
  if (!nodes.some(isSlot)) return [...nodes];
  const out: Node[] = [];
  for (const node of nodes) {
    if (!isSlot(node)) {
      out.push(node);
      continue;
    }
    const assigned = node.assignedNodes({ flatten: true });
    out.push(...(assigned.length > 0 ? assigned : expandSlots(Array.from(node.childNodes))));
  }
  return out;
}

function isSlot(node: Node): node is HTMLSlotElement {
  return (
    node.nodeType === ELEMENT_NODE &&
    (node as Element).localName === 'slot' &&
    typeof (node as HTMLSlotElement).assignedNodes === 'function'
  );
}
