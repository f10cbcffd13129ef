import type { Evidence, RetentionPractice } from '../report';
import type { Lang, RetentionKind } from '../vocabulary';
import { blankSpans } from './blank-spans';
import { explicitAges } from './children';
import type { SentenceRef } from './context';
import { type Duration, findDurations, findRecurrences } from './durations';
import { quote, topEvidence } from './evidence';
import { isLeadTime } from './lead-times';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAny,
  isWholeTerm,
  type LangTerms,
  overlaps,
  type Span,
  within,
} from './lexicon';
import children from './lexicon/children.json';
import { dataTypes } from './lexicon/data-types/index';
import { retention } from './lexicon/retention/index';
import { clauseAround, clauseHasAny, negatedBefore, negatedNear } from './negation';
import { grantsRight, rightsNamed, saidOfUs } from './rights';

const CUE = retention.cue as LangTerms;
/**
 * Senses of the keeping words that keep nothing: "maintain the privacy / security of", "providing,
 * maintaining and improving the Services", "information we maintain" (what we hold, said of a disclosure),
 * "keep the information confidential", "keep our services running", "retail stores", "you retain control",
 * "anonymized search query data"; es "mantener la confidencialidad", "mantenimiento", fr "garder
 * confidentielles", nb "holdes konfidensielt", "behouden het recht". A cue inside one is no cue: the
 * sentence's purposes or "required to" are then a use's or a duty's, not how long data is kept.
 * (de pflegen/aufrechterhalten, nl onderhouden, nb vedlikeholde, sv underhålla, da vedligeholde, fr
 * maintenir, pl utrzymywać are no keeping cues at all, so nothing to mask there.)
 */
const CUE_MASK = retention.cueMask as LangTerms;
const CRITERIA = retention.criteria as LangTerms;
/**
 * "when no longer needed", "als ze niet langer nodig zijn": a criterion, but also the GDPR's first ground
 * for erasure, so not in a sentence granting a right. (The other languages' bare "erforderlich",
 * "nødvendig", "nécessaire" are criteria terms already.)
 */
const NO_LONGER_NEEDED = retention.noLongerNeeded as LangTerms;
/**
 * "for the duration of the contract", "gedurende de periode dat men aangemeld is": how long is said by a
 * relationship's term. A criterion, and a keeping cue where it opens the sentence: a list item or table
 * cell that answers "how long?" holds no verb. Inside a sentence it is as often a contract's matter
 * ("liable for defects during the term of the agreement and three years after").
 */
const FOR_THE_TERM = retention.forTheTerm as LangTerms;
const INDEFINITE = retention.indefinite as LangTerms;
const INDEFINITE_MASK = retention.indefiniteMask as LangTerms;
/**
 * "we keep a complete log of all messages, even when both parties later delete their accounts", "they are
 * not deleted from our servers ever and will still be accessible after your account is deleted": data
 * outliving the person's own deletion of it or of their account. Nothing the person can do ends the
 * keeping, so it is kept indefinitely, unless the sentence states a criterion ("even after you close your
 * account, we keep invoices as required by law") or a period ("backups are kept for 30 days even after you
 * delete your account"), which bound it. The keeping must be said outside the phrase: "..., anche se ha già
 * eliminato il proprio account" after an instruction keeps nothing.
 */
const KEPT_AFTER_DELETION = retention.keptAfterDeletion as LangTerms;
/**
 * "the posts ... will not be automatically deleted as part of the account removal process", "nicht mit dem
 * Konto gelöscht": a keeping statement of its own, with the same bounds as KEPT_AFTER_DELETION.
 */
const NOT_DELETED_WITH_ACCOUNT = retention.notDeletedWithAccount as LangTerms;
const USER_ACTION = retention.userAction as LangTerms;
const RESPONSE = retention.response as LangTerms;
const WITHIN = retention.within as LangTerms;
const CHILDREN = children.terms as LangTerms;
const COOKIES = dataTypes.types.cookies.strong as LangTerms;
const COOKIE_WORDS = retention.cookieWords as LangTerms;
/** "Rejected applications are deleted", "slettes løbende": a rule for deleting data, a criterion. */
const DELETION = retention.deletion as LangTerms;
/**
 * "Backups are overwritten after 30 days", "Sikkerhetskopier overskrives", "se sobrescriben": an overwrite of
 * stored data is its deletion. Only where it is not negated: "logs cannot be overwritten" is integrity, not
 * data kept forever, so an overwrite never makes a never-delete.
 */
const OVERWRITTEN = retention.overwritten as LangTerms;
const DELETION_NEGATION_REACH = 12;
/** When a deletion rule applies: "after", "when", "automatically", "every year". */
const DELETION_WHEN = retention.deletionWhen as LangTerms;
/**
 * The data deleted is in an end state, which says when: "Rejected applications are deleted", "Ej godkända
 * medlemsansökningar kommer tas bort", "inactive accounts are deleted". "Offensive messages" are no state.
 */
const DELETION_STATE = retention.deletionState as LangTerms;
/**
 * A date in the calendar, not followed by a year: "Den 1:e april varje år tar vi bort ...", "every year on
 * 1 April we delete ...". A deletion on a fixed date bounds how long the data lives: a specific retention,
 * though no duration is written. A date with its year is an event or a law's ("of 27 April 2016").
 */
const DELETION_DATE = retention.deletionDate as LangTerms;
/**
 * Words just before a date that make it the day a rule began, not the day data goes: "Since 25 May we
 * delete inactive accounts", "Seit dem 1. Januar löschen wir abgelehnte Bewerbungen", "à partir du 1er avril".
 * Matched alone in the few characters before a date (findAllOnce), not declared.
 */
const DATE_START = retention.deletionDateStart as LangTerms;
/**
 * What makes a negated deletion no plain "never deleted": a condition ("not ... without notifying you",
 * "unless you ask", "außer", "annat än om"), a bound ("before the end of the warranty", "until") or a
 * manner ("not deleted immediately", "nicht sofort gelöscht"). Each says when data may go after all.
 */
const DELETION_PROVISO = retention.deletionProviso as LangTerms;
/**
 * A proviso that is the person's request: "not deleted unless you ask", "annat än om en individ begär
 * borttagande", "sauf si une personne demande". The operator sets no limit; the data goes only when someone
 * asks, which is what "kept indefinitely" means on the card.
 */
const PROVISO_ON_REQUEST = retention.deletionProvisoOnRequest as LangTerms;
/**
 * "When" phrases that are no rule of keeping: a session's end ("when you close your browser", "når
 * nettleserfanen lukkes": a cookie's or session storage's lifetime) and the operator noticing something
 * ("when we see them": moderation). Neither a deletion's "when" nor a criterion starts inside one.
 */
const WHEN_MASK = retention.deletionWhenMask as LangTerms;
/**
 * "nicht gelöscht, sondern anonymisiert", "not deleted but anonymised", "niet verwijderd maar
 * geanonimiseerd": the deletion is denied only to name the way the data ends. Anonymised data are no
 * longer the person's data, so the person's data are not kept: the sentence reads as the deletion it
 * corrects. Matched alone just after a negated deletion (findAllOnce), not declared.
 */
const ANONYMISED_INSTEAD = retention.anonymisedInstead as LangTerms;
/**
 * "Kündigungsfrist", "notice period", "préavis", "trial", "warranty", "billing cycle": a contract's own
 * periods. A duration in their clause is theirs, not how long data is kept, unless the clause keeps or
 * deletes something ("invoices are kept for the warranty period of 2 years"). Asked per clause, not declared.
 */
const CONTRACT_PERIODS = retention.contractPeriods as LangTerms;
/**
 * "we review every 6 months whether we still need it": a review recurs, data need not go. Asked per
 * clause, not declared.
 */
const REVIEW = retention.review as LangTerms;
/**
 * "automatically", "regularly", "every", "jährlich": how a deletion recurs, not when it applies. Any other
 * "when" of a deletion ("when you close your account", "bei Kündigung", "après") makes it a rule on an
 * event, which a recurrence does not bound. Asked alone per "when", not declared.
 */
const DELETION_ROUTINE = retention.deletionRoutine as LangTerms;
/**
 * "if", "unless", "until", "falls", "sauf", "chyba że": a deletion that recurs only on a condition deletes
 * what meets it, which says nothing about how long any item lives. Asked once per sentence, not declared.
 */
const DELETION_CONDITION = retention.deletionCondition as LangTerms;
/**
 * "that", "which", "who", ", die", "som", "qui", "che", "które": the data deleted chosen by a relative
 * clause ("accounts of users who have not logged in"), or the recurrence inside one ("data you upload every
 * day", "die Sie jeden Tag hochladen"): a sweep of what meets the clause, or another verb's frequency.
 * Asked once per sentence, not declared.
 */
const RELATIVE = retention.relativePronoun as LangTerms;
/**
 * "Reviews you write remain on the platform indefinitely", "Ihre Bewertungen bleiben auf unbestimmte Zeit",
 * "blijven voor onbepaalde tijd op het platform staan", "ligger kvar på plattformen", "restent sur la
 * plateforme", "permanecen en la plataforma", "pozostają na platformie": data or content that remains
 * somewhere is kept there. The verbs are generic ("you remain responsible", "the policy remains in force for
 * two years", "the contract remains valid", "prices stay the same", "employees stay with us for years"), so
 * one is a keeping cue only where what remains is data or content (REMAIN_WHAT, a few words before the verb,
 * the word just before it no person: "how long you stay on our site", "visitors who stay") and a place
 * (REMAIN_PLACE: the platform, our servers, the profile, the database) or a period or "indefinitely" follows
 * the verb at once. Asked per sentence, not declared.
 */
const REMAIN_VERB = retention.remainVerb as LangTerms;
const REMAIN_PLACE = retention.remainPlace as LangTerms;
const REMAIN_WHAT = retention.remainWhat as LangTerms;
const REMAIN_WHO = retention.remainWho as LangTerms;
/** "and", "und", "og": a recurrence joined to a deletion by one belongs to another verb. */
const JOINS = dataTypes.joins as LangTerms;
declareTables([
  WHEN_MASK,
  CUE,
  CUE_MASK,
  USER_ACTION,
  CHILDREN,
  COOKIES,
  CRITERIA,
  NO_LONGER_NEEDED,
  FOR_THE_TERM,
  INDEFINITE_MASK,
  INDEFINITE,
  KEPT_AFTER_DELETION,
  NOT_DELETED_WITH_ACCOUNT,
  DELETION,
  OVERWRITTEN,
  DELETION_WHEN,
  DELETION_STATE,
  DELETION_DATE,
  DELETION_PROVISO,
  PROVISO_ON_REQUEST,
]);

/** Without a keep/store/delete verb, a sentence counts only in a passage the model or heading calls retention. */
const AFFINITY_ALONE = 0.6;

/** What one sentence says about keeping data. */
export interface SentenceRetention {
  readonly periods: string[];
  /** Data deleted on a fixed date: specific, with no duration to state. */
  readonly scheduled: boolean;
  readonly indefinite: boolean;
  readonly criteria: boolean;
}

/** A sentence that says nothing about keeping data. */
export const NOTHING_KEPT: SentenceRetention = {
  periods: [],
  scheduled: false,
  indefinite: false,
  criteria: false,
};

/** The page's retention practice from what each sentence says (`found`, index for index with `refs`). */
export function retentionOf(
  refs: readonly SentenceRef[],
  found: readonly SentenceRetention[],
): RetentionPractice {
  const evidence: Evidence[] = [];
  refs.forEach((ref, i) => {
    const r = found[i];
    if (!r) return;
    const aff = ref.ctx.affinity.retention;
    if (r.periods.length > 0 || r.scheduled) evidence.push(quote(ref, 0.65 + 0.3 * aff));
    else if (r.indefinite) evidence.push(quote(ref, 0.55 + 0.3 * aff));
    else if (r.criteria) evidence.push(quote(ref, 0.4 + 0.3 * aff));
  });
  const { kind, periods } = retentionSummary(found);
  return { found: kind !== 'none', kind, periods, evidence: topEvidence(evidence) };
}

/**
 * What sentences say together: their periods (first mention first) or a fixed deletion date, then
 * "indefinitely", then criteria.
 */
export function retentionSummary(found: readonly SentenceRetention[]): {
  kind: RetentionKind;
  periods: string[];
} {
  const periods: string[] = [];
  let scheduled = false;
  let indefinite = false;
  let criteria = false;
  for (const r of found) {
    for (const p of r.periods) if (!periods.includes(p)) periods.push(p);
    scheduled ||= r.scheduled;
    indefinite ||= r.indefinite;
    criteria ||= r.criteria;
  }
  const kind: RetentionKind =
    periods.length > 0 || scheduled ? 'specific' : indefinite ? 'indefinite' : criteria ? 'criteria' : 'none';
  return { kind, periods };
}

/** What one sentence says about keeping data. */
export function retentionIn(ref: SentenceRef, lang: Lang): SentenceRetention {
  const text = ref.sentence.text;
  // "We keep your data for: - Maximum 40 years": the list's intro holds the verb.
  const introCue = ref.ctx.segment.kind === 'list-item' && hasAny(CUE, lang, ref.ctx.intro);
  const cue =
    keepingCue(text, lang) ||
    hasAny(DELETION, lang, text) ||
    answersWithTerm(text, lang) ||
    introCue ||
    remainsSomewhere(text, lang);
  if (!cue && ref.ctx.affinity.retention < AFFINITY_ALONE) return NOTHING_KEPT;
  if (cue && !introCue && onlyRightNames(text, lang)) return NOTHING_KEPT;
  // "you may delete the scanned data after 48 hours" is the user's choice, not a retention period.
  if (hasAny(USER_ACTION, lang, text)) return NOTHING_KEPT;
  const aboutChildren = hasAny(CHILDREN, lang, text);
  const ages = explicitAges(text, lang);
  const kept = aboutChildren ? [] : keptDurations(text, lang);
  const periods = kept
    .filter((d) => !ages.some((a) => overlaps(d, a)))
    .filter((d) => !isDeadline(text, d.start, lang))
    .filter((d) => !isLeadTime(text, d.start, d.end, lang))
    .filter((d) => !isCookieLifetime(text, d.start, lang, kept))
    .map((d) => d.iso);
  // "cookies remain until you delete them" describes cookies, not how long the operator keeps data.
  const cookieOnly = ref.ctx.affinity.retention < AFFINITY_ALONE && hasAny(COOKIES, lang, text);
  const deletions = cookieOnly ? null : deletionsIn(text, lang);
  const criteria = deletions !== null && criteriaIn(text, lang, deletions);
  const scheduled = deletions !== null && scheduledIn(text, lang, deletions);
  // "Den 1:e april varje år tar vi bort ...": the date bounds the data; "every year" is when it recurs.
  const recurring =
    deletions !== null && periods.length === 0 && !scheduled && !aboutChildren
      ? periodicDeletions(text, lang, deletions)
      : [];
  return {
    periods: [...new Set([...periods, ...recurring])],
    scheduled,
    indefinite:
      indefiniteIn(text, lang) ||
      (deletions !== null && !criteria && periods.length === 0 && neverDeleted(text, lang, deletions)) ||
      (cue && periods.length === 0 && keptAfterDeletion(text, lang)),
    criteria,
  };
}

/** A keeping word that is not one of its senses that keep nothing (CUE_MASK). */
function keepingCue(text: string, lang: Lang): boolean {
  if (!hasAny(CUE, lang, text)) return false;
  const masks = findAll(CUE_MASK, lang, text);
  return masks.length === 0 || findAll(CUE, lang, text).some((m) => !masks.some((k) => within(m, k)));
}

/** Characters between what remains and its verb ("Reviews you write remain", "Anmeldelser, du skriver, forbliver"). */
const REMAIN_SUBJECT_REACH = 60;
/** Characters between the verb and its period ("remain for up to 30 days", "permanecen durante un período de"). */
const REMAIN_PERIOD_REACH = 30;

/**
 * Data or content said to remain somewhere (REMAIN_VERB): what remains is data (REMAIN_WHAT) before the verb
 * in the same stretch, the word just before the verb is no person (REMAIN_WHO), and a place (REMAIN_PLACE)
 * follows at once or a period or "indefinitely" within a few words.
 */
function remainsSomewhere(text: string, lang: Lang): boolean {
  const verbs = findAllOnce(REMAIN_VERB, lang, text);
  if (verbs.length === 0) return false;
  const what = findAllOnce(REMAIN_WHAT, lang, text);
  if (what.length === 0) return false;
  return verbs.some((v) => remainsAfterData(text, lang, v, what) && placeOrPeriodAfter(text, lang, v));
}

function remainsAfterData(text: string, lang: Lang, verb: Span, what: readonly Span[]): boolean {
  return what.some((w) => {
    if (w.end > verb.start || verb.start - w.end > REMAIN_SUBJECT_REACH) return false;
    const gap = text.slice(w.end, verb.start);
    if (/[.;:!?]/.test(gap)) return false;
    const last = gap.match(/([\p{L}']+)[\s,]*$/u)?.[1];
    return last === undefined || !isWholeTerm(REMAIN_WHO, lang, last);
  });
}

function placeOrPeriodAfter(text: string, lang: Lang, verb: Span): boolean {
  const after = text.slice(verb.end);
  const place = findAllOnce(REMAIN_PLACE, lang, after)[0];
  if (place !== undefined && after.slice(0, place.start).trim() === '') return true;
  const near = (start: number): boolean => {
    const gap = after.slice(0, start);
    return gap.length <= REMAIN_PERIOD_REACH && !/[.,;:!?]/.test(gap);
  };
  return (
    findDurations(after, lang).some((d) => near(d.start)) ||
    findAllOnce(INDEFINITE, lang, after).some((m) => near(m.start))
  );
}

/**
 * Whether a sentence granting rights keeps or deletes nothing but in the names of rights: "Enquanto titular dos
 * dados, tem direito de acesso, retificação, apagamento, limitação do tratamento, portabilidade e oposição"
 * ("apagamento", erasure, is the right's name, and "Enquanto titular" is "as data subject", no "as long as").
 * A rights list is no retention in any language; "You have the right to erasure; we delete logs after 30
 * days" keeps its deletion outside the names, and "Resultatene slettes ikke, og du kan se dem" (one verb, no
 * word "right") is no statement of rights (session 17, fix17a).
 */
function onlyRightNames(text: string, lang: Lang): boolean {
  if (!grantsRight(text, lang)) return false;
  const names = rightsNamed(text, lang);
  if (names.length === 0) return false;
  // A deletion said of the company ("wenn wir … löschen") is its practice even where the sentence names rights.
  const named = (m: Span) => names.some((n) => within(m, n)) && !saidOfUs(text, lang, m);
  return [...findAll(CUE, lang, text), ...findAll(DELETION, lang, text)].every(named);
}

/** Words a relationship's term may leave after it and still be the whole answer ("... som medlem."). */
const TERM_ANSWER_WORDS = 2;

/**
 * Whether the sentence is a relationship's term answering "how long?": it opens the sentence, and what
 * follows is a word or two ("Gedurende de periode dat men aangemeld is.") or a period after it ("... en
 * daarna alleen in de financiële administratie voor maximaal 7 jaar"). Followed by a clause of its own it
 * only says when something else happens ("During the term of your subscription, you may cancel at any
 * time", "Während der Laufzeit Ihres Vertrages erhalten Sie unseren Newsletter").
 */
function answersWithTerm(text: string, lang: Lang): boolean {
  const first = findAll(FOR_THE_TERM, lang, text)[0];
  if (first === undefined || /[\p{L}\p{N}]/u.test(text.slice(0, first.start))) return false;
  const rest = text.slice(first.end);
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= TERM_ANSWER_WORDS || keptDurations(rest, lang).length > 0;
}

/**
 * The durations of a text that may say how long data is kept: not a contract's own period ("Während der
 * Vertragslaufzeit beträgt die Kündigungsfrist drei Monate", "a 30-day free trial", "préavis de trois
 * mois"), unless its clause keeps or deletes something.
 */
function keptDurations(text: string, lang: Lang): Duration[] {
  return findDurations(text, lang).filter((d) => !isContractPeriod(text, d.start, lang));
}

/** Letters two mentions of a contract period share to be the same period ("trial", "kündi"). */
const CONTRACT_STEM = 5;

function isContractPeriod(text: string, start: number, lang: Lang): boolean {
  return (
    clauseHasAny(CONTRACT_PERIODS, text, start, lang) &&
    !keepsOrDeletes(text, start, lang) &&
    !keptForThatPeriod(text, start, lang)
  );
}

const keepsOrDeletes = (text: string, pos: number, lang: Lang): boolean =>
  clauseHasAny(CUE, text, pos, lang) || clauseHasAny(DELETION, text, pos, lang);

/**
 * Whether another clause keeps or deletes data for the contract period the duration's clause states: "Wir
 * speichern Ihre Daten bis zum Ende der Kündigungsfrist; die Kündigungsfrist beträgt 3 Monate", "Data is
 * kept during the trial period; the trial period lasts 14 days": the period is how long data is kept. The
 * same word in both (its first five letters: "Kündigungsfrist", "Kündigungsfristen").
 */
function keptForThatPeriod(text: string, start: number, lang: Lang): boolean {
  const own = clauseAround(text, start, lang);
  const periods = findAllOnce(CONTRACT_PERIODS, lang, text);
  const stem = (m: Span): string => text.slice(m.start, m.end).toLowerCase().slice(0, CONTRACT_STEM);
  const stated = periods.filter((m) => within(m, own)).map(stem);
  return periods.some(
    (m) =>
      (m.end <= own.start || m.start >= own.end) &&
      stated.includes(stem(m)) &&
      keepsOrDeletes(text, m.start, lang),
  );
}

/** Words a recurrence may stand from its deletion ("deleted from our servers every 6 months"). */
const RECURRENCE_GAP_WORDS = 3;

/**
 * "Backups are deleted every 6 months", "alle 6 Monate gelöscht", "raderas var sjätte månad": data deleted
 * every period, all of it, live at most that long, a specific period. The recurrence stands beside a
 * deletion that is not negated (a few words between, no "and" joining another verb, no stop). Not when the
 * deletion takes only some of the data (selectiveDeletion: "every year we delete data that is no longer
 * needed" stays a criterion), the clause chooses the data by a state ("inactive accounts are deleted every
 * year": how often a state is checked, a criterion) or reviews ("we review every 6 months whether ... is
 * deleted": a review deletes nothing), and not a right ("you may have your data deleted every month").
 */
function periodicDeletions(text: string, lang: Lang, d: Deletions): string[] {
  if (d.kept.length === 0 || grantsRight(text, lang) || selectiveDeletion(text, lang, d)) return [];
  return recurringDeletions(text, lang, d)
    .filter((r) => !clauseHasAny(DELETION_STATE, text, r.start, lang))
    .map((r) => r.iso);
}

/** recurringDeletions per sentence's deletions: both the period (periodicDeletions) and the rule (recursBeside) ask. */
const recurrencesOf = new WeakMap<Deletions, Duration[]>();

/** The recurrences beside a kept deletion, not in a clause that reviews (found once per sentence). */
function recurringDeletions(text: string, lang: Lang, d: Deletions): Duration[] {
  let found = recurrencesOf.get(d);
  if (found === undefined) {
    found = findRecurrences(text, lang).filter(
      (r) =>
        d.kept.some((m) => besideDeletion(text, m, r, lang)) && !clauseHasAny(REVIEW, text, r.start, lang),
    );
    recurrencesOf.set(d, found);
  }
  return found;
}

/**
 * Whether the sentence's deletion takes only what meets a rule, so a recurrence bounds nothing: a criterion
 * ("no longer needed", "for the duration of the contract"), a "when" of its own that is no routine ("...
 * deleted every day when you close your account"), a condition ("every 6 months unless you renew") or a
 * relative clause (on the data, "records that are no longer needed"; or holding the recurrence, "data you
 * upload every day" has none in English and is caught by its "when" or criterion).
 */
function selectiveDeletion(text: string, lang: Lang, d: Deletions): boolean {
  const stated = (m: Span): boolean => d.unmasked(m);
  return (
    findAll(CRITERIA, lang, text).some(stated) ||
    findAll(FOR_THE_TERM, lang, text).some(stated) ||
    findAll(NO_LONGER_NEEDED, lang, text).some(stated) ||
    d.whens.some((w) => !isRoutine(text, w, lang)) ||
    findAllOnce(DELETION_CONDITION, lang, text).length > 0 ||
    findAllOnce(RELATIVE, lang, text).length > 0
  );
}

/** Whether a deletion's "when" is a routine word ("automatically", "every", "jede"), read in its own span. */
function isRoutine(text: string, when: Span, lang: Lang): boolean {
  return findAllOnce(DELETION_ROUTINE, lang, text.slice(when.start, when.end)).length > 0;
}

/**
 * Characters a gap of RECURRENCE_GAP_WORDS words can span (long compounds included): a pair further apart
 * is not read at all, so a long sentence of many deletions and recurrences costs one subtraction a pair,
 * not a slice and a scan of the text between.
 */
const RECURRENCE_GAP_CHARS = 120;

function besideDeletion(text: string, deletion: Span, r: Duration, lang: Lang): boolean {
  if (overlaps(deletion, r)) return true;
  const [from, to] = deletion.end <= r.start ? [deletion.end, r.start] : [r.end, deletion.start];
  if (to - from > RECURRENCE_GAP_CHARS) return false;
  const gap = text.slice(from, to);
  const words = gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= RECURRENCE_GAP_WORDS && !/[.;:!?]/.test(gap) && findAllOnce(JOINS, lang, gap).length === 0;
}

/** A sentence's deletions: all of them, those not negated beside the verb, and its unmasked "when"s. */
interface Deletions {
  readonly all: readonly Span[];
  readonly kept: readonly Span[];
  readonly whens: readonly Span[];
  readonly unmasked: (m: Span) => boolean;
}

function deletionsIn(text: string, lang: Lang): Deletions {
  const masks = findAll(WHEN_MASK, lang, text);
  const unmasked = (m: Span): boolean => !masks.some((k) => m.start >= k.start && m.start < k.end);
  const all = [...findAll(DELETION, lang, text), ...overwritesIn(text, lang)];
  const negated = all.filter(
    (m) => negatedNear(text, m, DELETION_NEGATION_REACH, lang) && !anonymisedInstead(text, m, lang),
  );
  const denied = negated.length === 0 ? negated : negatedBesideCriteria(text, lang, negated);
  return {
    all,
    kept: all.filter((m) => !denied.includes(m)),
    whens: findAll(DELETION_WHEN, lang, text).filter(unmasked),
    unmasked,
  };
}

/** The overwrites of a sentence that are not negated beside the verb: deletions, never denied ones. */
function overwritesIn(text: string, lang: Lang): Span[] {
  return findAll(OVERWRITTEN, lang, text).filter((m) => !negatedNear(text, m, DELETION_NEGATION_REACH, lang));
}

/** How far after a denied deletion its correction to an anonymisation may end ("..., sondern anonymisiert"). */
const ANONYMISED_REACH = 50;

/** "nicht gelöscht, sondern anonymisiert": a deletion denied only to say the data are anonymised. */
function anonymisedInstead(text: string, deletion: Span, lang: Lang): boolean {
  const after = text.slice(deletion.end, deletion.end + ANONYMISED_REACH);
  return findAllOnce(ANONYMISED_INSTEAD, lang, after).length > 0;
}

/**
 * The negated deletions whose negation is no criterion's own: in "data are deleted when no longer needed"
 * the "no" belongs to "when no longer needed". Read in one copy of the sentence with the criteria's words
 * blanked out (same length), all but those overlapping a negated deletion: one text for the sentence, so
 * negation's findings are made once, not once per deletion (a run-on sentence has hundreds).
 */
function negatedBesideCriteria(text: string, lang: Lang, negated: readonly Span[]): readonly Span[] {
  const criteria = [...findAll(CRITERIA, lang, text), ...findAll(NO_LONGER_NEEDED, lang, text)].filter(
    (c) => !negated.some((m) => overlaps(c, m)),
  );
  if (criteria.length === 0) return negated;
  const blanked = blankSpans(text, criteria);
  return negated.filter((m) => negatedNear(blanked, m, DELETION_NEGATION_REACH, lang));
}

/**
 * Whether a sentence states a criterion: a criterion term or a deletion rule saying when. Neither counts
 * inside a session's end or a moderator's noticing (WHEN_MASK); a negated deletion's "after" is no
 * criterion ("worden niet verwijderd na afloop van", "não serão apagados após o término"), its "until" is
 * ("not deleted until the end of the contract": kept until then).
 */
function criteriaIn(text: string, lang: Lang, d: Deletions): boolean {
  const deniedWhen = (m: Span): boolean =>
    d.all.length > 0 && d.kept.length === 0 && d.whens.some((w) => w.start === m.start);
  const stated = (m: Span): boolean => d.unmasked(m) && !deniedWhen(m);
  return (
    findAll(CRITERIA, lang, text).some(stated) ||
    findAll(FOR_THE_TERM, lang, text).some(stated) ||
    (findAll(NO_LONGER_NEEDED, lang, text).some(stated) && !grantsRight(text, lang)) ||
    deletionRule(text, lang, d)
  );
}

/**
 * The operator's rule for deleting data, saying when ("logs are deleted regularly", "konti slettes
 * automatisk efter en periode med inaktivitet") or deleting data in an end state ("rejected applications
 * are deleted"): a criterion, even with no period. "Offensive messages will be deleted" says what, not
 * when: moderation, not retention. Not a right ("you may have your data deleted") and not negated right
 * beside the verb (`kept` holds the deletions that are not: "we do not delete", "slettes ikke"; a
 * negation further off qualifies the data, "konti uden børn slettes", "ej godkända ansökningar tas bort").
 */
function deletionRule(text: string, lang: Lang, d: Deletions): boolean {
  return (
    d.kept.length > 0 &&
    (d.whens.length > 0 || hasAny(DELETION_STATE, lang, text) || recursBeside(text, lang, d)) &&
    !grantsRight(text, lang)
  );
}

/**
 * A recurrence beside a kept deletion is its "when" too ("alle 6 Monate", "tous les 6 mois", "var sjätte
 * månad" are no deletionWhen words): "Die Daten werden alle 6 Monate gelöscht, sofern Sie nicht
 * verlängern" states no period (selectiveDeletion) but still a rule.
 */
function recursBeside(text: string, lang: Lang, d: Deletions): boolean {
  return recurringDeletions(text, lang, d).length > 0;
}

/** The operator deletes data on a fixed date of the calendar ("every year on 1 April we delete ..."). */
function scheduledIn(text: string, lang: Lang, d: Deletions): boolean {
  return (
    d.kept.length > 0 &&
    findAll(DELETION_DATE, lang, text).some((m) => !startsOn(text, m.start, lang)) &&
    !grantsRight(text, lang)
  );
}

/** How far before a date its "since" may begin ("à partir du", "a decorrere dal"): bounds the slice read. */
const DATE_START_REACH = 25;

/** Whether the date at `start` is when something began: "since 25 May", "seit dem 1. Januar". */
function startsOn(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - DATE_START_REACH), start);
  const word = findAllOnce(DATE_START, lang, before).at(-1);
  return word !== undefined && before.slice(word.end).trim() === '';
}

/**
 * "Results are never deleted", "we do not delete your data": every deletion of the sentence negated, and
 * no "when" that would make it a rule of keeping ("slettes ikke automatisk efter arrangementet" says how
 * data is deleted, not that it is kept): the data is kept without limit. Only a plain never-delete: a
 * proviso says when data may go after all ("We will not delete your account without notifying you
 * first", "nicht sofort gelöscht"), unless the proviso is only the person's own request ("not ... unless you
 * ask", "annat än om en individ begär"): then nothing but a request ends the keeping.
 */
function neverDeleted(text: string, lang: Lang, d: Deletions): boolean {
  if (d.all.length === 0 || d.kept.length > 0 || d.whens.length > 0) return false;
  // Only a proviso of the never-delete's clause, or one opening the next ("never deleted unless you ask"):
  // not "Results are never deleted, and you can see them before the race".
  const clauses = d.all.map((m) => clauseAround(text, m.start, lang));
  const provisos = findAll(DELETION_PROVISO, lang, text).filter((p) =>
    clauses.some((c) => p.start <= c.end && c.start <= p.end),
  );
  if (provisos.length === 0) return true;
  const requests = findAll(PROVISO_ON_REQUEST, lang, text);
  return provisos.every((p) => requests.some((r) => within(p, r)));
}

/**
 * Data kept after the person deletes it or their account (KEPT_AFTER_DELETION), with no criterion of the
 * sentence bounding it. The sentence's own criteria are asked here, not its deletion rules: "after your
 * account is deleted" is itself a deletion's "when".
 */
function keptAfterDeletion(text: string, lang: Lang): boolean {
  return (
    (hasAny(NOT_DELETED_WITH_ACCOUNT, lang, text) || keptBesideDeletion(text, lang)) &&
    !hasAny(CRITERIA, lang, text) &&
    !hasAny(NO_LONGER_NEEDED, lang, text) &&
    !hasAny(FOR_THE_TERM, lang, text)
  );
}

/**
 * A KEPT_AFTER_DELETION phrase with a keeping or deleting word of the sentence outside it and outside the
 * rest of its stretch (to the next comma or stop): "anche se ha già eliminato il proprio account o rimosso
 * la nostra app" removes an app, keeps nothing. Keeping senses that keep nothing (CUE_MASK: "app store")
 * do not count.
 */
function keptBesideDeletion(text: string, lang: Lang): boolean {
  const phrases = findAll(KEPT_AFTER_DELETION, lang, text).map((p) => ({
    start: p.start,
    end: stretchEnd(text, p.end),
  }));
  if (phrases.length === 0) return false;
  const masks = findAll(CUE_MASK, lang, text);
  const outside = (m: Span): boolean =>
    !phrases.some((p) => overlaps(m, p)) && !masks.some((k) => within(m, k));
  return findAll(CUE, lang, text).some(outside) || findAll(DELETION, lang, text).some(outside);
}

/** Where the stretch of text from `from` ends: the next comma, semicolon or stop, or the text's end. */
function stretchEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[,;.!?]/);
  return rest < 0 ? text.length : from + rest;
}

/** "we answer your request within 30 days": a deadline for a reply, not how long data is kept. */
function isDeadline(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const within = findAllOnce(WITHIN, lang, before).at(-1);
  return (
    within !== undefined &&
    before.slice(within.end).trim() === '' &&
    clauseHasAny(RESPONSE, text, start, lang)
  );
}

/**
 * "the consent cookie expires after 12 months": a cookie's lifetime, not how long data is kept. Where one
 * verb governs a list of periods, each after its own object ("we remove the entirety of the IP address
 * after 6 months, cookies and other cross session identifiers after 18 months": the verb elided after the
 * comma), each period is judged by its own stretch of the list: the IP address's six months are a period,
 * the cookies' eighteen stay a cookie's lifetime as session 11 decided (session 17, fixa17r).
 */
function isCookieLifetime(text: string, start: number, lang: Lang, all: readonly Duration[]): boolean {
  if (!clauseHasAny(COOKIE_WORDS, text, start, lang)) return false;
  const own = listedStretch(text, start, all);
  return own === null || findAllOnce(COOKIE_WORDS, lang, text.slice(own.start, own.end)).length > 0;
}

/** Words a listed period's stretch holds before it ("the IP address after", "logs for"), at least. */
const LISTED_STRETCH_WORDS = 2;

/**
 * The stretch between commas or semicolons that holds the duration at `start`, when another duration of
 * the sentence lies in another stretch and this one names its own object before the period ("..., cookies
 * after 18 months"); null when the sentence states one period or the stretch is only the period's own
 * qualifier (", after 6 months of inactivity").
 */
function listedStretch(text: string, start: number, all: readonly Duration[]): Span | null {
  if (all.length < 2) return null;
  const from = Math.max(text.lastIndexOf(',', start - 1), text.lastIndexOf(';', start - 1)) + 1;
  const ends = [text.indexOf(',', start), text.indexOf(';', start)].filter((i) => i >= 0);
  const to = ends.length > 0 ? Math.min(...ends) : text.length;
  const own: Span = { start: from, end: to };
  if (!all.some((d) => !overlaps(d, own))) return null;
  const words = text.slice(from, start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words > LISTED_STRETCH_WORDS ? own : null;
}

/** "kept indefinitely", not "permanently deleted" and not "we do not keep data indefinitely". */
function indefiniteIn(text: string, lang: Lang): boolean {
  const masks = findAll(INDEFINITE_MASK, lang, text);
  return findAll(INDEFINITE, lang, text).some(
    (m) => !masks.some((k) => within(m, k)) && !negatedBefore(text, m.start, lang),
  );
}
