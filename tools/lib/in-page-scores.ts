/**
 * The classifier's scores of a lang-eval passage as the product reads it: inside its source page of
 * ../shared/data/pages, with scoreAll (the neighbour context of the trained languages, a list item read
 * with its list's introduction in the others), found again by its text (and heading, segmentOf).
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
import { readRetentionAlone } from '../../src/core/retention-reading';
import type { LabelScores, Lang } from '../../src/core/vocabulary';

/** Text with every run of white space one space, trimmed: how a passage and its segment are compared. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A passage's scores in its page; `excerpt` when its segment holds more than the passage. */
export interface InPageScore {
  readonly scores: LabelScores;
  readonly excerpt: boolean;
}

/**
 * A passage's scores in one page, or undefined when no segment of the page holds its text. `heading`, the
 * passage's own heading, picks between segments that hold the same text.
 */
export type PassageLookup = (passage: string, heading?: string) => InPageScore | undefined;

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
): (source: string, passage: string, heading?: string) => InPageScore | undefined {
  const pages = new Map<string, PassageLookup>();
  return (source, passage, heading) => {
    let lookup = pages.get(source);
    if (lookup === undefined) {
      lookup = pageLookup(classifier, join(pagesDir, source), lang, options);
      pages.set(source, lookup);
    }
    return lookup(passage, heading);
  };
}

/** A segment's text and heading (whitespace normalised or not: both are normalised here). */
export interface SegmentText {
  readonly text: string;
  readonly heading?: string;
}

/**
 * The segment holding a passage, or -1: one whose text it is, else one that contains it, else one that
 * starts with its first 80 characters (a cut passage whose end the segmenter reads otherwise). Between
 * several of the same kind, the one under the passage's heading wins, then the one closest in length to
 * the passage (a short passage that also appears in a longer segment earlier on is not read there), then
 * the first.
 */
export function segmentOf(segments: readonly SegmentText[], passage: string, heading?: string): number {
  const wanted = norm(passage);
  const texts = segments.map((s) => norm(s.text));
  const tests: ReadonlyArray<(t: string) => boolean> = [
    (t) => t === wanted,
    (t) => t.includes(wanted),
    (t) => t.startsWith(wanted.slice(0, 80)),
  ];
  for (const holds of tests) {
    const candidates = texts.flatMap((t, i) => (holds(t) ? [i] : []));
    if (candidates.length > 0) return closest(candidates, texts, segments, wanted, heading);
  }
  return -1;
}

/** Of candidate segments, the one under `heading`, then the closest in length, then the first. */
function closest(
  candidates: readonly number[],
  texts: readonly string[],
  segments: readonly SegmentText[],
  wanted: string,
  heading: string | undefined,
): number {
  const under = (i: number): number =>
    heading !== undefined && norm(segments[i]?.heading ?? '') === norm(heading) ? 0 : 1;
  const gap = (i: number): number => Math.abs((texts[i]?.length ?? 0) - wanted.length);
  const ranked = [...candidates].sort((a, b) => under(a) - under(b) || gap(a) - gap(b) || a - b);
  return ranked[0] ?? -1;
}

/** The segments of a page file as the product reads them. */
export function pageSegments(file: string): readonly Segment[] {
  const text = decodeText(readFileSync(file));
  return pageFromText(text, formatOf(file, text)).segments;
}

function pageLookup(classifier: Classifier, file: string, lang: Lang, options: InPageOptions): PassageLookup {
  const segments = pageSegments(file);
  const scores = classifier.scoreAll(segments, lang, undefined, readRetentionAlone);
  return (passage, heading) => {
    const i = segmentOf(segments, passage, heading);
    const found = scores[i];
    if (found === undefined) return undefined;
    const excerpt = norm(segments[i]?.text ?? '') !== norm(passage);
    if (!excerpt || options.wholeSegment === true) return { scores: found, excerpt };
    const inPlace: Segment[] = segments.map((s, j) => (j === i ? { ...s, text: passage } : s));
    const rescored = classifier.scoreAll(inPlace, lang, undefined, readRetentionAlone)[i];
    return rescored === undefined ? undefined : { scores: rescored, excerpt };
  };
}
