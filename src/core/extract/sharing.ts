import type { Evidence, SharingPractice } from '../report';
import { type Lang, RECIPIENTS, type Recipient } from '../vocabulary';
import { apposedNames } from './apposed-names';
import type { SegmentContext, SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { type ListedName, listedNames, mergeNamed, type NamedParty, namedInSentences } from './named';
import { recipientsIn, sharingCue } from './recipients';
import { combineSells, sellStatement } from './sells';

/** What each sentence says about sharing, index for index with the page's sentences. */
export interface SharingReading {
  /** Kinds of recipients each sentence names as receiving data. */
  readonly recipients: readonly (readonly Recipient[])[];
  /** What each sentence says about selling data (null: nothing). */
  readonly sells: readonly (boolean | null)[];
  /** Services and groups each sentence names as recipients. */
  readonly named: readonly (readonly NamedParty[])[];
  /** Unknown names listed as items of a sharing list. */
  readonly listed: readonly ListedName[];
}

/** Reads every sentence of a page for sharing; `firstParty` (the page title) names the operator. */
export function readSharing(
  contexts: readonly SegmentContext[],
  refs: readonly SentenceRef[],
  lang: Lang,
  firstParty: string,
): SharingReading {
  const recipients = refs.map((ref) => recipientsIn(ref, lang));
  const owner = firstParty.toLowerCase();
  // Names no dictionary knows, where the sentence makes them recipients (apposed-names.ts).
  const named = namedInSentences(refs, lang, firstParty).map((known, i) => {
    const ref = refs[i];
    const apposed = ref ? apposedNames(ref, recipients[i] ?? [], lang, owner) : [];
    return apposed.length === 0 ? known : known.concat(apposed);
  });
  return {
    recipients,
    sells: refs.map((ref) => sellStatement(ref, lang)),
    named,
    listed: listedNames(contexts, lang),
  };
}

/** The page's sharing practice from what its sentences say (`reading`, index for index with `refs`). */
export function sharingOf(
  refs: readonly SentenceRef[],
  reading: SharingReading,
  lang: Lang,
): SharingPractice {
  const kinds = new Set<Recipient>();
  const evidence: Evidence[] = [];
  let stated = false;
  refs.forEach((ref, i) => {
    const found = reading.recipients[i] ?? [];
    const sell = reading.sells[i] ?? null;
    for (const kind of found) kinds.add(kind);
    const aff = ref.ctx.affinity.sharing;
    if (found.length > 0 || sell !== null) {
      evidence.push(
        quote(ref, 0.45 + 0.1 * Math.min(found.length, 3) + 0.25 * aff + (sell !== null ? 0.1 : 0)),
      );
    } else if (sharingCue(ref, lang) && aff >= 0.5) {
      stated = true;
    }
  });
  const named = mergeNamed(reading.named, reading.listed);
  for (const n of named) if (n.recipient) kinds.add(n.recipient);
  refs.forEach((ref, i) => {
    if ((reading.named[i]?.length ?? 0) > 0) evidence.push(quote(ref, 0.5 + 0.3 * ref.ctx.affinity.sharing));
  });
  const sellsVerdict = combineSells(reading.sells);
  const recipients = RECIPIENTS.filter((r) => kinds.has(r));
  return {
    found: recipients.length > 0 || named.length > 0 || sellsVerdict !== null || stated,
    recipients,
    named: named.map((n) => n.name),
    sells: sellsVerdict,
    evidence: topEvidence(evidence),
  };
}
