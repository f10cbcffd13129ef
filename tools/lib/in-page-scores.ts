/**
 * The classifier's scores of a lang-eval passage as the product reads it: inside its source page of
 * ../shared/data/pages, with scoreAll (the neighbour context of the trained languages, a list item read
 * with its list's introduction in the others), found again by its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import type { Classifier } from '../../src/core/classify/classifier';
import type { LabelScores, Lang } from '../../src/core/vocabulary';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Finds a passage's scores in one page: by its whole text, else by its first 80 characters (passages
 * longer than 600 characters were cut); the first such segment when the page repeats it; undefined when
 * the page's segments hold no such text.
 */
export type PassageLookup = (passage: string) => LabelScores | undefined;

/** Scores passages of the pages under `pagesDir` in their page, each page read once. */
export function inPageScorer(
  classifier: Classifier,
  pagesDir: string,
  lang: Lang,
): (source: string, passage: string) => LabelScores | undefined {
  const pages = new Map<string, PassageLookup>();
  return (source, passage) => {
    let lookup = pages.get(source);
    if (lookup === undefined) {
      lookup = pageLookup(classifier, join(pagesDir, source), lang);
      pages.set(source, lookup);
    }
    return lookup(passage);
  };
}

function pageLookup(classifier: Classifier, file: string, lang: Lang): PassageLookup {
  const text = decodeText(readFileSync(file));
  const segments = pageFromText(text, formatOf(file, text)).segments;
  const scores = classifier.scoreAll(segments, lang);
  const texts = segments.map((s) => norm(s.text));
  return (passage) => {
    const wanted = norm(passage);
    let i = texts.indexOf(wanted);
    if (i < 0) i = texts.findIndex((s) => s.startsWith(wanted.slice(0, 80)));
    return i < 0 ? undefined : scores[i];
  };
}
