import type { Evidence, RightsPractice } from '../report';
import { type Lang, RIGHTS, type Right } from '../vocabulary';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAny,
  hasAnyOnce,
  type LangTerms,
  overlaps,
  punctuatedClause,
  type Span,
  within,
} from './lexicon';
import { cues } from './lexicon/cues/index';
import rights from './lexicon/rights.json';
import selling from './lexicon/selling.json';
import { type KindTerms, type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

const KINDS = rights.kinds as Readonly<Record<Right, KindTerms>>;
const MASKS = rights.masks as LangTerms;
const GRANT = cues.rightGrant as LangTerms;
/**
 * A right said as an action on the reader's account, granted without "you can": "Users are able to change
 * their personal information", "Members can change ...", "you will have the opportunity to update that
 * information", "... can be updated or modified at any time by calling" (fixa17g). It grants only what the
 * sentence's own right terms name (the account-action terms in rights.json), as GRANT does.
 */
const ACCOUNT_GRANT = cues.accountGrant as LangTerms;
/**
 * An instruction that opens with what it is for, deleting the reader's account or data: "To delete your account,
 * go to Profile", "Para borrar su cuenta de alumno …, escriba a nuestro equipo", "Aby usunąć konto …, przejdź do
 * zakładki Profil" (fixp18g). It grants as GRANT does; "To delete your booking" and "To delete cookies" name no
 * account or data and grant nothing.
 */
const HOW_TO = cues.howToGrant as LangTerms;
/**
 * A copy offered on request: "On request, we will send you a copy of your driving lesson records", "Na życzenie
 * prześlemy Ci kopię dokumentacji" (fixp18g). It grants as GRANT does; the sentence gives access only where its
 * copy is of the records, file or journal kept about the reader (rights.json), not of an invoice or a receipt.
 */
const COPY_ON_REQUEST = cues.copyOnRequest as LangTerms;
/**
 * The reader asked to tell us when their details change: "Tell us if your contact details change and we will
 * update our records", "Teilen Sie uns mit, wenn sich Ihre Kontaktdaten ändern" (fixp18g). It is rectification
 * said as an action: it grants and names that right. "We update this policy" and "update the app" ask nothing.
 */
const CHANGE_NOTICE = cues.changeNotice as LangTerms;
/**
 * A right asked for rather than granted: "on request", "if you ask us", "write to us if you want", "Ønsker du
 * innsyn, skriv til", "se ce lo chiedi" (fix16a). It opens a sentence as GRANT does, but the same words ask for
 * cancelled orders, invoices and basket items: where it is the sentence's only grant, a sentence about such a
 * thing (REQUEST_COMMERCE) that names none of the reader's data or account (REQUEST_PERSONAL) grants nothing
 * ("Se desideri cancellare il tuo ordine, scrivi a…", "If you ask us, we will send the invoice in a structured,
 * machine-readable format", "Request a copy of your invoice": review16a finding 3).
 */
const REQUEST = cues.rightRequest as LangTerms;
/** Orders, bookings, baskets, items, invoices, products, parcels, tickets: what a request cue often asks about. */
const REQUEST_COMMERCE = cues.requestCommerce as LangTerms;
/** The reader's data or account ("your data", "Ihre Daten", "om deg", "vos données", "konto"). */
const REQUEST_PERSONAL = cues.requestPersonal as LangTerms;
const BLOCK = cues.rightBlock as LangTerms;
/** "you do not have the right to", "non hai diritto alla", "kein Recht auf": the right named next is denied. */
const DENIED = cues.rightDenied as LangTerms;
/** The word "right" itself ("prawo", "Recht", "droit"), which a heading naming one right holds. */
const RIGHT_WORD = cues.rightWord as LangTerms;
/**
 * The grant said with a noun: "you have the possibility to", "Sie haben die Möglichkeit", "la possibilité",
 * "möjlighet att", "a possibilidade". It offers product features as often as rights ("Sie haben die
 * Möglichkeit, Ihre Beiträge zu löschen"), so alone it grants erasure or rectification only of data or an
 * account (GRANTED_OBJECTS); the verbs that are only rights (revoke, object, complain) need nothing more.
 */
const GRANT_NOUN = cues.rightGrantNoun as LangTerms;
/**
 * What erasure or rectification is a right over (data, information, the account, the profile), or the right
 * named as a noun or a request ("erasure", "Löschung", "cancellazione", "löschen zu lassen", "faire effacer").
 */
const GRANTED_OBJECTS = cues.grantedObjects as LangTerms;
/**
 * Things a user makes or sets in a product (posts, comments, photos, a password): deleting or changing them
 * is a feature, not a right over personal data ("You can delete your posts", "Du kan radera dina inlägg").
 */
const FEATURE_OBJECTS = cues.featureObjects as LangTerms;
/** The rights whose verbs (delete, change, correct) also name a product feature: "delete your posts". */
const FEATURE_RIGHTS: ReadonlySet<Right> = new Set<Right>(['erasure', 'rectification']);
declareTables([
  BLOCK,
  GRANT,
  ACCOUNT_GRANT,
  HOW_TO,
  COPY_ON_REQUEST,
  CHANGE_NOTICE,
  REQUEST,
  REQUEST_COMMERCE,
  REQUEST_PERSONAL,
  DENIED,
  RIGHT_WORD,
  GRANT_NOUN,
  GRANTED_OBJECTS,
  FEATURE_OBJECTS,
  ...typedLexicons(KINDS, MASKS),
]);

/**
 * A few words and no punctuation: between a denial and the right it denies ("not have the right to data
 * portability"), and between a verb and its object ("delete all of your posts", "Beiträge jederzeit löschen").
 */
const FEW_WORDS = /^\s*(?:[^\s.,;:!?]+\s+){0,3}$/;
/**
 * The words between a thing a user makes and its deletion verb: verb last, "Ihre gespeicherten
 * Trainingseinheiten können Sie selbst in der App löschen" (seven), or an adverb between, "cancellare in
 * qualsiasi momento i brani". Asked only where the sentence names no data,
 * account, profile or right (contentOnly) and with no possessive between (ownObjectGap): "Stuur ons een bericht
 * als je wilt dat je klantaccount wordt verwijderd" deletes the account, not the message.
 */
const OBJECT_GAP = /^\s*(?:[^\s.,;:!?]+\s+){0,7}$/;
/** "your", "Ihre", "je", "din", "vos": a possessive in that gap opens another object ("als je wilt dat je klantaccount"). */
const YOUR = selling.yourPossessive as LangTerms;

/**
 * Whether `gap` lies between a deletion verb and the thing a user makes that is its object: a few words
 * (FEW_WORDS), or up to OBJECT_GAP's seven with no possessive between, either way round ("Puoi cancellare in
 * qualsiasi momento i brani dalla tua playlist").
 */
function ownObjectGap(gap: string, lang: Lang): boolean {
  return FEW_WORDS.test(gap) || (OBJECT_GAP.test(gap) && !hasAnyOnce(YOUR, lang, gap));
}

/** Without "right"/"you may request", a sentence counts only where the model calls it user access/control. */
const AFFINITY_ALONE = 0.6;

/**
 * A right the company keeps for itself ("We reserve the right to delete inactive accounts after 12 months", "Wir
 * behalten uns das Recht vor", "Nous nous réservons le droit"): neither a right granted to the reader nor a
 * right's name (review17a finding 7).
 */
const RESERVED = rights.reservedRight as LangTerms;
/**
 * The company as the subject of a when/if clause ("wenn wir … löschen", "Cuando eliminemos"): a deletion after it
 * in that clause is its own practice, not the name of the reader's right, even beside "Rechte" (review17a
 * finding 8).
 */
const OUR_DELETION = rights.ourDeletion as LangTerms;
/**
 * A request between that lead and the deletion makes the deletion the reader's: "Once we receive your request to
 * delete your data we will respond within 45 days", "Lorsque nous recevons votre demande d'effacement" (fixr18c).
 * The company's verb is receiving, the deletion is what the reader asked for.
 */
const REQUEST_BEFORE_DELETION = rights.requestBeforeDeletion as LangTerms;
/**
 * A modal of wish right after the deletion: "Schreiben Sie uns, wenn wir Ihr Kundenkonto löschen sollen" (if you
 * want us to delete it) is the reader's request, not the company's practice (probe18). German only: its verb ends
 * the clause; "löschen müssen" (must) stays the company's.
 */
const WISH_AFTER_DELETION = rights.wishAfterDeletion as LangTerms;
/** How far after the deletion its modal of wish may begin (a space and the word). */
const WISH_REACH = 8;
declareTables([RESERVED, OUR_DELETION]);
/**
 * A complaint to the company's own customer service or helpdesk, or about a product's fault ("the right to file a
 * complaint with our customer service about a fault", "bij onze klantenservice een klacht indienen over een storing",
 * "klage til kundeservice dersom varen har en feil"): a consumer's complaint, not the right to complain to a
 * supervisory authority (session 21, fixs21c).
 */
const COMPLAINT_ELSEWHERE = rights.complaintElsewhere as LangTerms;
/** An authority, data protection or the processing of data: the complaint's clause stays the right (complaint). */
const COMPLAINT_ABOUT_DATA = rights.complaintAboutData as LangTerms;
/**
 * A condition opening the clause after the complaint's ("…, wenn wir Ihre Angaben missbrauchen", "…, if we misuse
 * your details"): what it names is what the complaint is about (session 21, fixr21b).
 */
const COMPLAINT_CONDITION = rights.complaintCondition as LangTerms;
declareTables([COMPLAINT_ELSEWHERE, COMPLAINT_ABOUT_DATA, COMPLAINT_CONDITION]);

/**
 * Whether a complaint named at `span` goes to customer service or is about a fault (COMPLAINT_ELSEWHERE) and
 * neither its comma clause nor a condition right after it names an authority, data protection or processing of
 * data (COMPLAINT_ABOUT_DATA).
 */
function complaintElsewhere(text: string, lang: Lang, span: Span): boolean {
  const { start, end } = punctuatedClause(text, span);
  const clause = text.slice(start, end);
  if (!hasAnyOnce(COMPLAINT_ELSEWHERE, lang, clause) || hasAnyOnce(COMPLAINT_ABOUT_DATA, lang, clause))
    return false;
  return !aboutDataAfter(text, lang, end);
}

/** Whether the clause after `end` is a condition (COMPLAINT_CONDITION) that names data (COMPLAINT_ABOUT_DATA). */
function aboutDataAfter(text: string, lang: Lang, end: number): boolean {
  if (text[end] !== ',') return false;
  const rest = text.slice(end + 1).trimStart();
  const next = rest.slice(0, punctuatedClause(rest, { start: 0, end: 0 }).end);
  return hasAnyOnce(COMPLAINT_CONDITION, lang, next) && hasAnyOnce(COMPLAINT_ABOUT_DATA, lang, next);
}

/** Where a text grants or asks for a right (GRANT, REQUEST), but inside a right the company reserves. */
function grantSpans(text: string, lang: Lang): Span[] {
  const spans = [...findAll(GRANT, lang, text), ...findAll(REQUEST, lang, text)];
  if (spans.length === 0) return spans;
  const reserved = findAll(RESERVED, lang, text);
  return reserved.length === 0 ? spans : spans.filter((s) => !reserved.some((r) => overlaps(s, r)));
}

/**
 * Whether a text grants or asks for a right (GRANT, REQUEST): "You have the right to have your data deleted"
 * is a right, not the operator's rule (retention.ts asks it too).
 */
export function grantsRight(text: string, lang: Lang): boolean {
  if (!(hasAny(GRANT, lang, text) || hasAny(REQUEST, lang, text))) return false;
  return !hasAny(RESERVED, lang, text) || grantSpans(text, lang).length > 0;
}

/** Whether a sentence's only grant is a right the company reserves ("We reserve the right to delete …"). */
function reservedOnly(text: string, lang: Lang): boolean {
  return hasAny(RESERVED, lang, text) && grantSpans(text, lang).length === 0;
}

/**
 * Whether the comma clause around a span opens with the company as subject (OUR_DELETION) before it: "Wenn wir
 * persönliche Informationen über dich löschen, …" deletes as a practice, whatever rights the sentence names later.
 */
export function saidOfUs(text: string, lang: Lang, span: Span): boolean {
  const { start, end } = punctuatedClause(text, span);
  // The lead comes first: "Sie haben das Recht, … dass wir … löschen" and "statt der Löschung … wenn wir" stay names.
  return findAll(OUR_DELETION, lang, text).some(
    (w) => w.start >= start && w.end <= span.start && span.end <= end,
  );
}

/**
 * saidOfUs for a right: no request stands between the company's lead and the deletion ("Once we receive your
 * request to delete your data …" keeps erasure). retention.ts keeps asking saidOfUs alone (fixr18c left it as it was).
 */
function ourOwnDeletion(text: string, lang: Lang, span: Span): boolean {
  const { start, end } = punctuatedClause(text, span);
  return findAll(OUR_DELETION, lang, text).some(
    (w) =>
      w.start >= start &&
      w.end <= span.start &&
      span.end <= end &&
      !hasAnyOnce(REQUEST_BEFORE_DELETION, lang, text.slice(w.end, span.start)) &&
      !wishFollows(text, span.end, lang),
  );
}

/** Whether a modal of wish (WISH_AFTER_DELETION) follows the deletion ending at `end`, with only a space between. */
function wishFollows(text: string, end: number, lang: Lang): boolean {
  const after = text.slice(end, end + WISH_REACH);
  return findAllOnce(WISH_AFTER_DELETION, lang, after).some((w) => after.slice(0, w.start).trim() === '');
}

/**
 * Where a statement of rights names them ("erasure", "apagamento", "Recht auf Löschung"): a text with the word
 * "right" or naming two rights or more, else none ("Resultatene slettes ikke, og du kan se dem" names one verb).
 * retention.ts asks it: a rights list's "erasure" is no deletion.
 */
export function rightsNamed(text: string, lang: Lang): readonly Span[] {
  const names = typedMatches(KINDS, MASKS, text, lang);
  if (names.length === 0 || hasAny(RIGHT_WORD, lang, text)) return names;
  return new Set(names.map((n) => n.kind)).size >= 2 ? names : [];
}

/** Whether a sentence grants the reader something (a right, a request they can make). */
function grants(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (hasAny(BLOCK, lang, sentence.text) || hasAny(BLOCK, lang, ctx.intro)) return false;
  if (hasAny(GRANT, lang, sentence.text) || hasAny(ACCOUNT_GRANT, lang, sentence.text)) return true;
  if (hasAny(HOW_TO, lang, sentence.text) || hasAny(COPY_ON_REQUEST, lang, sentence.text)) return true;
  if (hasAny(CHANGE_NOTICE, lang, sentence.text)) return true;
  if ((ctx.segment.kind === 'list-item' && grantsRight(ctx.intro, lang)) || ctx.headingTopics.has('rights'))
    return true;
  if (ctx.affinity.rights >= AFFINITY_ALONE) return true;
  return hasAny(REQUEST, lang, sentence.text) && !askedOfCommerce(sentence.text, lang);
}

/**
 * Whether a sentence whose only grant is a request (REQUEST) asks about an order, a booking, a basket item, an
 * invoice or a product (REQUEST_COMMERCE) and names none of the reader's data or account (REQUEST_PERSONAL).
 */
function askedOfCommerce(text: string, lang: Lang): boolean {
  return hasAny(REQUEST_COMMERCE, lang, text) && !hasAny(REQUEST_PERSONAL, lang, text);
}

/** The data-subject rights a sentence grants. */
export function rightsIn(ref: SentenceRef, lang: Lang): Right[] {
  const text = ref.sentence.text;
  if (!grants(ref, lang) || reservedOnly(text, lang)) return [];
  // "When we delete your account, …" is the company's own practice (retention), not the reader's right.
  const matches = typedMatches(KINDS, MASKS, text, lang).filter(
    (m) =>
      (m.kind !== 'erasure' || !ourOwnDeletion(text, lang, m)) &&
      (m.kind !== 'complaint' || !complaintElsewhere(text, lang, m)),
  );
  const denied = deniedRights(matches, text, lang);
  const feature = matches.some((m) => FEATURE_RIGHTS.has(m.kind)) && featureOnly(ref, lang, matches);
  const kinds = matches.map((m) => m.kind);
  if (hasAny(CHANGE_NOTICE, lang, text)) kinds.push('rectification');
  const own = [...new Set(kinds.filter((k) => !denied.has(k) && !(feature && FEATURE_RIGHTS.has(k))))];
  if (own.length > 0 || denied.size > 0 || !grantsRight(text, lang)) return own;
  const named = headingRight(ref.ctx.segment.heading, lang);
  return named === null ? [] : [named];
}

/**
 * Whether the sentence's only grant is the noun form (GRANT_NOUN) and it names no data or account, nor the
 * right itself as a noun or a request ("request erasure", "chiedere la cancellazione", "löschen zu lassen"):
 * "Du har möjlighet att radera dina inlägg", "You have the possibility to delete your posts" (review13b
 * finding 5, review14 finding 7). A rights heading, a rights list or the model's rights reading still grants
 * as before, except on things a user makes or sets (contentOnly).
 */
function featureOnly(ref: SentenceRef, lang: Lang, matches: readonly TypedMatch<Right>[]): boolean {
  const { ctx, sentence } = ref;
  const text = sentence.text;
  if (ctx.headingTopics.has('rights')) return false;
  if (ctx.segment.kind === 'list-item' && grantsRight(ctx.intro, lang)) return false;
  if (contentOnly(text, lang, matches)) return true;
  if (ctx.affinity.rights >= AFFINITY_ALONE) return false;
  const nouns = findAll(GRANT_NOUN, lang, text);
  if (nouns.length === 0 || hasAny(GRANTED_OBJECTS, lang, text)) return false;
  const inNoun = (g: Span) => nouns.some((n) => within(g, n));
  return grantSpans(text, lang).every(inNoun);
}

/**
 * Whether every erasure or rectification the sentence names acts on a thing a user makes or sets
 * (FEATURE_OBJECTS, a few words before or after the verb) and the sentence names no data, information,
 * account or profile, nor the word "right": "You can delete your posts at any time", "Sie können Ihre
 * Beiträge jederzeit löschen", "Du kan selv slette treningsøktene dine i appen", "supprimer votre photo de
 * profil" (a profile word inside the picture's name is the picture's). So even where the model reads user control; a rights heading or a rights
 * list still makes them rights (review13b). "Delete your posts and your account" still grants erasure, and
 * "derechos de rectificación, cancelación ..., enviando tus comentarios" still grants both.
 */
function contentOnly(text: string, lang: Lang, matches: readonly TypedMatch<Right>[]): boolean {
  const objects = findAll(FEATURE_OBJECTS, lang, text);
  if (objects.length === 0 || hasAny(RIGHT_WORD, lang, text)) return false;
  // "profile" inside "profile picture", "photo de profil", "profilbildet" names the picture, not the profile.
  const inObject = (g: Span) => objects.some((o) => within(g, o));
  if (findAll(GRANTED_OBJECTS, lang, text).some((g) => !inObject(g))) return false;
  const near = (m: Span) =>
    objects.some((o) =>
      o.start >= m.end
        ? ownObjectGap(text.slice(m.end, o.start), lang)
        : ownObjectGap(text.slice(o.end, m.start), lang),
    );
  return matches.filter((m) => FEATURE_RIGHTS.has(m.kind)).every(near);
}

/** A heading that names one right is short: "📋 Prawo dostępu", "Right to object", "Droit d'opposition". */
const HEADING_RIGHT_WORDS = 6;

/**
 * The one right a short section heading names with the word "right" ("📋 Prawo dostępu", "Right of access",
 * "Recht auf Löschung"), or null. A sentence under it that grants without naming a right ("Możesz zażądać
 * informacji o przetwarzanych danych", "You can ask us for a copy") gives that right; a heading naming
 * several rights, or none with the word "right" ("Access", "Account deletion"), gives none.
 */
function headingRight(heading: string, lang: Lang): Right | null {
  if (heading === '' || heading.split(/\s+/).length > HEADING_RIGHT_WORDS) return null;
  if (!hasAny(RIGHT_WORD, lang, heading)) return null;
  const kinds = new Set(typedMatches(KINDS, MASKS, heading, lang).map((m) => m.kind));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/**
 * The rights a sentence denies ("non hai diritto alla portabilità dei tuoi dati quando...", "you do not have
 * the right to object"): a right named right after a denial. The whole sentence then gives none of that
 * right, its label included ("Diritto alla portabilità: non hai diritto alla portabilità...").
 */
function deniedRights(matches: readonly TypedMatch<Right>[], text: string, lang: Lang): ReadonlySet<Right> {
  const denials = matches.length === 0 ? [] : findAll(DENIED, lang, text);
  const denied = new Set<Right>();
  for (const m of matches) {
    // A right's own term may begin inside the denial: "no right to object" ("right to object").
    const after = (d: Span) =>
      m.start >= d.start && (m.start < d.end || FEW_WORDS.test(text.slice(d.end, m.start)));
    if (denials.some(after)) denied.add(m.kind);
  }
  return denied;
}

/** The GDPR-style rights (access, erasure, complaint...) a page grants, with the sentences granting them. */
export function extractRights(refs: readonly SentenceRef[], lang: Lang): RightsPractice {
  const found = new Set<Right>();
  const evidence: Evidence[] = [];
  for (const ref of refs) {
    const rs = rightsIn(ref, lang);
    if (rs.length === 0) continue;
    for (const r of rs) found.add(r);
    evidence.push(quote(ref, 0.5 + 0.1 * Math.min(rs.length, 3) + 0.2 * ref.ctx.affinity.rights));
  }
  const list = RIGHTS.filter((r) => found.has(r));
  return { found: list.length > 0, rights: list, evidence: topEvidence(evidence) };
}
