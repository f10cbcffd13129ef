/** NodeFilter.SHOW_ELEMENT (the constant itself is a browser global). */
const SHOW_ELEMENT = 1;

/**
 * How a reader reaches an element's shadow root. From the page's side only open roots can be reached
 * (`element.shadowRoot`); an extension's content script is given one that reaches closed roots too
 * (src/content/shadow-access.ts), so that text a page shows from a closed web component is read as well.
 */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** Open shadow roots only: what any script can see. */
export const openShadowRootOf: ShadowRootOf = (el) => el.shadowRoot;

/**
 * The shadow roots under `root` that `shadowRootOf` reaches, nested ones included, in the order met,
 * looking at no more than `maxElements` elements: a page built of web components shows its text from these.
 */
export function shadowRootsUnder(
  doc: Document,
  root: Node,
  maxElements: number,
  shadowRootOf: ShadowRootOf = openShadowRootOf,
): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const queue: Node[] = [root];
  let seen = 0;
  for (let i = 0; i < queue.length && seen < maxElements; i++) {
    const walker = doc.createTreeWalker(queue[i] as Node, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null && seen < maxElements; node = walker.nextNode()) {
      seen++;
      const shadow = shadowRootOf(node as Element);
      if (shadow) {
        found.push(shadow);
        queue.push(shadow);
      }
    }
  }
  return found;
}
