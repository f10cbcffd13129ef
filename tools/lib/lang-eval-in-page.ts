/**
 * Extraction of a lang-eval passage as the product reads it: the whole source page of ../shared/data/pages
 * read once (scoreAll, then extraction over every segment, as analyzePage does), and the passage credited
 * only with what extraction read in its own segment (extractSegmentClaims). A list item is read after its
 * introduction, under its heading, with the classifier's in-page scores; what the introduction itself
 * states is credited to the introduction, not to the item.
 *
 * A passage that is an excerpt of a longer segment (cut at a sentence end, or one <br> part of a paragraph)
 * is credited with the claims of the segment's sentences that lie inside the excerpt (or that hold it
 * whole); the segment is still read whole, as the product reads it.
 */
import { join } from 'node:path';
import type { Classifier } from '../../src/core/classify/classifier';
import {
  type Claims,
  extractSegmentClaims,
  type SentenceClaims,
  sumClaims,
} from '../../src/core/extract/index';
import type { Lang } from '../../src/core/vocabulary';
import { norm, pageSegments, segmentOf } from './in-page-scores';
import {
  compareExtraction,
  type ErrorLog,
  type ExtractionFigures,
  emptyExtraction,
  short,
} from './lang-eval-figures';
import type { GoldPassage } from './lang-eval-set';

export interface InPageClaims {
  readonly claims: Claims;
  /** The passage is part of a longer segment: only its own sentences were credited. */
  readonly excerpt: boolean;
}

/** Finds passages of the pages under `pagesDir` in their page and returns what extraction read there. */
export function inPageClaims(
  classifier: Classifier,
  pagesDir: string,
  lang: Lang,
): (source: string, passage: string, heading?: string) => InPageClaims | undefined {
  const pages = new Map<string, ReturnType<typeof readPage>>();
  return (source, passage, heading) => {
    let page = pages.get(source);
    if (page === undefined) {
      page = readPage(classifier, join(pagesDir, source), lang);
      pages.set(source, page);
    }
    const i = segmentOf(page.segments, passage, heading);
    const segment = page.segments[i];
    const sentences = page.claims[i];
    if (segment === undefined || sentences === undefined) return undefined;
    const excerpt = norm(segment.text) !== norm(passage);
    return { claims: sumClaims(excerpt ? excerptSentences(sentences, passage) : sentences), excerpt };
  };
}

function readPage(classifier: Classifier, file: string, lang: Lang) {
  const segments = pageSegments(file);
  const claims = extractSegmentClaims(segments, classifier.scoreAll(segments, lang), lang);
  return { segments, claims };
}

/** The sentences of a segment inside an excerpt of it, or holding the whole excerpt. */
export function excerptSentences(sentences: readonly SentenceClaims[], excerpt: string): SentenceClaims[] {
  const wanted = norm(excerpt);
  return sentences.filter((c) => {
    const text = norm(c.sentence.text);
    return wanted.includes(text) || text.includes(wanted);
  });
}

/**
 * Extraction of each passage as read in its page, compared with its gold (errors prefixed "inp"); a
 * passage not found in its page is left out of the figures, and listed.
 */
export function passagesInPage(
  log: ErrorLog,
  classifier: Classifier,
  passages: readonly GoldPassage[],
  pagesDir: string,
  lang: Lang,
): ExtractionFigures {
  const figures = emptyExtraction();
  const claimsOf = inPageClaims(classifier, pagesDir, lang);
  for (const p of passages) {
    const found = claimsOf(p.source, p.text, p.heading);
    if (found === undefined) {
      log.errors.push(`inp: not found in ${p.source}: ${short(p.text)}`);
      continue;
    }
    figures.n++;
    compareExtraction(log, figures, found.claims, p, 'inp');
  }
  return figures;
}
