/**
 * The lexicons retention reads (retention.ts declares them), each named once with why it is read: the keeping
 * verbs and their senses that keep nothing, the criteria of how long, data kept forever, durations that keep
 * no data, the deletion rules (what is deleted, when, on what proviso, on a date, how a deletion recurs or
 * what it sweeps), a contract's own periods, and data or content that remains somewhere.
 */
import type { LangTerms } from './lexicon';
import { children } from './lexicon/children/index';
import { dataTypes } from './lexicon/data-types/index';
import { retention } from './lexicon/retention/index';

export const CUE = retention.cue as LangTerms;
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
export const CUE_MASK = retention.cueMask as LangTerms;
export const CRITERIA = retention.criteria as LangTerms;
/**
 * "when no longer needed", "als ze niet langer nodig zijn": a criterion, but also the GDPR's first ground
 * for erasure, so not in a sentence granting a right. (The other languages' bare "erforderlich",
 * "nødvendig", "nécessaire" are criteria terms already.)
 */
export const NO_LONGER_NEEDED = retention.noLongerNeeded as LangTerms;
/**
 * "for the duration of the contract", "gedurende de periode dat men aangemeld is": how long is said by a
 * relationship's term. A criterion, and a keeping cue where it opens the sentence: a list item or table
 * cell that answers "how long?" holds no verb. Inside a sentence it is as often a contract's matter
 * ("liable for defects during the term of the agreement and three years after").
 */
export const FOR_THE_TERM = retention.forTheTerm as LangTerms;
export const INDEFINITE = retention.indefinite as LangTerms;
export const INDEFINITE_MASK = retention.indefiniteMask as LangTerms;
/**
 * "we keep a complete log of all messages, even when both parties later delete their accounts", "they are
 * not deleted from our servers ever and will still be accessible after your account is deleted": data
 * outliving the person's own deletion of it or of their account. Nothing the person can do ends the
 * keeping, so it is kept indefinitely, unless the sentence states a criterion ("even after you close your
 * account, we keep invoices as required by law") or a period ("backups are kept for 30 days even after you
 * delete your account"), which bound it. The keeping must be said outside the phrase: "..., anche se ha già
 * eliminato il proprio account" after an instruction keeps nothing.
 */
export const KEPT_AFTER_DELETION = retention.keptAfterDeletion as LangTerms;
/**
 * "the posts ... will not be automatically deleted as part of the account removal process", "nicht mit dem
 * Konto gelöscht": a keeping statement of its own, with the same bounds as KEPT_AFTER_DELETION.
 */
export const NOT_DELETED_WITH_ACCOUNT = retention.notDeletedWithAccount as LangTerms;
export const USER_ACTION = retention.userAction as LangTerms;
export const RESPONSE = retention.response as LangTerms;
export const WITHIN = retention.within as LangTerms;
export const CHILDREN = children.terms as LangTerms;
export const COOKIES = dataTypes.types.cookies.strong as LangTerms;
export const COOKIE_WORDS = retention.cookieWords as LangTerms;
/** "Rejected applications are deleted", "slettes løbende": a rule for deleting data, a criterion. */
export const DELETION = retention.deletion as LangTerms;
/**
 * "Backups are overwritten after 30 days", "Sikkerhetskopier overskrives", "se sobrescriben": an overwrite of
 * stored data is its deletion. Only where it is not negated: "logs cannot be overwritten" is integrity, not
 * data kept forever, so an overwrite never makes a never-delete.
 */
export const OVERWRITTEN = retention.overwritten as LangTerms;
/** When a deletion rule applies: "after", "when", "automatically", "every year". */
export const DELETION_WHEN = retention.deletionWhen as LangTerms;
/**
 * The data deleted is in an end state, which says when: "Rejected applications are deleted", "Ej godkända
 * medlemsansökningar kommer tas bort", "inactive accounts are deleted". "Offensive messages" are no state.
 */
export const DELETION_STATE = retention.deletionState as LangTerms;
/**
 * A date in the calendar, not followed by a year: "Den 1:e april varje år tar vi bort ...", "every year on
 * 1 April we delete ...". A deletion on a fixed date bounds how long the data lives: a specific retention,
 * though no duration is written. A date with its year is an event or a law's ("of 27 April 2016").
 */
export const DELETION_DATE = retention.deletionDate as LangTerms;
/**
 * Words just before a date that make it the day a rule began, not the day data goes: "Since 25 May we
 * delete inactive accounts", "Seit dem 1. Januar löschen wir abgelehnte Bewerbungen", "à partir du 1er avril".
 * Matched alone in the few characters before a date (findAllOnce), not declared.
 */
export const DATE_START = retention.deletionDateStart as LangTerms;
/**
 * What makes a negated deletion no plain "never deleted": a condition ("not ... without notifying you",
 * "unless you ask", "außer", "annat än om"), a bound ("before the end of the warranty", "until") or a
 * manner ("not deleted immediately", "nicht sofort gelöscht"). Each says when data may go after all.
 */
export const DELETION_PROVISO = retention.deletionProviso as LangTerms;
/**
 * A proviso that is the person's request: "not deleted unless you ask", "annat än om en individ begär
 * borttagande", "sauf si une personne demande". The operator sets no limit; the data goes only when someone
 * asks, which is what "kept indefinitely" means on the card.
 */
export const PROVISO_ON_REQUEST = retention.deletionProvisoOnRequest as LangTerms;
/**
 * "When" phrases that are no rule of keeping: a session's end ("when you close your browser", "når
 * nettleserfanen lukkes": a cookie's or session storage's lifetime) and the operator noticing something
 * ("when we see them": moderation). Neither a deletion's "when" nor a criterion starts inside one.
 */
export const WHEN_MASK = retention.deletionWhenMask as LangTerms;
/**
 * "nicht gelöscht, sondern anonymisiert", "not deleted but anonymised", "niet verwijderd maar
 * geanonimiseerd": the deletion is denied only to name the way the data ends. Anonymised data are no
 * longer the person's data, so the person's data are not kept: the sentence reads as the deletion it
 * corrects. Matched alone just after a negated deletion (findAllOnce), not declared.
 */
export const ANONYMISED_INSTEAD = retention.anonymisedInstead as LangTerms;
/**
 * "Kündigungsfrist", "notice period", "préavis", "trial", "warranty", "billing cycle": a contract's own
 * periods. A duration in their clause is theirs, not how long data is kept, unless the clause keeps or
 * deletes something ("invoices are kept for the warranty period of 2 years"). Asked per clause, not declared.
 */
export const CONTRACT_PERIODS = retention.contractPeriods as LangTerms;
/**
 * "we review every 6 months whether we still need it": a review recurs, data need not go. Asked per
 * clause, not declared.
 */
export const REVIEW = retention.review as LangTerms;
/**
 * "automatically", "regularly", "every", "jährlich": how a deletion recurs, not when it applies. Any other
 * "when" of a deletion ("when you close your account", "bei Kündigung", "après") makes it a rule on an
 * event, which a recurrence does not bound. Asked alone per "when", not declared.
 */
export const DELETION_ROUTINE = retention.deletionRoutine as LangTerms;
/**
 * "if", "unless", "until", "falls", "sauf", "chyba że": a deletion that recurs only on a condition deletes
 * what meets it, which says nothing about how long any item lives. Asked once per sentence, not declared.
 */
export const DELETION_CONDITION = retention.deletionCondition as LangTerms;
/**
 * "that", "which", "who", ", die", "som", "qui", "che", "które": the data deleted chosen by a relative
 * clause ("accounts of users who have not logged in"), or the recurrence inside one ("data you upload every
 * day", "die Sie jeden Tag hochladen"): a sweep of what meets the clause, or another verb's frequency.
 * Asked once per sentence, not declared.
 */
export const RELATIVE = retention.relativePronoun as LangTerms;
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
export const REMAIN_VERB = retention.remainVerb as LangTerms;
export const REMAIN_PLACE = retention.remainPlace as LangTerms;
export const REMAIN_WHAT = retention.remainWhat as LangTerms;
export const REMAIN_WHO = retention.remainWho as LangTerms;
/** "and", "und", "og": a recurrence joined to a deletion by one belongs to another verb. */
export const JOINS = dataTypes.joins as LangTerms;
