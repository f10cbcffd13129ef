/**
 * The mentions a sentence really makes: not negated, not the end of a company name (said), and a weak mention
 * supported by another in one enumeration (supported). Read by collection.ts.
 */
import type { DataType, Lang } from '../vocabulary';
import { findAllOnce, isWholeTerm, type LangTerms } from './lexicon';
import { dataTypes } from './lexicon/data-types/index';
import { inCompanyName } from './recipients';
import type { TypedMatch } from './typed-matches';

/**
 * A weak mention of the key kind is not supported by a mention of the value kind where the sentence holds a
 * strong mention of that kind: "e-mails" beside "chat messages", "correspondence" or "your enquiries" are
 * messages in one list of correspondence, no e-mail address ("we keep your correspondence, including e-mails
 * and chat messages"). Beside weak "communications" or "messages" alone the e-mail stays supported: "we may
 * send you e-mail or other communications" is mail sent to the reader, whose address is processed (MAIL_WORDS). The other
 * way round the support holds: "messages and e-mails you send us" are communications. A contact form right
 * beside the e-mail is a channel of writing to us, not a message: "via contact form or e-mail" still supports
 * the e-mail (CONTACT_FORMS, CONTACT_FORM_GAP).
 */
const NOT_SUPPORTED_BY: Partial<Record<DataType, DataType>> = { email: 'communications' };
/** "contact form", "Kontaktformular": a communications mention that names a channel of writing to us. */
const CONTACT_FORMS = dataTypes.contactForms as LangTerms;
/**
 * "e-mail", "E-Mail", "courriel": the weak e-mail terms. A strong communications mention holding one ("e-mail
 * correspondence", "all e-mail communication") names mail as a medium, often the company's own mailings ("opt
 * out of receiving email correspondence from us"): it does not make the sentence one about correspondence.
 */
const MAIL_WORDS = dataTypes.types.email.weak as LangTerms;
/** A contact form at most this far from an e-mail is joined to it ("Kontaktformular oder E-Mail"). */
const CONTACT_FORM_GAP = 8;

/** Two mentions at most this far apart, with no sentence punctuation between, read as one enumeration. */
const LIST_GAP = 40;
const LIST_GAP_TEXT = /^[^.!?:]*$/;

/** The mentions of a sentence, whether each is negated and (asked once) whether it ends a company name. */
export interface Mentions {
  readonly matches: readonly TypedMatch<DataType>[];
  readonly negated: boolean[];
  readonly named: (boolean | undefined)[];
  readonly text: string;
  readonly lang: Lang;
}

/** Whether the sentence really makes mention `i`: not negated, not the end of a company name. */
export function said(s: Mentions, i: number): boolean {
  const m = s.matches[i];
  if (!m || s.negated[i]) return false;
  s.named[i] ??= inName(s.text, m.start, s.lang);
  return !s.named[i];
}

/**
 * A weak mention ("name", "address") counts when it sits in an enumeration with another mention, one the
 * sentence really makes: not a negated one, nor the end of a company name ("billed by Saga Payments AS").
 */
export function supported(at: number, s: Mentions): boolean {
  const m = s.matches[at];
  if (!m) return false;
  const other = unsupportingKind(s, m.kind);
  // The mentions are apart and in order: the gap to each grows with its distance in the list.
  for (let i = at - 1; i >= 0; i--) {
    const o = s.matches[i];
    if (!o || m.start - o.end > LIST_GAP) break;
    if (supports(s, m, o, other) && enumerated(s, o.end, m.start, i)) return true;
  }
  for (let i = at + 1; i < s.matches.length; i++) {
    const o = s.matches[i];
    if (!o || o.start - m.end > LIST_GAP) break;
    if (supports(s, m, o, other) && enumerated(s, m.end, o.start, i)) return true;
  }
  return false;
}

/** The kind that does not support a weak mention of `kind` in this sentence: one it holds a strong mention of. */
function unsupportingKind(s: Mentions, kind: DataType): DataType | undefined {
  const other = NOT_SUPPORTED_BY[kind];
  return other !== undefined && s.matches.some((o) => o.kind === other && o.strong && !ofMail(s, o))
    ? other
    : undefined;
}

/**
 * Whether a communications mention names mail as a medium: it holds a weak e-mail term ("all e-mail
 * communication"), follows one right beside it ("email correspondence", "Email Communications with Us"; not
 * "treść wiadomości e-mail", the content of e-mail messages, where the mail word follows), or is the name of a mailbox ("feedback@...").
 */
function ofMail(s: Mentions, o: TypedMatch<DataType>): boolean {
  if (s.text[o.end] === '@') return true;
  if (findAllOnce(MAIL_WORDS, s.lang, s.text.slice(o.start, o.end).toLowerCase()).length > 0) return true;
  return s.matches.some(
    (m) =>
      m.kind === 'email' && !m.strong && m.end <= o.start && /^[\s-]*$/.test(s.text.slice(m.end, o.start)),
  );
}

/** Whether mention `o` may support weak mention `m`, whose kind `other` does not support (NOT_SUPPORTED_BY). */
function supports(
  s: Mentions,
  m: TypedMatch<DataType>,
  o: TypedMatch<DataType>,
  other: DataType | undefined,
): boolean {
  if (o.kind !== other) return true;
  const gap = o.start > m.end ? o.start - m.end : m.start - o.end;
  return (
    gap <= CONTACT_FORM_GAP && isWholeTerm(CONTACT_FORMS, s.lang, s.text.slice(o.start, o.end).toLowerCase())
  );
}

/** Whether mention `i`, `from`..`to` away from another, is said in one enumeration with it. */
function enumerated(s: Mentions, from: number, to: number, i: number): boolean {
  return to >= from && LIST_GAP_TEXT.test(s.text.slice(from, to)) && said(s, i);
}

/** An opening bracket or quote right before a word: 'Internet Protocol ("IP")' spells out, it names no one. */
const OPENS = /[([{"'“‘«„]\s*$/u;

/** Whether the mention at `start` ends a company name ("Saga Payments AS"), not an acronym in brackets. */
function inName(text: string, start: number, lang: Lang): boolean {
  const first = text[start] ?? '';
  if (first === first.toLowerCase()) return false;
  return !OPENS.test(text.slice(Math.max(0, start - 3), start)) && inCompanyName(text, start, lang);
}
