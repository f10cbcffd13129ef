import type { Segment } from '../page/segment';
import type { LabelScores, Lang } from '../vocabulary';
import { type SentenceTypes, typesIn } from './collection';
import { buildContexts, type SegmentContext, type SentenceRef, sentencesOf } from './context';
import { hasAnyOnce, type LangTerms, matchesIn } from './lexicon';
import selling from './lexicon/selling.json';
import { retentionIn, type SentenceRetention } from './retention';
import { readSharing, type SharingReading } from './sharing';

/**
 * "whether a business sells", "ob ... verkauft", "verkaufen sie aber nicht": a sale asked about or denied
 * after its verb, which names no data the site holds even where the sentence reads as a sale (typesIn).
 */
const SALE_ASKED = selling.saleAsked as LangTerms;

/** Whether sentence `i` admits a sale of data the site holds: read as a sale, not asked about or denied. */
function soldHere(sharing: SharingReading, ref: SentenceRef, i: number, lang: Lang): boolean {
  return sharing.sells[i] === true && !hasAnyOnce(SALE_ASKED, lang, ref.sentence.text);
}

/**
 * A page read sentence by sentence: each sentence's data types, recipients, selling and retention, index
 * for index with `refs`. The report's practices and the per-segment claims (segment-claims.ts) are both
 * summed from this one reading, so they never disagree on what a sentence says.
 */
export interface SentenceReading {
  readonly contexts: readonly SegmentContext[];
  readonly refs: readonly SentenceRef[];
  /** The page's first heading: the operator's own name (a service it names is not a recipient). */
  readonly title: string;
  readonly types: readonly SentenceTypes[];
  readonly sharing: SharingReading;
  readonly retention: readonly SentenceRetention[];
}

/** Reads every sentence of a page (the lexicons of `lang` prepared by the caller). */
export function readSentences(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  lang: Lang,
): SentenceReading {
  const contexts = buildContexts(segments, scores, lang);
  const refs = sentencesOf(contexts);
  walkSentences(refs, lang);
  const title = segments.find((s) => s.kind === 'heading')?.text ?? '';
  const sharing = readSharing(contexts, refs, lang, title);
  return {
    contexts,
    refs,
    title,
    // A sentence that admits a sale of data names data the site holds (typesIn).
    types: refs.map((ref, i) => typesIn(ref, lang, soldHere(sharing, ref, i, lang))),
    sharing,
    retention: refs.map((ref) => retentionIn(ref, lang)),
  };
}

/**
 * Matches every lexicon of the language in every sentence, one sentence after the other, before the
 * extractors ask about them (they ask about every sentence; the answers are remembered for the page):
 * walks in a row find the term trie in the cache, walks between the extractors' work do not.
 */
export function walkSentences(refs: readonly SentenceRef[], lang: Lang): void {
  for (const ref of refs) matchesIn(lang, ref.sentence.text);
}
