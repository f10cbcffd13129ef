import type { Lang, Recipient } from '../vocabulary';
import type { SentenceRef } from './context';
import { hasAny, type LangTerms } from './lexicon';
import cues from './lexicon/cues.json';
import recipients from './lexicon/recipients.json';
import { negatedBefore } from './negation';
import { type KindTerms, typedMatches } from './typed-matches';

export const RECIPIENT_KINDS = recipients.kinds as Readonly<Record<Recipient, KindTerms>>;
const MASKS = recipients.masks as LangTerms;
export const SHARE = cues.share as LangTerms;
export const SHARE_BLOCK = cues.shareBlock as LangTerms;
const COLLECT = cues.collect as LangTerms;

/** Without a disclosure verb, a sentence counts only where the model or heading is sure it is about sharing. */
const AFFINITY_ALONE = 0.7;

/** Whether a sentence (or, for a list item, its intro) speaks of passing data to someone else. */
export function sharingCue(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (hasAny(SHARE, lang, sentence.text)) return true;
  return ctx.segment.kind === 'list-item' && hasAny(SHARE, lang, ctx.intro);
}

/** Parties that may be named as collecting data themselves ("the hosting provider logs your IP address"). */
const COLLECTING_PARTIES: ReadonlySet<Recipient> = new Set(['service-providers', 'analytics', 'advertisers']);

/**
 * Kinds of recipients a sentence names as receiving data; none in disclaimers or negated clauses.
 * Where the sentence only speaks of collecting, only parties that collect on the operator's behalf count
 * ("we receive data from our partners" names a source, not a recipient).
 */
export function recipientsIn(ref: SentenceRef, lang: Lang): Recipient[] {
  const text = ref.sentence.text;
  if (hasAny(SHARE_BLOCK, lang, text)) return [];
  const shares = sharingCue(ref, lang) || ref.ctx.affinity.sharing >= AFFINITY_ALONE;
  if (!shares && !hasAny(COLLECT, lang, text)) return [];
  const found = new Set<Recipient>();
  for (const m of typedMatches(RECIPIENT_KINDS, MASKS, text, lang)) {
    if (negatedBefore(text, m.start, lang) || (!shares && !COLLECTING_PARTIES.has(m.kind))) continue;
    found.add(m.kind);
  }
  return [...found];
}
