/**
 * The shadow roots a content script may read: open ones, and closed ones where the browser lets an
 * extension reach them (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox: element.openOrClosedShadowRoot).
 * A page's closed web component still shows its text to the person reading it, so Plainly reads it too.
 *
 * Closed roots are looked for on custom elements only (a name with a hyphen): those are the web components.
 * Asking the extension API about every <div> and <span> would cost an API call per element; a closed root
 * attached to a built-in element is not read (docs/architecture.md). Each element is asked about once per
 * reading: make a new reader for each reading, as the page may attach roots meanwhile.
 */
import { openShadowRootOf, type ShadowRootOf } from '../core/page/shadow-roots';

interface ChromeDom {
  openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null;
}

const isCustomElement = (el: Element): boolean => el.localName.includes('-');

/** The browser's way to reach a closed root, or null where there is none. */
function closedRootReader(): ((el: Element) => ShadowRoot | null) | null {
  const dom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  const chromeReader = dom?.openOrClosedShadowRoot;
  if (typeof chromeReader === 'function') {
    return (el) => (el instanceof HTMLElement ? chromeReader.call(dom, el) : null);
  }
  if (typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype) {
    return (el) =>
      'openOrClosedShadowRoot' in el ? ((el.openOrClosedShadowRoot as ShadowRoot | null) ?? null) : null;
  }
  return null;
}

/** Open roots first (no API call); closed ones of custom elements where the browser allows it, asked once. */
export function pageShadowRootOf(): ShadowRootOf {
  const closed = closedRootReader();
  if (!closed) return openShadowRootOf;
  const asked = new WeakMap<Element, ShadowRoot | null>();
  return (el) => {
    const open = el.shadowRoot;
    if (open || !isCustomElement(el)) return open;
    let root = asked.get(el);
    if (root === undefined) {
      root = readClosed(closed, el);
      asked.set(el, root);
    }
    return root;
  };
}

function readClosed(closed: (el: Element) => ShadowRoot | null, el: Element): ShadowRoot | null {
  try {
    return closed(el);
  } catch {
    return null;
  }
}
