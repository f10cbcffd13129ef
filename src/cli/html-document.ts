import { parseHTML } from 'linkedom';

/**
 * Elements the HTML parser keeps in <head>; any other element there (a <div>, a <p>) makes a browser
 * close the head and open the body, and so does text that is not white space.
 */
const HEAD_ELEMENTS = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * Parses HTML the way a browser would lay it out, for the CLI and the evaluation tools. linkedom's
 * parser is not the HTML5 tree builder: saved pages with markup after `</html>`, body content inside
 * <head>, or a second <body> (from pasted or document.write markup) come out with the page's text
 * outside <body>, where the segmenter never looks. A browser puts all of it in the one body; this does
 * the same after parsing.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  repairTree(doc);
  return doc;
}

/** Moves what a browser would put in <body> there: stray head content, trailing nodes, extra bodies. */
export function repairTree(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const body = firstBody(doc, root);
  const head = childElement(root, 'HEAD');
  if (head) moveBodyContentOutOfHead(head, body);
  moveTrailingNodes(doc, root, body);
  for (const extra of Array.from(body.querySelectorAll('body, html, head'))) unwrap(extra);
}

function childElement(parent: Element, tag: string): Element | null {
  for (const child of Array.from(parent.children)) if (child.tagName === tag) return child;
  return null;
}

function firstBody(doc: Document, root: Element): Element {
  const body = childElement(root, 'BODY') ?? doc.querySelector('body');
  if (body && body.parentNode === root) return body;
  const created = doc.createElement('body');
  if (body) {
    while (body.firstChild) created.appendChild(body.firstChild);
    body.remove();
  }
  root.appendChild(created);
  return created;
}

/** From the first node that cannot live in <head>, the rest of the head goes to the start of <body>. */
function moveBodyContentOutOfHead(head: Element, body: Element): void {
  const nodes = Array.from(head.childNodes);
  const first = nodes.findIndex(belongsInBody);
  if (first < 0) return;
  const anchor = body.firstChild;
  for (const node of nodes.slice(first)) body.insertBefore(node, anchor);
}

function belongsInBody(node: ChildNode): boolean {
  if (node.nodeType === 3) return (node.textContent ?? '').trim() !== '';
  return node.nodeType === 1 && !HEAD_ELEMENTS.has((node as Element).tagName);
}

/** Nodes after </body> or after </html> end up at the end of <body> in a browser. */
function moveTrailingNodes(doc: Document, root: Element, body: Element): void {
  const afterBody = Array.from(root.childNodes).slice(Array.from(root.childNodes).indexOf(body) + 1);
  const afterRoot = Array.from(doc.childNodes).slice(Array.from(doc.childNodes).indexOf(root) + 1);
  for (const node of [...afterBody, ...afterRoot]) {
    if (node.nodeType === 1 || (node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) {
      body.appendChild(node);
    }
  }
}

/** Replaces an element by its children (a nested <body> or <html> holds content, not structure). */
function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
}
