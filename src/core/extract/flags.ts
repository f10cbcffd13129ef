import type { Evidence, Practice } from '../report';
import type { Lang } from '../vocabulary';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, hasAny } from './lexicon';
import flags from './lexicon/flags.json';
import { type KindTerms, typedLexicons } from './typed-matches';

/** The practices that are reported as "said or not" with their quotes. */
export type FlagTopic = 'security' | 'international' | 'changes';

const TERMS = flags as Readonly<Record<FlagTopic, KindTerms>>;
declareTables(typedLexicons(TERMS, undefined));

/** A general word ("secure", "changes") counts only in a passage the model or heading puts under the topic. */
const WEAK_AFFINITY = 0.5;

/** Whether the page addresses a topic, with the sentences that do. */
export function extractFlag(refs: readonly SentenceRef[], topic: FlagTopic, lang: Lang): Practice {
  const terms = TERMS[topic];
  const evidence: Evidence[] = [];
  for (const ref of refs) {
    const text = ref.sentence.text;
    const aff = ref.ctx.affinity[topic];
    if (terms.strong && hasAny(terms.strong, lang, text)) {
      evidence.push(quote(ref, 0.55 + 0.4 * aff));
    } else if (aff >= WEAK_AFFINITY && terms.weak && hasAny(terms.weak, lang, text)) {
      evidence.push(quote(ref, 0.35 + 0.4 * aff));
    }
  }
  return { found: evidence.length > 0, evidence: topEvidence(evidence) };
}
