/**
 * The classifier's scores of a lang-eval passage as the product reads it: inside its source page of
 * ../shared/data/pages, with scoreAll (the neighbour context of the trained languages, a list item read
 * with its list's introduction in the others), found again by its text.
 *
 * A passage is a verbatim excerpt of one segment, but not always all of it: passages longer than 600
 * characters were cut at a sentence end, and a paragraph the page breaks with <br> is one segment while
 * its passage is one of its parts. Its label is the label of the excerpt, so by default the excerpt is
 * read in its segment's place (the page otherwise unchanged: same heading, neighbours, list introduction).
 * With `wholeSegment` the whole segment is read instead, as the product shows it (the rest of the segment
 * then counts against a label given to a part of it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import type { Classifier } from '../../src/core/classify/classifier';
import type { Segment } from '../../src/core/page/segment';
import type { LabelScores, Lang } from '../../src/core/vocabulary';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A passage's scores in its page; `excerpt` when its segment holds more than the passage. */
export interface InPageScore {
  readonly scores: LabelScores;
  readonly excerpt: boolean;
}

/** A passage's scores in one page, or undefined when no segment of the page holds its text. */
export type PassageLookup = (passage: string) => InPageScore | undefined;

export interface InPageOptions {
  /** Read the whole segment that holds an excerpt, not the excerpt in its place. */
  readonly wholeSegment?: boolean;
}

/** Scores passages of the pages under `pagesDir` in their page, each page read once. */
export function inPageScorer(
  classifier: Classifier,
  pagesDir: string,
  lang: Lang,
  options: InPageOptions = {},
): (source: string, passage: string) => InPageScore | undefined {
  const pages = new Map<string, PassageLookup>();
  return (source, passage) => {
    let lookup = pages.get(source);
    if (lookup === undefined) {
      lookup = pageLookup(classifier, join(pagesDir, source), lang, options);
      pages.set(source, lookup);
    }
    return lookup(passage);
  };
}

/**
 * The segment holding a passage: the one whose text it is, else the first that contains it, else the
 * first that starts with its first 80 characters (a cut passage whose end the segmenter reads otherwise).
 */
export function segmentOf(texts: readonly string[], passage: string): number {
  const wanted = norm(passage);
  const exact = texts.indexOf(wanted);
  if (exact >= 0) return exact;
  const within = texts.findIndex((s) => s.includes(wanted));
  if (within >= 0) return within;
  return texts.findIndex((s) => s.startsWith(wanted.slice(0, 80)));
}

function pageLookup(classifier: Classifier, file: string, lang: Lang, options: InPageOptions): PassageLookup {
  const text = decodeText(readFileSync(file));
  const segments = pageFromText(text, formatOf(file, text)).segments;
  const scores = classifier.scoreAll(segments, lang);
  const texts = segments.map((s) => norm(s.text));
  return (passage) => {
    const i = segmentOf(texts, passage);
    const found = scores[i];
    if (found === undefined) return undefined;
    const excerpt = texts[i] !== norm(passage);
    if (!excerpt || options.wholeSegment === true) return { scores: found, excerpt };
    const inPlace: Segment[] = segments.map((s, j) => (j === i ? { ...s, text: passage } : s));
    const rescored = classifier.scoreAll(inPlace, lang)[i];
    return rescored === undefined ? undefined : { scores: rescored, excerpt };
  };
}
