import type { Segment } from '../page/segment';
import type { Sentence } from '../text/sentences';
import type { DataType, LabelScores, Lang, Recipient, RetentionKind } from '../vocabulary';
import { DATA_TYPES, RECIPIENTS } from '../vocabulary';
import { readingPage } from './lexicon';
import { NOTHING_KEPT, retentionSummary, type SentenceRetention } from './retention';
import { combineSells } from './sells';
import { readSentences, type SentenceReading } from './sentence-reading';

/** What extraction reads in one sentence of a page, read in its page (intro, heading, affinity). */
export interface SentenceClaims {
  readonly sentence: Sentence;
  readonly dataTypes: readonly DataType[];
  /** Kinds of recipients, those of the services and unknown names it lists included. */
  readonly recipients: readonly Recipient[];
  readonly sells: boolean | null;
  readonly retention: SentenceRetention;
}

/** What some sentences claim together, as the report sums a page. */
export interface Claims {
  readonly dataTypes: DataType[];
  readonly recipients: Recipient[];
  readonly sells: boolean | null;
  readonly retention: { readonly kind: RetentionKind; readonly periods: string[] };
}

/**
 * The claims of each segment of a page, index for index with `segments` (a heading has no sentences):
 * the same reading as extractPractices, the page read whole, each claim kept where it was read. What a
 * list's introduction lends an item (its verb, its negation) counts for the item; what the introduction
 * itself states counts only for the introduction.
 */
export function extractSegmentClaims(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  lang: Lang,
): SentenceClaims[][] {
  return readingPage(lang, segments, () => claimsBySegment(segments, readSentences(segments, scores, lang)));
}

function claimsBySegment(segments: readonly Segment[], reading: SentenceReading): SentenceClaims[][] {
  const bySegment = new Map<Segment, SentenceClaims[]>(segments.map((s) => [s, []]));
  const { refs, sharing } = reading;
  const claims = refs.map((ref, i): SentenceClaims => {
    const recipients = new Set(sharing.recipients[i]);
    for (const n of sharing.named[i] ?? []) if (n.recipient) recipients.add(n.recipient);
    return {
      sentence: ref.sentence,
      dataTypes: reading.types[i]?.types ?? [],
      recipients: RECIPIENTS.filter((r) => recipients.has(r)),
      sells: sharing.sells[i] ?? null,
      retention: reading.retention[i] ?? NOTHING_KEPT,
    };
  });
  refs.forEach((ref, i) => {
    const claim = claims[i];
    if (claim) bySegment.get(ref.ctx.segment)?.push(claim);
  });
  // An unknown name listed as an item is read from the item: from its sentence that holds the name.
  for (const { ctx, party } of sharing.listed) {
    const own = bySegment.get(ctx.segment) ?? [];
    const at = Math.max(
      0,
      own.findIndex((c) => c.sentence.text.includes(party.name)),
    );
    const claim = own[at];
    if (claim && party.recipient && !claim.recipients.includes(party.recipient))
      own[at] = {
        ...claim,
        recipients: RECIPIENTS.filter((r) => r === party.recipient || claim.recipients.includes(r)),
      };
  }
  return segments.map((s) => bySegment.get(s) ?? []);
}

/** The claims of some sentences together: data types and recipients united, selling and retention summed. */
export function sumClaims(sentences: readonly SentenceClaims[]): Claims {
  const types = new Set(sentences.flatMap((c) => c.dataTypes));
  const recipients = new Set(sentences.flatMap((c) => c.recipients));
  return {
    dataTypes: DATA_TYPES.filter((t) => types.has(t)),
    recipients: RECIPIENTS.filter((r) => recipients.has(r)),
    sells: combineSells(sentences.map((c) => c.sells)),
    retention: retentionSummary(sentences.map((c) => c.retention)),
  };
}
