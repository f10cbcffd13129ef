import type { CollectionPractice, Evidence } from '../report';
import type { Sentence } from '../text/sentences';
import { DATA_TYPES, type DataType, type Lang } from '../vocabulary';
import { aboutAnonymousAggregates } from './anonymous-aggregates';
import type { SentenceRef } from './context';
import { CUE_NEGATION_REACH, deniedAfter } from './denied-after';
import { quote, topEvidence } from './evidence';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAny,
  hasAnyOnce,
  joinedTerms,
  type LangTerms,
  type Span,
  within,
} from './lexicon';
import { cues } from './lexicon/cues/index';
import { dataTypes } from './lexicon/data-types/index';
import flags from './lexicon/flags.json';
import { retention } from './lexicon/retention/index';
import { deniedIntro } from './negated-intro';
import { negatedBefore, negatedNear } from './negation';
import { inCompanyName } from './recipients';
import { type KindTerms, type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

/**
 * "We send you our newsletter", "Bekreftelser sendes på e-post": the practice of sending the person mail,
 * which states by itself that their address is processed. Strong `email` terms, that count where they pass
 * the same checks (sendingSaid) in a collection context or alone (sendsMail).
 */
const SENDING = dataTypes.sending as LangTerms;
/**
 * "send us an e-mail", "uns per E-Mail kontaktieren", "ci invii una e-mail": the person writing to us by
 * e-mail. Strong `email` terms that count only where the sentence states what is done with what they send
 * ("If you send us an e-mail, we store your message"); an invitation to write, to ask or to exercise one's
 * rights by e-mail is the channel (mailSaid).
 */
const WRITING = dataTypes.writing as LangTerms;
const TYPES = withEmailTerms(dataTypes.types as Readonly<Record<DataType, KindTerms>>, [SENDING, WRITING]);
/**
 * The masks, and a session's end as retention reads it ("une fois que vous fermez votre navigateur", "when you
 * close your browser", "beim Schließen des Browsers"): a cookie's lifetime, no browser described, so the browser
 * there does not back a neighbouring "cookies" as device information.
 */
const MASKS = joinedTerms([dataTypes.masks as LangTerms, retention.deletionWhenMask as LangTerms]);
const COOKIES = TYPES.cookies.strong as LangTerms;
const COLLECT = cues.collect as LangTerms;
/**
 * "el nombre y apellidos de los participantes serán compartidos", "Ihre IP-Adresse wird an YouTube gesendet":
 * data passed on to others is data processed, so the sentence states what it names as a collection verb
 * would. Passive forms and participles mostly: active "we share" is said of data or of anything else.
 */
const PASSED_ON = cues.passOn as LangTerms;
/**
 * "Personal data is any information relating to ... (e.g. name, address)": a definition, not a practice (no
 * data named).
 */
const DEFINITION = cues.definition as LangTerms;
/**
 * "Cookies are small text files that a website stores on your computer": a definition of cookies, no cookie set
 * by this site. Unlike a definition of personal data, it often goes on to say what this site does with them
 * ("... that we use to collect your IP address"), so it hides its sentence only where the operator is not named
 * after it (OPERATOR_AFTER).
 */
const COOKIE_DEFINITION = cues.cookieDefinition as LangTerms;
/**
 * "we", "uns", "nous", a first-person verb ("instalamos", "installiamo", "zapisujemy"): the operator named in a
 * sentence. After a cookie definition it makes the sentence this site's practice, not a definition; with a
 * request verb (ID_REQUEST) it makes a copy of an ID one the operator asks for.
 */
const OPERATOR = cues.operator as LangTerms;
/**
 * "ask", "require", "verlangen", "demander", "pedir": asking for something. A copy of an ID is collected only
 * where the operator asks for it or requires it ("we may ask you for a copy of your ID"), not in a warning
 * ("fraudsters ask for a copy of your ID") or travel advice ("bring a copy of your passport").
 */
const ID_REQUEST = cues.idRequest as LangTerms;
/**
 * "Stripe", "PayPal", "a payment service provider", "Zahlungsdienstleister", "prestataire de paiement": who
 * handles a payment. The handling of payments states payment data only with one named ("Card payments are
 * processed by Stripe"): payments to suppliers, royalties, "by our finance team" or payment terms ("Betaling
 * sker senest 8 dage") are no customer's payment data handed over.
 */
const PAYMENT_AGENT = cues.paymentAgent as LangTerms;
/** "Contact us at ...", "we will notify you by e-mail": an invitation or a notice, not a collection. */
const NOTICE = cues.notice as LangTerms;
/** "We will send you e-mails about changes to this policy": a notice of changes, mail as its channel. */
const CHANGES = flags.changes.strong as LangTerms;
/**
 * "and", "und", "oraz": a word joining two statements. "... about changes to this privacy policy and send you
 * our newsletter": the sending after it is a statement of its own, not the notice of changes (changesNotice).
 * Matched alone in the few stretches between a change and a sending (findAllOnce), not declared: these short
 * common words would swell the matches of every sentence walked.
 */
const JOINS = dataTypes.joins as LangTerms;
/**
 * "Requests sent by e-mail are stored", "si nos contactas por correo, tratamos...": mail as the channel of
 * what is collected. The phrase is a mask (it names no address by itself), but where the sentence itself
 * states a collection in a passage about collection, the address of whoever writes is processed.
 */
const CHANNELS = dataTypes.channels as LangTerms;
/**
 * Phrases that state a collection of their type by themselves, each its own collection cue: the handling of
 * payments, by the operator or its payment processor ("Card payments are processed by Stripe", "Kartenzahlungen
 * werden über Stripe abgewickelt", "Płatności obsługuje Przelewy24": paying hands over card, bank or
 * transaction data, as "payment processing", a strong `payment` term, says), and a copy of an identity document
 * ("we may ask for a copy of your ID", "eine Kopie Ihres Personalausweises anfordern": only the operator asks
 * for one, to verify a request), and credentials the person chooses ("you choose a username and password",
 * "eliges un nombre de usuario y una contraseña": chosen to log in, so kept by the service). Denied ("we do not
 * process payments"), they state nothing (statedByPhrase).
 */
const SELF_STATED = dataTypes.selfStated as Readonly<Partial<Record<DataType, LangTerms>>>;
const SELF_STATED_KINDS = Object.keys(SELF_STATED) as DataType[];
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
]);

/** Two mentions at most this far apart, with no sentence punctuation between, read as one enumeration. */
const LIST_GAP = 40;
const LIST_GAP_TEXT = /^[^.!?:]*$/;
/** A list item this short under a collection intro is an item of the list of collected data. */
const SHORT_ITEM = 90;
/** How sure the model or heading must be that a list is about sharing or keeping data (otherTopicList). */
const OTHER_LIST = 0.7;
/** Without a collection verb, a sentence counts only where the model or heading says "collection". */
const AFFINITY_ALONE = 0.5;
/**
 * How much lower a quote ranks when it has no collection verb and is a heading (a title names a topic),
 * a contact invitation or a notice: "We collect your e-mail address" outranks "contact us at x@...".
 */
const WEAK_QUOTE = 0.3;

/** The data-type table with the sending and writing terms among the strong `email` terms. */
function withEmailTerms(
  types: Readonly<Record<DataType, KindTerms>>,
  lists: readonly LangTerms[],
): Readonly<Record<DataType, KindTerms>> {
  const strong: Record<string, readonly string[]> = { ...types.email.strong };
  for (const list of lists)
    for (const [lang, terms] of Object.entries(list))
      strong[lang] = [...(strong[lang] ?? []), ...(terms ?? [])];
  return { ...types, email: { ...types.email, strong: strong as LangTerms } };
}

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

/** Data types a sentence states as collected: mentioned, in a collection context, not negated. */
export function typesIn(ref: SentenceRef, lang: Lang): SentenceTypes {
  const { ctx, sentence } = ref;
  const text = sentence.text;
  if (ctx.segment.kind === 'list-item' && deniedIntro(COLLECT, ctx.introLast, lang))
    return { types: [], cue: false };
  const introCue = ctx.segment.kind === 'list-item' && hasAny(COLLECT, lang, ctx.intro);
  const stated = statedByPhrase(text, lang);
  const ownCue = hasAny(COLLECT, lang, text) || introCue || passesOn(text, lang) || stated.length > 0;
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
function sendsMail(ref: SentenceRef, lang: Lang): boolean {
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
 * message"), so an invitation to write or to exercise one's rights by e-mail ("per esercitare i tuoi diritti
 * puoi inviare una e-mail", "send us an e-mail") names no address, as the channel "by e-mail" names none
 * (mailChannel).
 */
function mailSaid(
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
      writingOk ??= statesCollection(text, lang);
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
  if (c.start < s.end && s.start < c.end) return true;
  const [from, to] = c.end <= s.start ? [c.end, s.start] : [s.end, c.start];
  if (sendingSpans.some((o) => from <= o.start && o.end <= to)) return false;
  const between = text.slice(from, to);
  return !findAllOnce(JOINS, lang, between).some((j) => !PHRASE_BREAK.test(between.slice(j.end)));
}

/** A sentence that is a bare list has at least this many mentions. */
const BARE_LIST_MENTIONS = 3;

/**
 * A sentence that is a bare list of data right after a sentence stating a collection in its paragraph
 * ("Vi trenger opplysninger rundt levering. Navn, adresse, postnummer og e-postadresse."): the list that
 * sentence announces, read as a list item is read after its introduction.
 */
function listAfterCue(ref: SentenceRef, lang: Lang): boolean {
  const { sentences } = ref.ctx;
  const before = sentences[placeOf(sentences, ref.sentence) - 1];
  if (before === undefined || !statesCollection(before.text, lang)) return false;
  return bareList(ref.sentence.text, typedMatches(TYPES, MASKS, ref.sentence.text, lang));
}

/** Each sentence's place in its segment, by segment: a segment of thousands of sentences is searched once. */
const places = new WeakMap<readonly Sentence[], Map<Sentence, number>>();

/** A segment of up to this many sentences is searched in a row. */
const FEW_SENTENCES = 16;

/** sentences.indexOf(sentence); in a long segment, found in a map made once per segment. */
function placeOf(sentences: readonly Sentence[], sentence: Sentence): number {
  if (sentences.length <= FEW_SENTENCES) return sentences.indexOf(sentence);
  let bySentence = places.get(sentences);
  if (!bySentence) {
    bySentence = new Map();
    for (const [k, s] of sentences.entries()) if (!bySentence.has(s)) bySentence.set(s, k);
    places.set(sentences, bySentence);
  }
  return bySentence.get(sentence) ?? -1;
}

/**
 * A sentence that opens and ends with a mention and names data at least BARE_LIST_MENTIONS times, one
 * strongly: "Name, address and e-mail address.", not "Name and e-mail address of our staff are listed below."
 */
function bareList(text: string, matches: readonly TypedMatch<DataType>[]): boolean {
  const first = matches[0];
  const last = matches[matches.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    BARE.test(text.slice(0, first.start)) &&
    BARE.test(text.slice(last.end)) &&
    matches.length >= BARE_LIST_MENTIONS &&
    matches.some((m) => m.strong)
  );
}

/**
 * A list of recipients or of retention periods ("Mailchimp — gestión de correo electrónico", "Consultas:
 * hasta 12 meses"): the model or heading says the list is about sharing or keeping data more than about
 * collecting it (a list of data disclosed, "name; address; ...", where the model is less sure, still names
 * data), so an item's weak mention is the topic of a service or a period, not data collected.
 */
function otherTopicList(ctx: SentenceRef['ctx']): boolean {
  const { affinity } = ctx;
  const other = Math.max(affinity.sharing, affinity.retention);
  return other >= OTHER_LIST && other > affinity.collection;
}

/** Only punctuation and spaces: what may stand around a mention that is the whole list item. */
const BARE = /^[\s\p{P}]*$/u;

/**
 * The mention is the whole item ("Name;", "Anschrift"): the item names data, even in a list the model
 * or heading calls sharing ("We share the following data with our carrier: - Name - Address").
 */
function wholeItem(text: string, m: TypedMatch<DataType>): boolean {
  return BARE.test(text.slice(0, m.start)) && BARE.test(text.slice(m.end));
}

/**
 * Mail as the channel of a collection the sentence itself states, in a passage about collection: not a
 * contact invitation or notice ("contact us by e-mail", "we will notify you by e-mail"), not negated.
 */
function mailChannel(ref: SentenceRef, lang: Lang): boolean {
  const text = ref.sentence.text;
  if (ref.ctx.affinity.collection < AFFINITY_ALONE) return false;
  const channel = findAll(CHANNELS, lang, text).find((c) => !negatedBefore(text, c.start, lang));
  return channel !== undefined && statesCollection(text, lang) && !hasAnyOnce(NOTICE, lang, text);
}

/**
 * Whether the sentence has a collection verb and denies none, before it in its clause or right after it:
 * "requests sent by e-mail are not stored", "le richieste inviate via e-mail non vengono conservate"
 * state no collection.
 */
function statesCollection(text: string, lang: Lang): boolean {
  const found = findAll(COLLECT, lang, text);
  return (
    found.length > 0 &&
    found.every((c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang))
  );
}

/** Whether the sentence says data is passed on, with no negation of its own ("wird nicht weitergegeben"). */
function passesOn(text: string, lang: Lang): boolean {
  return findAll(PASSED_ON, lang, text).some(
    (c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang),
  );
}

/**
 * The data types whose self-stating phrase the sentence holds, with no negation of its own ("are not
 * processed"). A copy of an ID counts only where the operator asks for it or requires it (ID_REQUEST), the
 * handling of payments only with a payment provider or a named one (PAYMENT_AGENT).
 */
function statedByPhrase(text: string, lang: Lang): DataType[] {
  return SELF_STATED_KINDS.filter(
    (kind) =>
      findAll(SELF_STATED[kind] as LangTerms, lang, text).some(
        (c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang),
      ) &&
      (kind !== 'government-id' || operatorAsks(text, lang)) &&
      (kind !== 'payment' || hasAny(PAYMENT_AGENT, lang, text)),
  );
}

/** Whether the sentence names the operator and a request: "we may ask you for", "wir verlangen". */
function operatorAsks(text: string, lang: Lang): boolean {
  return hasAny(OPERATOR, lang, text) && hasAny(ID_REQUEST, lang, text);
}

/** The mentions of a sentence, whether each is negated and (asked once) whether it ends a company name. */
interface Mentions {
  readonly matches: readonly TypedMatch<DataType>[];
  readonly negated: boolean[];
  readonly named: (boolean | undefined)[];
  readonly text: string;
  readonly lang: Lang;
}

/** Whether the sentence really makes mention `i`: not negated, not the end of a company name. */
function said(s: Mentions, i: number): boolean {
  const m = s.matches[i];
  if (!m || s.negated[i]) return false;
  s.named[i] ??= inName(s.text, m.start, s.lang);
  return !s.named[i];
}

/**
 * A weak mention ("name", "address") counts when it sits in an enumeration with another mention, one the
 * sentence really makes: not a negated one, nor the end of a company name ("billed by Saga Payments AS").
 */
function supported(at: number, s: Mentions): boolean {
  const m = s.matches[at];
  if (!m) return false;
  // The mentions are apart and in order: the gap to each grows with its distance in the list.
  for (let i = at - 1; i >= 0; i--) {
    const o = s.matches[i];
    if (!o || m.start - o.end > LIST_GAP) break;
    if (enumerated(s, o.end, m.start, i)) return true;
  }
  for (let i = at + 1; i < s.matches.length; i++) {
    const o = s.matches[i];
    if (!o || o.start - m.end > LIST_GAP) break;
    if (enumerated(s, m.end, o.start, i)) return true;
  }
  return false;
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

/**
 * "Personal data means any information ... such as a name": a definition names no data collected. It does
 * when a collection cue comes first: "We collect personal data, i.e. any information ... such as your name".
 * A cookie definition does too when the operator is named after it: "Cookies are small text files that we use
 * to collect your IP address" states this site's practice ("Cookies are small text files that are stored by
 * your browser" does not).
 */
function onlyDefines(text: string, lang: Lang): boolean {
  const definition = findAll(DEFINITION, lang, text)[0];
  const cookie = findAll(COOKIE_DEFINITION, lang, text)[0];
  const first = [definition, cookie].filter((d) => d !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  if (findAll(COLLECT, lang, text).some((cue) => cue.start < first.start)) return false;
  if (definition) return true;
  return !findAll(OPERATOR, lang, text).some((w) => cookie !== undefined && w.start >= cookie.end);
}
