import type { Lang, Recipient } from '../vocabulary';
import type { SentenceRef } from './context';
import { declareTables, findAll, hasAny, type LangTerms } from './lexicon';
import cues from './lexicon/cues.json';
import recipients from './lexicon/recipients.json';
import retention from './lexicon/retention.json';
import rights from './lexicon/rights.json';
import { negatedBefore } from './negation';
import { type KindTerms, type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

export const RECIPIENT_KINDS = recipients.kinds as Readonly<Record<Recipient, KindTerms>>;
const MASKS = recipients.masks as LangTerms;
/** Words of an authority's request or order ("requeridos", "richiesta", "subpoena"). */
const REQUESTS = recipients.authorityRequests as LangTerms;
/** "lodge a complaint with the supervisory authority" is a right, not a disclosure. */
const COMPLAINT = rights.kinds.complaint.strong as LangTerms;
export const SHARE = cues.share as LangTerms;
export const SHARE_BLOCK = cues.shareBlock as LangTerms;
const COLLECT = cues.collect as LangTerms;
/** "Sources": the parties a sentence about sources names give data, they do not receive it. */
const SOURCE = cues.source as LangTerms;
/** Keeping, storing, deleting: a sentence about keeping data cites the law as its reason, not a recipient. */
const KEEP = retention.cue as LangTerms;
declareTables([
  SHARE,
  SHARE_BLOCK,
  SOURCE,
  KEEP,
  REQUESTS,
  COMPLAINT,
  COLLECT,
  ...typedLexicons(RECIPIENT_KINDS, MASKS),
]);
/** Languages that capitalise every noun, where a capitalised word says nothing of a name. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(recipients.capitalisedNouns);

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
  // The model's confidence stands in for a disclosure verb, but not where the sentence speaks of the
  // sources of data ("collected from other sources such as ... social networks").
  const shares =
    sharingCue(ref, lang) || (ref.ctx.affinity.sharing >= AFFINITY_ALONE && !hasAny(SOURCE, lang, text));
  // Weak terms ("as required by law") name no one by themselves: not where the sentence is about keeping data.
  const weakCounts = !hasAny(KEEP, lang, text);
  const requests = !shares && weakCounts && hasAny(REQUESTS, lang, text) && !hasAny(COMPLAINT, lang, text);
  const collects = !shares && hasAny(COLLECT, lang, text);
  if (!shares && !collects && !requests) return [];
  const found = new Set<Recipient>();
  for (const m of typedMatches(RECIPIENT_KINDS, MASKS, text, lang)) {
    if (negatedBefore(text, m.start, lang) || inCompanyName(text, m.start, lang)) continue;
    if (!m.strong && !weakCounts) continue;
    if (shares || (collects && COLLECTING_PARTIES.has(m.kind)) || (requests && requestedBy(m, text, lang)))
      found.add(m.kind);
  }
  return [...found];
}

/** How near a request word must stand to the authority that makes it ("requeridos por una autoridad"). */
const REQUEST_REACH = 40;

/**
 * "sean requeridos por una autoridad", "l'Autorità può richiedere", "lawful requests from public
 * authorities": an authority asking for data is a disclosure even where no sharing verb is written.
 */
function requestedBy(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  if (m.kind !== 'authorities' || !m.strong) return false;
  return findAll(REQUESTS, lang, text).some(
    (r) => Math.max(r.start - m.end, m.start - r.end) <= REQUEST_REACH,
  );
}

const CAPITAL = /^\p{Lu}/u;
const WORD = /[\p{L}\p{N}&.'’-]+/gu;

/**
 * Whether the recipient word at `start` is the end of a company name in running text ("hosted at Trebiano
 * E-Business Partner"): capitalised, after a capitalised word that does not begin the sentence, in a
 * sentence mostly in lower case (so title-case headings and list items keep "Business Partners").
 */
export function inCompanyName(text: string, start: number, lang: Lang): boolean {
  if (CAPITALISED_NOUNS.has(lang) || !CAPITAL.test(text.slice(start))) return false;
  const words = [...text.matchAll(WORD)];
  const at = words.findIndex((w) => w.index === start);
  const before = words[at - 1];
  if (at < 2 || !before || !CAPITAL.test(before[0]) || /[.:;!?]\s*$/.test(text.slice(0, before.index))) {
    return false;
  }
  return words.filter((w) => CAPITAL.test(w[0])).length * 2 < words.length;
}
