/**
 * Scrolls a passage into view and marks it. The mark is the class `plainly-highlight` plus inline styles set
 * through the CSSOM (not a <style> element or a style attribute, which a page's CSP may block); the previous
 * values are put back when the next passage is highlighted.
 */
export const HIGHLIGHT_CLASS = 'plainly-highlight';

const STYLE: Readonly<Record<string, string>> = {
  outline: '3px solid #d97706',
  'outline-offset': '2px',
  'background-color': 'rgba(253, 224, 71, 0.45)',
  'scroll-margin': '25vh',
};

interface Marked {
  element: HTMLElement | SVGElement;
  saved: { property: string; value: string; priority: string }[];
}

let marked: Marked | null = null;

export function clearHighlight(): void {
  if (!marked) return;
  const { element, saved } = marked;
  element.classList.remove(HIGHLIGHT_CLASS);
  for (const { property, value, priority } of saved) {
    if (value) element.style.setProperty(property, value, priority);
    else element.style.removeProperty(property);
  }
  marked = null;
}

/** The control that shows a hidden container: the ARIA tab of a tab panel, or a collapsed toggle (accordion). */
function controllerOf(container: Element): HTMLElement | null {
  if (!container.id) return null;
  const id = CSS.escape(container.id);
  if (container.getAttribute('role') === 'tabpanel') {
    const tab = document.querySelector<HTMLElement>(`[role="tab"][aria-controls~="${id}"]`);
    if (tab && tab.getAttribute('aria-selected') !== 'true') return tab;
  }
  return document.querySelector<HTMLElement>(`[aria-controls~="${id}"][aria-expanded="false"]`);
}

/** Is the element rendered (not inside display:none, a closed <details> or other hidden content)? */
function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility()
    : element.getClientRects().length > 0;
}

/**
 * Makes a passage visible, outermost container first: opens closed <details>, shows hidden="until-found"
 * content, and selects the tab of a hidden tab panel or expands a collapsed section (by clicking its
 * control, as the user would).
 */
function reveal(element: Element): void {
  const chain: Element[] = [element];
  for (let node = element.parentElement; node; node = node.parentElement) chain.unshift(node);
  for (const node of chain) {
    if (node instanceof HTMLDetailsElement && !node.open && node !== element) node.open = true;
    if (node instanceof HTMLElement && node.getAttribute('hidden') === 'until-found') node.hidden = false;
    if (!isShown(node)) controllerOf(node)?.click();
  }
}

function hasStyle(element: Element): element is HTMLElement | SVGElement {
  return 'style' in element && element.style instanceof CSSStyleDeclaration;
}

/** Highlights an element of the page; false when it is no longer in the document. */
export function highlightElement(element: Element): boolean {
  if (!element.isConnected || !hasStyle(element)) return false;
  clearHighlight();
  reveal(element);
  const saved = Object.keys(STYLE).map((property) => ({
    property,
    value: element.style.getPropertyValue(property),
    priority: element.style.getPropertyPriority(property),
  }));
  for (const [property, value] of Object.entries(STYLE))
    element.style.setProperty(property, value, 'important');
  element.classList.add(HIGHLIGHT_CLASS);
  marked = { element, saved };
  // No animation for users who asked for less motion, nor in a hidden tab (animations do not run there).
  const calm = document.hidden || (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  element.scrollIntoView({ block: 'center', behavior: calm ? 'instant' : 'smooth' });
  return true;
}
