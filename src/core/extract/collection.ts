/**
 * The collection practice: the data types each sentence states as collected (typesIn) and the page's practice
 * from them (collectionOf). What a sentence must hold is read in collection-statements.ts, mail sent or
 * written in mail-practice.ts, lists of data in collected-lists.ts and the mentions a sentence really makes in
 * said-mentions.ts; the lexicons are named in collection-tables.ts and declared here.
 */
import type { CollectionPractice, Evidence } from '../report';
import { DATA_TYPES, type DataType, type Lang } from '../vocabulary';
import { aboutAnonymousAggregates } from './anonymous-aggregates';
import { listAfterCue, otherTopicList, wholeItem } from './collected-lists';
import { onlyDefines, passesOn, statedByPhrase } from './collection-statements';
import {
  AFFINITY_ALONE,
  CHANGES,
  CHANNELS,
  COLLECT,
  COOKIE_DEFINITION,
  DEFINITION,
  EXAMPLE_CHANNEL,
  ID_REQUEST,
  MASKS,
  NOTICE,
  OPERATOR,
  PASSED_ON,
  PAYMENT_AGENT,
  SELF_STATED,
  SENDING,
  TYPES,
  WRITING,
} from './collection-tables';
import type { SentenceRef } from './context';
import { deniedAfter } from './denied-after';
import { quote, topEvidence } from './evidence';
import { declareTables, hasAny, hasAnyOnce } from './lexicon';
import { mailChannel, mailSaid, sendsMail } from './mail-practice';
import { deniedIntro } from './negated-intro';
import { negatedBefore } from './negation';
import { type Mentions, said, supported } from './said-mentions';
import { type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

declareTables([
  COLLECT,
  PASSED_ON,
  DEFINITION,
  COOKIE_DEFINITION,
  OPERATOR,
  ID_REQUEST,
  PAYMENT_AGENT,
  CHANNELS,
  ...Object.values(SELF_STATED),
  SENDING,
  WRITING,
  CHANGES,
  ...typedLexicons(TYPES, MASKS),
  EXAMPLE_CHANNEL,
]);

/** A list item this short under a collection intro is an item of the list of collected data. */
const SHORT_ITEM = 90;
/**
 * How much lower a quote ranks when it has no collection verb and is a heading (a title names a topic),
 * a contact invitation or a notice: "We collect your e-mail address" outranks "contact us at x@...".
 */
const WEAK_QUOTE = 0.3;

/** The page's collection practice from the data types each sentence states (`found`, index for index with `refs`). */
export function collectionOf(
  refs: readonly SentenceRef[],
  found: readonly SentenceTypes[],
  lang: Lang,
): CollectionPractice {
  const types = new Set<DataType>();
  const evidence: Evidence[] = [];
  let stated = false;
  refs.forEach((ref, i) => {
    const inSentence = found[i];
    if (!inSentence) return;
    if (inSentence.types.length === 0) {
      if (inSentence.cue && ref.ctx.affinity.collection >= AFFINITY_ALONE) stated = true;
      return;
    }
    for (const type of inSentence.types) types.add(type);
    const score =
      0.4 +
      0.1 * Math.min(inSentence.types.length, 3) +
      0.3 * ref.ctx.affinity.collection +
      (inSentence.cue ? 0.1 : 0);
    const weak = inSentence.sending === true || weakQuote(ref, inSentence.cue, lang);
    evidence.push(quote(ref, weak ? score - WEAK_QUOTE : score));
  });
  const dataTypesFound = DATA_TYPES.filter((t) => types.has(t));
  return {
    found: dataTypesFound.length > 0 || stated,
    dataTypes: dataTypesFound,
    evidence: topEvidence(evidence),
  };
}

/** A sentence without a collection verb that is a title, or only invites contact or gives notice. */
function weakQuote(ref: SentenceRef, cue: boolean, lang: Lang): boolean {
  if (hasAny(COLLECT, lang, ref.sentence.text)) return false;
  if (ref.ctx.segment.kind === 'heading') return true;
  return !cue && hasAnyOnce(NOTICE, lang, ref.sentence.text);
}

/** The data types one sentence states as collected; `cue`: it (or its list's intro) has a collection verb. */
export interface SentenceTypes {
  readonly types: DataType[];
  readonly cue: boolean;
  /** Read only as the practice of sending the person mail, outside any collection context (sendsMail). */
  readonly sending?: boolean;
}

/**
 * Data types a sentence states as collected: mentioned, in a collection context, not negated. `sold`: the
 * sentence admits a sale of data (sellStatement): "We may sell or rent your name and postal address" names
 * data the site holds, so the sale is its collection cue. A denied sale ("we do not sell your name") is none:
 * it states no data held, and its mentions are negated.
 */
export function typesIn(ref: SentenceRef, lang: Lang, sold = false): SentenceTypes {
  const { ctx, sentence } = ref;
  const text = sentence.text;
  if (ctx.segment.kind === 'list-item' && deniedIntro(COLLECT, ctx.introLast, lang))
    return { types: [], cue: false };
  const introCue = ctx.segment.kind === 'list-item' && hasAny(COLLECT, lang, ctx.intro);
  const stated = statedByPhrase(text, lang);
  const ownCue = sold || hasAny(COLLECT, lang, text) || introCue || passesOn(text, lang) || stated.length > 0;
  const alone = ctx.affinity.collection >= AFFINITY_ALONE;
  const cue = ownCue || (!alone && listAfterCue(ref, lang));
  if (!cue && !alone)
    return sendsMail(ref, lang) ? { types: ['email'], cue, sending: true } : { types: [], cue };
  if (onlyDefines(text, lang) || aboutAnonymousAggregates(ref, lang)) return { types: [], cue };
  const matches = typedMatches(TYPES, MASKS, text, lang);
  const shortItem =
    ctx.segment.kind === 'list-item' &&
    ctx.segment.text.length <= SHORT_ITEM &&
    (introCue || ctx.affinity.collection >= AFFINITY_ALONE);
  const otherTopic = shortItem && otherTopicList(ctx);
  const listItem = (m: TypedMatch<DataType>): boolean => shortItem && (!otherTopic || wholeItem(text, m));
  // What the sentence really says: not negated, no mail sent or written it does not state as a practice
  // (mailSaid), and not the end of a company name ("Saga Payments AS").
  const mentions: Mentions = { matches, negated: [], named: [], text, lang };
  const mailPractice = mailSaid(ref, matches, lang);
  const deniedLater = deniedAfter(text, lang, matches);
  for (const m of matches)
    mentions.negated.push(!mailPractice(m) || negatedBefore(text, m.start, lang) || deniedLater(m));
  const types = new Set<DataType>();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m || (m.strong ? mentions.negated[i] : !said(mentions, i))) continue;
    if (m.strong || listItem(m) || supported(i, mentions)) types.add(m.kind);
  }
  if (!types.has('email') && mailChannel(ref, lang)) types.add('email');
  for (const kind of stated) types.add(kind);
  return { types: [...types], cue };
}
