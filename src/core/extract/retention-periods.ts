/**
 * Which durations of a sentence are how long data is kept: not an age, a contract's own period (notice,
 * trial, warranty) unless its clause keeps or deletes something, a deadline for a reply, a notice's lead
 * time, nor a cookie's lifetime.
 */
import type { Lang } from '../vocabulary';
import { explicitAges } from './children';
import { type Duration, findDurations } from './durations';
import { isLeadTime } from './lead-times';
import { findAllOnce, overlaps, type Span, within } from './lexicon';
import { clauseAround, clauseHasAny } from './negation';
import { CONTRACT_PERIODS, COOKIE_WORDS, CUE, DELETION, RESPONSE, WITHIN } from './retention-tables';

/**
 * The retention periods a sentence states (ISO 8601): its kept durations, none in a sentence about children,
 * but for ages, reply deadlines, notice lead times and cookie lifetimes.
 */
export function keptPeriods(text: string, lang: Lang, aboutChildren: boolean): string[] {
  const ages = explicitAges(text, lang);
  const kept = aboutChildren ? [] : keptDurations(text, lang);
  return kept
    .filter((d) => !ages.some((a) => overlaps(d, a)))
    .filter((d) => !isDeadline(text, d.start, lang))
    .filter((d) => !isLeadTime(text, d.start, d.end, lang))
    .filter((d) => !isCookieLifetime(text, d.start, lang, kept))
    .map((d) => d.iso);
}

/**
 * The durations of a text that may say how long data is kept: not a contract's own period ("Während der
 * Vertragslaufzeit beträgt die Kündigungsfrist drei Monate", "a 30-day free trial", "préavis de trois
 * mois"), unless its clause keeps or deletes something.
 */
export function keptDurations(text: string, lang: Lang): Duration[] {
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

export const keepsOrDeletes = (text: string, pos: number, lang: Lang): boolean =>
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
