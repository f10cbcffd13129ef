import type { Segment } from '../page/segment';
import type { Practices } from '../report';
import type { LabelScores, Lang } from '../vocabulary';
import { extractChildren } from './children';
import { extractCollection } from './collection';
import { extractContact } from './contact';
import { buildContexts, type SentenceRef, sentencesOf } from './context';
import { extractFlag } from './flags';
import { clearPreparedTexts, matchesIn, prepareLexicons } from './lexicon';
import { extractRetention } from './retention';
import { extractRights } from './rights';
import { extractSharing } from './sharing';

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
  clearPreparedTexts();
  prepareLexicons(lang);
  try {
    return readPractices(segments, scores, lang);
  } finally {
    clearPreparedTexts();
  }
}

function readPractices(segments: readonly Segment[], scores: readonly LabelScores[], lang: Lang): Practices {
  const contexts = buildContexts(segments, scores, lang);
  const refs = sentencesOf(contexts);
  walkSentences(refs, lang);
  const title = segments.find((s) => s.kind === 'heading')?.text ?? '';
  return {
    collection: extractCollection(refs, lang),
    sharing: extractSharing(contexts, refs, lang, title),
    retention: extractRetention(refs, lang),
    security: extractFlag(refs, 'security', lang),
    rights: extractRights(refs, lang),
    children: extractChildren(refs, lang),
    international: extractFlag(refs, 'international', lang),
    changes: extractFlag(refs, 'changes', lang),
    contact: extractContact(contexts, refs, lang),
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
