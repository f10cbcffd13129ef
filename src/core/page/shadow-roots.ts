/** NodeFilter.SHOW_ELEMENT (the constant itself is a browser global). */
const SHOW_ELEMENT = 1;

/**
 * The open shadow roots under `root`, nested ones included, in the order met, looking at no more than
 * `maxElements` elements: a page built of web components shows its text from these.
 */
export function openShadowRoots(doc: Document, root: Node, maxElements: number): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const queue: Node[] = [root];
  let seen = 0;
  for (let i = 0; i < queue.length && seen < maxElements; i++) {
    const walker = doc.createTreeWalker(queue[i] as Node, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null && seen < maxElements; node = walker.nextNode()) {
      seen++;
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        queue.push(shadow);
      }
    }
  }
  return found;
}
