import { openShadowRootOf, type ShadowRootOf, shadowRootsUnder } from '../page/shadow-roots';
import { fold } from './fold';
import terms from './gate-terms.json';

/**
 * The cheap gate that runs on every page: URL, title, headings and a bounded text sample, no model.
 * It is generous on purpose (a terms page titled "Terms and Privacy" passes); the full verdict after
 * classification decides what gets a badge. Every input is bounded (title, address, headings, sample),
 * so a page of any size or shape costs about the same.
 */
export interface GateResult {
  candidate: boolean;
  kind: 'privacy-policy' | 'cookie-policy' | 'none';
  reason: string;
}

const PRIVACY = terms.privacyTitles.map(fold);
const COOKIE = terms.cookieTitles.map(fold);
const URL_WORDS = terms.urlWords.map(fold);
const PRACTICE = terms.practiceWords.map(fold);
const LIMITS = terms.limits;

function findTerm(text: string, list: readonly string[]): string | undefined {
  const folded = fold(text);
  return list.find((term) => folded.includes(term));
}

/**
 * Is this page worth a full look? `shadowRootOf` says which shadow roots the gate may read when the page's
 * own DOM holds almost no text (the content script passes one that reaches closed roots too).
 */
export function gatePage(
  doc: Document,
  url: string,
  shadowRootOf: ShadowRootOf = openShadowRootOf,
): GateResult {
  const title = (doc.title ?? '').slice(0, LIMITS.titleChars);
  const titleTerm = findTerm(title, PRIVACY);
  if (titleTerm) return { candidate: true, kind: 'privacy-policy', reason: `title mentions "${titleTerm}"` };
  const urlTerm = findTerm(safePath(url), URL_WORDS);
  if (urlTerm) return { candidate: true, kind: 'privacy-policy', reason: `address mentions "${urlTerm}"` };
  const headings = headingTexts(doc);
  const headingTerm = headings.map((h) => findTerm(h, PRIVACY)).find((t) => t !== undefined);
  if (headingTerm)
    return { candidate: true, kind: 'privacy-policy', reason: `a heading mentions "${headingTerm}"` };
  if (findTerm(`${title} ${headings[0] ?? ''}`, COOKIE)) {
    return { candidate: true, kind: 'cookie-policy', reason: 'the title is about cookies' };
  }
  let sample = textSample(doc, LIMITS.sampleChars);
  if (sample.length < LIMITS.shadowBelowChars) {
    const shadow = shadowContent(doc, shadowRootOf);
    const shadowTerm = shadow.headings.map((h) => findTerm(h, PRIVACY)).find((t) => t !== undefined);
    if (shadowTerm)
      return { candidate: true, kind: 'privacy-policy', reason: `a heading mentions "${shadowTerm}"` };
    sample += shadow.text;
  }
  const mentions = countMentions(sample, PRACTICE);
  if (mentions >= LIMITS.practiceMentions) {
    return {
      candidate: true,
      kind: 'privacy-policy',
      reason: `the text mentions personal data ${mentions} times`,
    };
  }
  return { candidate: false, kind: 'none', reason: 'nothing on the page speaks of privacy' };
}

/** The address's path, query and fragment, decoded, and cut at LIMITS.urlChars (before decoding). */
function safePath(url: string): string {
  try {
    const parsed = new URL(url);
    const path = `${parsed.pathname}${parsed.search}${parsed.hash}`.slice(0, LIMITS.urlChars);
    return decodeURIComponent(path.replace(/%[0-9a-f]?$/i, ''));
  } catch {
    return '';
  }
}

const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"]';

function headingTexts(root: Document | ShadowRoot, max = LIMITS.headings): string[] {
  const nodes = root.querySelectorAll(HEADING_SELECTOR);
  const texts: string[] = [];
  for (let i = 0; i < nodes.length && texts.length < max; i++) {
    texts.push((nodes[i]?.textContent ?? '').slice(0, 200));
  }
  return texts;
}

/**
 * Headings and text inside shadow roots, for a page whose own DOM holds almost no text (an app built of
 * web components). Bounded like the rest: a few thousand elements looked at, the same sample size.
 */
function shadowContent(doc: Document, shadowRootOf: ShadowRootOf): { headings: string[]; text: string } {
  const roots = doc.body ? shadowRootsUnder(doc, doc.body, LIMITS.shadowElements, shadowRootOf) : [];
  const headings: string[] = [];
  let text = '';
  for (const root of roots) {
    headings.push(...headingTexts(root, LIMITS.headings - headings.length));
    text += sampleOf(doc, root, LIMITS.sampleChars - text.length);
  }
  return { headings, text };
}

/** The first `max` characters of the body's text, read node by node so a huge page costs no more. */
export function textSample(doc: Document, max: number): string {
  return doc.body ? sampleOf(doc, doc.body, max) : '';
}

function sampleOf(doc: Document, root: Node, max: number): string {
  const walker = doc.createTreeWalker(root, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    text += `${(node.nodeValue ?? '').slice(0, max - text.length)} `;
  }
  return text;
}

function countMentions(sample: string, words: readonly string[]): number {
  const folded = fold(sample);
  let count = 0;
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) count++;
  }
  return count;
}
