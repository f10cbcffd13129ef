import type { Lang } from '../vocabulary';
import { findAllOnce, type LangTerms } from './lexicon';
import leadTimes from './lexicon/lead-times.json';
import { clauseHasAny } from './negation';

/** "before", "prior to", "vorher", "avant", "przed", "days' notice": what follows a lead time. */
const AFTER = leadTimes.after as LangTerms;
/** "notify", "inform", "benachrichtigen", "prévenir", "powiadomimy": the warning the lead time is of. */
const NOTICE = leadTimes.notice as LangTerms;
/** How far after a duration its lead word may begin ("30 days in advance", "30 Tage vorher"). */
const REACH = 24;

/**
 * "We will notify you 30 days before we delete your account", "Wir informieren Sie 30 Tage vorher", "nous vous
 * prévenons 30 jours avant", "con 30 giorni di preavviso": how long before the deletion the operator warns,
 * not how long the data is kept. Both asked alone (a slice, a clause), so not declared: few sentences have a
 * duration.
 */
export function isLeadTime(text: string, end: number, lang: Lang): boolean {
  const after = text.slice(end, end + REACH);
  const lead = findAllOnce(AFTER, lang, after)[0];
  return (
    lead !== undefined &&
    after.slice(0, lead.start).trim() === '' &&
    clauseHasAny(NOTICE, text, end - 1, lang)
  );
}
