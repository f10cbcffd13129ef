/**
 * Deletions that bound how long data lives without a written retention: data deleted every period, all of it
 * (a recurrence beside a deletion that takes no selection of the data), or on a fixed date of the calendar.
 */
import type { Lang } from '../vocabulary';
import { type Duration, findRecurrences } from './durations';
import { findAll, findAllOnce, overlaps, type Span } from './lexicon';
import { clauseHasAny } from './negation';
import type { Deletions } from './retention-deletions';
import {
  CRITERIA,
  DATE_START,
  DELETION_CONDITION,
  DELETION_DATE,
  DELETION_ROUTINE,
  DELETION_STATE,
  FOR_THE_TERM,
  JOINS,
  NO_LONGER_NEEDED,
  RELATIVE,
  REVIEW,
} from './retention-tables';
import { grantsRight } from './rights';

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
export function periodicDeletions(text: string, lang: Lang, d: Deletions): string[] {
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

/**
 * A recurrence beside a kept deletion is its "when" too ("alle 6 Monate", "tous les 6 mois", "var sjätte
 * månad" are no deletionWhen words): "Die Daten werden alle 6 Monate gelöscht, sofern Sie nicht
 * verlängern" states no period (selectiveDeletion) but still a rule.
 */
export function recursBeside(text: string, lang: Lang, d: Deletions): boolean {
  return recurringDeletions(text, lang, d).length > 0;
}

/** The operator deletes data on a fixed date of the calendar ("every year on 1 April we delete ..."). */
export function scheduledIn(text: string, lang: Lang, d: Deletions): boolean {
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
