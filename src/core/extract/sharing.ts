import type { Evidence, SharingPractice } from '../report';
import { type Lang, RECIPIENTS, type Recipient } from '../vocabulary';
import type { SegmentContext, SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { extractNamed } from './named';
import { recipientsIn, sharingCue } from './recipients';
import { combineSells, sellStatement } from './sells';

/** Recipients, named third parties and selling, with the sentences that state them. */
export function extractSharing(
  contexts: readonly SegmentContext[],
  refs: readonly SentenceRef[],
  lang: Lang,
  firstParty: string,
): SharingPractice {
  const kinds = new Set<Recipient>();
  const evidence: Evidence[] = [];
  const sells: (boolean | null)[] = [];
  let stated = false;
  for (const ref of refs) {
    const found = recipientsIn(ref, lang);
    const sell = sellStatement(ref, lang);
    sells.push(sell);
    for (const kind of found) kinds.add(kind);
    const aff = ref.ctx.affinity.sharing;
    if (found.length > 0 || sell !== null) {
      evidence.push(
        quote(ref, 0.45 + 0.1 * Math.min(found.length, 3) + 0.25 * aff + (sell !== null ? 0.1 : 0)),
      );
    } else if (sharingCue(ref, lang) && aff >= 0.5) {
      stated = true;
    }
  }
  const named = extractNamed(contexts, refs, lang, firstParty);
  for (const n of named.named) if (n.recipient) kinds.add(n.recipient);
  for (const ref of named.refs) evidence.push(quote(ref, 0.5 + 0.3 * ref.ctx.affinity.sharing));
  const sellsVerdict = combineSells(sells);
  const recipients = RECIPIENTS.filter((r) => kinds.has(r));
  return {
    found: recipients.length > 0 || named.named.length > 0 || sellsVerdict !== null || stated,
    recipients,
    named: named.named.map((n) => n.name),
    sells: sellsVerdict,
    evidence: topEvidence(evidence),
  };
}
