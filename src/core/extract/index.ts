import type { Segment } from '../page/segment';
import type { Practices } from '../report';
import type { LabelScores, Lang } from '../vocabulary';
import { extractChildren } from './children';
import { collectionOf } from './collection';
import { extractContact } from './contact';
import { extractFlag } from './flags';
import { readingPage } from './lexicon';
import { retentionOf } from './retention';
import { extractRights } from './rights';
import { readSentences } from './sentence-reading';
import { sharingOf } from './sharing';

export { type Claims, extractSegmentClaims, type SentenceClaims, sumClaims } from './segment-claims';
export { walkSentences } from './sentence-reading';

/**
 * Reads the practices of a policy from its segments. `scores[i]` are the classifier's label probabilities
 * for `segments[i]`; they weight and gate evidence, but lexical cues of the sentence and its section
 * heading count too, so extraction holds up when the classifier is wrong. Lexicons of `lang` and English
 * are matched (policies mix in English terms).
 */
export function extractPractices(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  lang: Lang,
): Practices {
  return readingPage(lang, segments, () => readPractices(segments, scores, lang));
}

/**
 * extractPractices, then `more` in the same page reading: what `more` asks the lexicons about the page's
 * sentences (the retention stage's reading of segments alone, retention-reading.ts) is walked once.
 */
export function extractPracticesThen<T>(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  lang: Lang,
  more: () => T,
): { practices: Practices; more: T } {
  return readingPage(lang, segments, () => ({
    practices: readPractices(segments, scores, lang),
    more: more(),
  }));
}

function readPractices(segments: readonly Segment[], scores: readonly LabelScores[], lang: Lang): Practices {
  const reading = readSentences(segments, scores, lang);
  const { contexts, refs } = reading;
  return {
    collection: collectionOf(refs, reading.types, lang),
    sharing: sharingOf(refs, reading.sharing, lang),
    retention: retentionOf(refs, reading.retention),
    security: extractFlag(refs, 'security', lang),
    rights: extractRights(refs, lang),
    children: extractChildren(refs, lang),
    international: extractFlag(refs, 'international', lang),
    changes: extractFlag(refs, 'changes', lang),
    contact: extractContact(contexts, refs, lang),
  };
}
