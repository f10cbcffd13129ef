import type { Lang } from '../vocabulary';
import { findAllOnce, type LangTerms } from './lexicon';
import leadTimes from './lexicon/lead-times.json';

/** "before", "prior to", "vorher", "avant", "przed", "days' notice": what follows a lead time. */
const AFTER = leadTimes.after as LangTerms;
/**
 * "notify", "inform you", "benachrichtigen", "prévenir", "avisaremos", "powiadomimy": the warning a lead time
 * is of. Verbs, and the notice nouns of a period ("préavis", "preavviso"): not "notice", "aviso", "informativa"
 * or "information", which name the policy itself or what it keeps.
 */
const NOTICE = leadTimes.notice as LangTerms;
/**
 * "in advance", "im Voraus", "van tevoren", "i forvejen", "à l'avance", "con antelación", "in anticipo",
 * "wcześniej", "com antecedência": an adverb with no event after it. A duration it follows is a lead time
 * whoever gives the notice: "contact us at least 3 days in advance", "skontaktuj się z nami co najmniej 3 dni
 * wcześniej" is how early the person must ask, never how long data is kept. Not "before"/"przed"/"avant",
 * which take an event ("kept for 30 days before deletion") and still need a warning verb.
 */
const IN_ADVANCE = leadTimes.inAdvance as LangTerms;
/**
 * "one month's (written / prior) notice", "30 days notice", "en måneds varsel", "een maand opzegging", "30 jours
 * de préavis", "3-dniowym wyprzedzeniem": a notice noun right after a duration makes it a notice period, whoever
 * gives notice and whatever else the sentence keeps ("We keep your data for 2 years and will give you one
 * month's notice before we change this policy" read P1M beside P2Y). Not the nouns before a duration
 * ("Kündigungsfrist von drei Monaten"), which a keeping sentence may make its period (retention.ts
 * keptForThatPeriod).
 */
const NOTICE_NOUNS = leadTimes.noticeNouns as LangTerms;
/** How far after a duration its lead word may begin ("30 days in advance", "30 Tage vorher"). */
const REACH = 24;
/** How far before a duration its warning verb may end ("notify you", "Te avisaremos con", "vous informerons"). */
const BEFORE_REACH = 40;
/** At most this many words between the warning and the duration: the warning governs the duration. */
const GAP_WORDS = 3;

/**
 * "We will notify you 30 days before we delete your account", "Wir informieren Sie 30 Tage vorher", "nous vous
 * prévenons 30 jours avant", "con 30 giorni di preavviso": how long before the deletion the operator warns,
 * not how long the data is kept. The duration has a lead word right after it and a warning verb right before
 * it (at most three words between, no clause break): "We keep your data for 30 days before deleting it and
 * will notify you" keeps its period, and so does "As explained in this Privacy Notice, accounts are kept for
 * 30 days before they are erased". An "in advance" adverb right after the duration (IN_ADVANCE) is a lead time
 * with no warning verb. All asked of short slices alone, so not declared.
 */
export function isLeadTime(text: string, start: number, end: number, lang: Lang): boolean {
  const after = text.slice(end, end + REACH);
  if (rightAfter(IN_ADVANCE, after, lang) || rightAfter(NOTICE_NOUNS, after, lang)) return true;
  const lead = findAllOnce(AFTER, lang, after)[0];
  if (lead === undefined || after.slice(0, lead.start).trim() !== '') return false;
  const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
  const warning = findAllOnce(NOTICE, lang, before).at(-1);
  if (warning === undefined) return false;
  const gap = before.slice(warning.end);
  return !/[;:.!?]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= GAP_WORDS;
}

/** Whether a term of `terms` opens the text after a duration (an "in advance" adverb, a notice noun). */
function rightAfter(terms: LangTerms, after: string, lang: Lang): boolean {
  const word = findAllOnce(terms, lang, after)[0];
  return word !== undefined && after.slice(0, word.start).trim() === '';
}
