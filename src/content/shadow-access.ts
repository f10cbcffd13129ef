/**
 * The shadow roots a content script may read: open ones, and closed ones where the browser lets an
 * extension reach them (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox: element.openOrClosedShadowRoot).
 * A page's closed web component still shows its text to the person reading it, so Plainly reads it too.
 *
 * Closed roots are looked for on custom elements only (a name with a hyphen): those are the web components,
 * and asking the extension API about every <div> and <span> of a page would cost the gate and the reader
 * an API call per element.
 */
import { openShadowRootOf, type ShadowRootOf } from '../core/page/shadow-roots';

interface ChromeDom {
  openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null;
}

/** Firefox gives content scripts this property on every element. */
interface FirefoxShadowAccess {
  openOrClosedShadowRoot?: ShadowRoot | null;
}

const isCustomElement = (el: Element): boolean => el.localName.includes('-');

/** The browser's way to reach a closed root, or null where there is none. */
function closedRootReader(): ((el: Element) => ShadowRoot | null) | null {
  const dom = (globalThis as unknown as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  const chromeReader = dom?.openOrClosedShadowRoot;
  if (typeof chromeReader === 'function') {
    return (el) => (el instanceof HTMLElement ? chromeReader.call(dom, el) : null);
  }
  if (typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype) {
    return (el) => (el as Element & FirefoxShadowAccess).openOrClosedShadowRoot ?? null;
  }
  return null;
}

/** Open roots first (no API call); closed ones of custom elements where the browser allows it. */
export function pageShadowRootOf(): ShadowRootOf {
  const closed = closedRootReader();
  if (!closed) return openShadowRootOf;
  return (el) => {
    const open = el.shadowRoot;
    if (open || !isCustomElement(el)) return open;
    try {
      return closed(el);
    } catch {
      return null;
    }
  };
}
