import { fold } from './fold';
import terms from './gate-terms.json';

/**
 * The cheap gate that runs on every page: URL, title, headings and a bounded text sample, no model.
 * It is generous on purpose (a terms page titled "Terms and Privacy" passes); the full verdict after
 * classification decides what gets a badge.
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

export function gatePage(doc: Document, url: string): GateResult {
  const title = doc.title ?? '';
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
  const mentions = countMentions(textSample(doc, LIMITS.sampleChars), PRACTICE);
  if (mentions >= LIMITS.practiceMentions) {
    return {
      candidate: true,
      kind: 'privacy-policy',
      reason: `the text mentions personal data ${mentions} times`,
    };
  }
  return { candidate: false, kind: 'none', reason: 'nothing on the page speaks of privacy' };
}

function safePath(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(`${parsed.pathname}${parsed.search}${parsed.hash}`);
  } catch {
    return '';
  }
}

function headingTexts(doc: Document): string[] {
  const nodes = doc.querySelectorAll('h1, h2, h3, [role="heading"]');
  const texts: string[] = [];
  for (let i = 0; i < nodes.length && texts.length < LIMITS.headings; i++) {
    texts.push((nodes[i]?.textContent ?? '').slice(0, 200));
  }
  return texts;
}

/** The first `max` characters of the body's text, read node by node so a huge page costs no more. */
export function textSample(doc: Document, max: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4);
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
