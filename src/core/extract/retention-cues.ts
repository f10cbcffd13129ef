/**
 * Whether a sentence speaks of keeping data at all: a keeping verb in a sense that keeps something, a
 * deletion, a relationship's term answering "how long?", a list intro holding the verb, or data that
 * remains somewhere; and a sentence granting rights that keeps or deletes nothing but in the rights' names.
 */
import type { Lang } from '../vocabulary';
import type { SentenceRef } from './context';
import { findDurations } from './durations';
import { findAll, findAllOnce, hasAny, isWholeTerm, type Span, within } from './lexicon';
import { keptDurations } from './retention-periods';
import {
  CUE,
  CUE_MASK,
  DELETION,
  FOR_THE_TERM,
  INDEFINITE,
  REMAIN_PLACE,
  REMAIN_VERB,
  REMAIN_WHAT,
  REMAIN_WHO,
} from './retention-tables';
import { grantsRight, rightsNamed, saidOfUs } from './rights';

/** Whether a sentence says it keeps or deletes data (`cue`), and whether the intro of its list says so (`introCue`). */
export function keepingSaid(ref: SentenceRef, lang: Lang): { cue: boolean; introCue: boolean } {
  const text = ref.sentence.text;
  // "We keep your data for: - Maximum 40 years": the list's intro holds the verb.
  const introCue = ref.ctx.segment.kind === 'list-item' && hasAny(CUE, lang, ref.ctx.intro);
  const cue =
    keepingCue(text, lang) ||
    hasAny(DELETION, lang, text) ||
    answersWithTerm(text, lang) ||
    introCue ||
    remainsSomewhere(text, lang);
  return { cue, introCue };
}

/** A keeping word that is not one of its senses that keep nothing (CUE_MASK). */
export function keepingCue(text: string, lang: Lang): boolean {
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
export function remainsSomewhere(text: string, lang: Lang): boolean {
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
export function onlyRightNames(text: string, lang: Lang): boolean {
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
export function answersWithTerm(text: string, lang: Lang): boolean {
  const first = findAll(FOR_THE_TERM, lang, text)[0];
  if (first === undefined || /[\p{L}\p{N}]/u.test(text.slice(0, first.start))) return false;
  const rest = text.slice(first.end);
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= TERM_ANSWER_WORDS || keptDurations(rest, lang).length > 0;
}
