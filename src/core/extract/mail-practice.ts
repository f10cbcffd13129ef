/**
 * Mail sent to the person or written by them: whether a sentence states the practice of sending mail
 * (sendsMail), whether each mention of mail sent or written is said as a practice (mailSaid), and mail as the
 * channel of a collection (mailChannel). Read by collection.ts.
 */
import type { DataType, Lang } from '../vocabulary';
import { blankSpans } from './blank-spans';
import { onlyDefines, statesCollection } from './collection-statements';
import {
  AFFINITY_ALONE,
  CHANGES,
  CHANNELS,
  COOKIES,
  EXAMPLE_CHANNEL,
  JOINS,
  MASKS,
  NOTICE,
  SENDING,
  TYPES,
  WRITING,
} from './collection-tables';
import type { SentenceRef } from './context';
import { findAll, findAllOnce, hasAny, hasAnyOnce, overlaps, type Span, within } from './lexicon';
import { negatedBefore } from './negation';
import { type TypedMatch, typedMatches } from './typed-matches';

/**
 * A short label and a short value around one colon ("Envío de boletines: Mailrelay", "MailerLite : plateforme
 * d'envoi de courriels"): an entry of a list of processors, naming a service and its purpose.
 */
const LABEL_ENTRY = /^[^:]{1,60}:[^:]{1,60}$/;

/**
 * A sentence that states the practice of sending the person mail ("we send you a confirmation by e-mail"),
 * read as the address processed even with no collection verb or passage about collection: a sending term
 * that is the sentence's own strong `email` mention (not inside a longer mask), negated neither before nor
 * within it ("Wir senden Ihnen keine Newsletter"), in no notice or contact invitation ("we will inform you
 * by e-mail"), no definition, no entry of a list of processors and no description of a cookie (a cookie
 * named in the sentence or its section heading: "_mcid: used to send you newsletters").
 */
export function sendsMail(ref: SentenceRef, lang: Lang): boolean {
  const text = ref.sentence.text;
  if (!hasAny(SENDING, lang, text)) return false;
  const matches = typedMatches(TYPES, MASKS, text, lang);
  const sending = containing(findAll(SENDING, lang, text));
  const said = mailSaid(ref, matches, lang);
  return matches.some((m) => m.kind === 'email' && m.strong && sending(m) && said(m));
}

/**
 * Whether each mention of mail sent or written is said as a practice (any other mention is), with what the
 * sentence holds found once for all its mentions. A sending term passes the checks of sendsMail wherever it is
 * read, with a collection verb or without one (sendingSentence, and no negation before or within the term); a
 * writing term counts only where the sentence states a collection ("If you send us an e-mail, we store your
 * message"), an example marker before the channel not counted ("Sie können uns zum Beispiel per E-Mail
 * kontaktieren"), so an invitation to write or to exercise one's rights by e-mail ("per esercitare i tuoi diritti
 * puoi inviare una e-mail", "send us an e-mail") names no address, as the channel "by e-mail" names none
 * (mailChannel).
 */
export function mailSaid(
  ref: SentenceRef,
  matches: readonly TypedMatch<DataType>[],
  lang: Lang,
): (m: TypedMatch<DataType>) => boolean {
  const text = ref.sentence.text;
  const sendingSpans = findAll(SENDING, lang, text);
  const sending = containing(sendingSpans);
  const writing = containing(findAll(WRITING, lang, text));
  let sendingOk: boolean | undefined;
  let writingOk: boolean | undefined;
  return (m) => {
    if (m.kind !== 'email' || !m.strong) return true;
    if (sending(m)) {
      sendingOk ??= sendingSentence(ref, matches, lang);
      return sendingOk && !negatedBefore(text, m.end, lang) && !changesNotice(text, m, sendingSpans, lang);
    }
    if (writing(m)) {
      writingOk ??= statesCollection(withoutExamples(text, lang), lang);
      return writingOk;
    }
    return true;
  };
}

/**
 * Whether a mention lies within one of `spans` (in order of start, as findAll gives them): the furthest end
 * of the spans starting at or before it reaches its end. A binary search, not a scan of every span, per mention.
 */
function containing(spans: readonly Span[]): (m: Span) => boolean {
  if (spans.length === 0) return () => false;
  const furthest: number[] = [];
  for (const s of spans) furthest.push(Math.max(s.end, furthest[furthest.length - 1] ?? 0));
  return (m) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.start ?? 0) <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] ?? 0) >= m.end;
  };
}

/**
 * Whether a sentence may state the practice of sending mail: no notice or contact invitation, no definition,
 * no entry of a list of processors and no description of a cookie (a cookie named in the sentence or its
 * section heading: "_mcid | used to send you newsletters"). A notice of changes to the policy is asked per
 * sending (changesNotice).
 */
function sendingSentence(ref: SentenceRef, matches: readonly TypedMatch<DataType>[], lang: Lang): boolean {
  const text = ref.sentence.text;
  if (LABEL_ENTRY.test(text) || hasAnyOnce(NOTICE, lang, text)) return false;
  if (onlyDefines(text, lang) || hasAny(COOKIES, lang, ref.ctx.segment.heading)) return false;
  return !matches.some((o) => o.kind === 'cookies');
}

/**
 * Whether the sending term holding mention `m` is the notice of a change to the policy: mail about the
 * change ("We will send you e-mails about changes to this privacy policy", "If we change this policy, we will
 * send you e-mails about it"). A change governs a sending it overlaps, or one it is not parted from: no other
 * sending term between them, and no joining word between them that opens the later one's phrase (no comma
 * after the word). "We will email you about changes to this privacy policy and send you our newsletter" still
 * sends the newsletter; "If we change this policy or our practices, we will send you e-mails" gives notice.
 */
function changesNotice(text: string, m: Span, sendingSpans: readonly Span[], lang: Lang): boolean {
  const changes = findAll(CHANGES, lang, text);
  if (changes.length === 0) return false;
  const own = sendingSpans.filter((s) => within(m, s));
  return own.some((s) => changes.some((c) => governs(text, c, s, sendingSpans, lang)));
}

/** Punctuation after a joining word: it joins parts of a phrase ("change this policy or our practices, we"). */
const PHRASE_BREAK = /[,;:]/;

/** Whether change `c` governs sending term `s` (changesNotice). */
function governs(text: string, c: Span, s: Span, sendingSpans: readonly Span[], lang: Lang): boolean {
  if (overlaps(c, s)) return true;
  const [from, to] = c.end <= s.start ? [c.end, s.start] : [s.end, c.start];
  if (sendingSpans.some((o) => from <= o.start && o.end <= to)) return false;
  const between = text.slice(from, to);
  return !findAllOnce(JOINS, lang, between).some((j) => !PHRASE_BREAK.test(between.slice(j.end)));
}

/**
 * Mail as the channel of a collection the sentence itself states, in a passage about collection: not a
 * contact invitation or notice ("contact us by e-mail", "we will notify you by e-mail"), not negated. An
 * example marker before the channel ("widerrufen, zum Beispiel per E-Mail an uns") gives a means of writing
 * to us, not an example of data: it states no collection here (EXAMPLE_CHANNEL).
 */
export function mailChannel(ref: SentenceRef, lang: Lang): boolean {
  const text = ref.sentence.text;
  if (ref.ctx.affinity.collection < AFFINITY_ALONE) return false;
  const channel = findAll(CHANNELS, lang, text).find((c) => !negatedBefore(text, c.start, lang));
  return (
    channel !== undefined &&
    statesCollection(withoutExamples(text, lang), lang) &&
    !hasAnyOnce(NOTICE, lang, text)
  );
}

/** The sentence with its example channels ("for example by e-mail") blanked; itself where it has none. */
function withoutExamples(text: string, lang: Lang): string {
  const examples = findAll(EXAMPLE_CHANNEL, lang, text);
  return examples.length === 0 ? text : blankSpans(text, examples);
}
