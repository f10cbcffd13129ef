import type { Lang } from '../vocabulary';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAnyOnce,
  joinedTerms,
  type LangTerms,
  lexiconsOf,
  mayMatchInSlices,
  type Span,
} from './lexicon';
import negation from './lexicon/negation.json';
import {
  type Cover,
  countAtMost,
  coverOf,
  covers,
  type NegationIndex,
  negationIndex,
  negationWithin,
} from './negation-spans';

/**
 * Words that end a clause: "but", "unless", "except", and the breaks that open a clause saying "only"
 * ("and only", "qu'avec"), which recipients.ts also reads as "only".
 */
export const CLAUSE_BREAKS = joinedTerms([
  negation.clauseBreaks as LangTerms,
  negation.onlyBreaks as LangTerms,
]);
/** Phrases holding a negation word that negate nothing: "including but not limited to", "sans s'y limiter". */
const NOT_NEGATING = negation.notNegating as LangTerms;
declareTables([CLAUSE_BREAKS, NOT_NEGATING]);
const negatorTables = new Map<Lang, LangTerms>();

/**
 * Negation words of a language plus English ones for mixed pages; English "no" only on English pages,
 * because elsewhere it is a preposition or article (Portuguese "no servidor").
 */
export function negators(lang: Lang): LangTerms {
  let table = negatorTables.get(lang);
  if (!table) {
    const own = (negation.negators as Record<string, string[]>)[lang] ?? [];
    table = lang === 'en' ? { en: own } : { [lang]: own, all: negation.englishInOtherLanguages };
    negatorTables.set(lang, table);
  }
  return table;
}

/** Punctuation that always ends a clause. */
const HARD_BREAK = /[;•]|\s[–—]\s/g;

/**
 * What was found in the sentence asked about last, each part when first needed: a sentence is asked about
 * once per mention in it. It holds for its text, its language and the lexicons the language reads it with
 * (another object when a page typed without accents folds them, or after a trim).
 */
interface Findings {
  readonly text: string;
  readonly lang: Lang;
  readonly lexicons: object;
  /** Its clause breaks (breaksIn). */
  breaks: Breaks | null;
  /** Its bracketed asides, in text order (asidesIn). */
  asides: readonly Span[] | null;
  /** Its phrases that negate nothing (notNegatingIn). */
  phrases: Cover | null;
  /** Its negations, for long windows (sentenceNegations). */
  negations: NegationIndex | null;
  /** What its clauses hold, by lexicon and clause (clauseHasAny). */
  held: Map<LangTerms, Map<number, boolean>> | null;
}

let last: Findings | null = null;

function findingsOf(text: string, lang: Lang): Findings {
  const lexicons = lexiconsOf(lang);
  if (last !== null && last.text === text && last.lang === lang && last.lexicons === lexicons) return last;
  last = { text, lang, lexicons, breaks: null, asides: null, phrases: null, negations: null, held: null };
  return last;
}

/**
 * The clause breaks of a text: their ends and their starts, each in ascending order, so the clause around
 * a position is found by halving.
 */
interface Breaks {
  readonly ends: readonly number[];
  readonly starts: readonly number[];
}

function breaksIn(f: Findings): Breaks {
  if (f.breaks) return f.breaks;
  const { text, lang } = f;
  const spans = [
    ...findAll(CLAUSE_BREAKS, lang, text),
    ...Array.from(text.matchAll(HARD_BREAK), (m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  f.breaks = {
    ends: spans.map((b) => b.end).sort((a, b) => a - b),
    starts: spans.map((b) => b.start).sort((a, b) => a - b),
  };
  return f.breaks;
}

/**
 * The clause of `text` around position `pos`: bounded by semicolons and words like "but", "unless" (from
 * the last break that ends at or before `pos` to the first that starts at or after it).
 */
export function clauseAround(text: string, pos: number, lang: Lang): Span {
  return clauseIn(findingsOf(text, lang), pos);
}

function clauseIn(f: Findings, pos: number): Span {
  const { ends, starts } = breaksIn(f);
  const before = ends[countAtMost(ends, pos) - 1];
  const after = starts[countAtMost(starts, pos - 1)];
  return { start: before !== undefined && before > 0 ? before : 0, end: after ?? f.text.length };
}

/** A bracketed aside, "(which is not shown publicly)": what it denies stays inside it. */
const ASIDE = /\([^()]*\)/g;

function asidesIn(f: Findings): readonly Span[] {
  if (f.asides) return f.asides;
  const { text } = f;
  f.asides = text.includes('(')
    ? Array.from(text.matchAll(ASIDE), (m) => ({ start: m.index, end: m.index + m[0].length }))
    : [];
  return f.asides;
}

/** The aside of `asides` (in text order, apart) strictly around position `at`, found by halving. */
function asideAround(asides: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = asides.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const a = asides[mid];
    if (a === undefined || a.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const a = asides[lo];
  return a !== undefined && a.start < at && at < a.end ? a : undefined;
}

/** Whether position `at` lies in a bracketed aside of the sentence that does not hold `pos`. */
function inOtherAside(f: Findings, at: number, pos: number): boolean {
  const aside = asideAround(asidesIn(f), at);
  return aside !== undefined && !(aside.start < pos && pos < aside.end);
}

/**
 * A window of a sentence up to this long is read for negations by matching them in the window itself;
 * a longer one (clauses of real policies stay well below it) from the negations of the whole sentence,
 * found once (sentenceNegations), so a page of endless clauses costs each mention O(log n), not O(n).
 */
export const SLICE_WINDOW = 1000;

/** What the sentence negates nothing in: its "including but not limited to" phrases. */
function notNegatingIn(f: Findings): Cover {
  f.phrases ??= coverOf(findAll(NOT_NEGATING, f.lang, f.text));
  return f.phrases;
}

/** The negation words of the sentence that negate (not in a phrase that negates nothing), found once. */
function sentenceNegations(f: Findings): NegationIndex {
  if (f.negations) return f.negations;
  const phrases = notNegatingIn(f);
  const negating = findAllOnce(negators(f.lang), f.lang, f.text).filter(
    (n) => !covers(phrases, n.start, n.end),
  );
  const asides = asidesIn(f);
  f.negations = negationIndex(negating, (at) => asideAround(asides, at));
  return f.negations;
}

/**
 * Whether `text` between `from` and `to` holds a negation word about `pos`: not part of a phrase that
 * negates nothing ("including, but not limited to, your name"), nor inside a bracketed aside that does not
 * hold `pos` ("your e-mail address (not shown publicly), full name").
 */
/** How far past a window a negator's lookahead may read (the nobody words' reach to an exception word). */
const LOOK_AHEAD = 72;

function negationBetween(f: Findings, from: number, to: number, pos: number): boolean {
  if (to - from > SLICE_WINDOW)
    return negationWithin(sentenceNegations(f), from, to, asideAround(asidesIn(f), pos));
  // The slice runs on past the window so that a negator may look ahead ("nobody" denies only before an
  // exception word, "Nobody except our processors"; negation.json), but counts only inside the window.
  const found = findAllOnce(negators(f.lang), f.lang, f.text.slice(from, to + LOOK_AHEAD)).filter(
    (n) => n.end <= to - from && !inOtherAside(f, from + n.start, pos),
  );
  if (found.length === 0) return false;
  const phrases = notNegatingIn(f);
  return found.some((n) => !covers(phrases, from + n.start, from + n.end));
}

/** Whether a negation word precedes `pos` in its clause ("we do not collect health data"). */
export function negatedBefore(text: string, pos: number, lang: Lang): boolean {
  // Most sentences hold no negation word at all: then none of their clauses does.
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const f = findingsOf(text, lang);
  return negationBetween(f, clauseIn(f, pos).start, pos, pos);
}

/** Whether the clause around `pos` holds a negation anywhere ("wir verkaufen Ihre Daten nicht"). */
export function negatedClause(text: string, pos: number, lang: Lang): boolean {
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const f = findingsOf(text, lang);
  const clause = clauseIn(f, pos);
  return negationBetween(f, clause.start, clause.end, pos);
}

/**
 * Whether a negation word stands right before or after `span` in its clause, within `reach` characters
 * and no comma ("we do not collect", "Vi indsamler ikke", "Wir erheben keine"): a negation of that very
 * word.
 */
export function negatedNear(text: string, span: Span, reach: number, lang: Lang): boolean {
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const f = findingsOf(text, lang);
  const clause = clauseIn(f, span.start);
  let from = Math.max(clause.start, span.start - reach);
  let to = Math.min(clause.end, span.end + reach);
  // A comma parts the cue from a negation beside it: "If not, we collect:", "We collect, if you agree:".
  const commaBefore = text.lastIndexOf(',', span.start - 1);
  if (commaBefore >= from) from = commaBefore + 1;
  const commaAfter = text.indexOf(',', span.end);
  if (commaAfter >= 0 && commaAfter < to) to = commaAfter;
  return negationBetween(f, from, to, span.start);
}

/**
 * Whether the clause around `pos` holds a term of `table` (hasAnyOnce of the clause's text), asked once per
 * clause: the mentions of one long clause ("we sell ... and sell ... and sell ...") share the answer.
 */
export function clauseHasAny(table: LangTerms, text: string, pos: number, lang: Lang): boolean {
  const f = findingsOf(text, lang);
  f.held ??= new Map();
  let byClause = f.held.get(table);
  if (!byClause) {
    byClause = new Map();
    f.held.set(table, byClause);
  }
  const clause = clauseIn(f, pos);
  const key = clause.start * (text.length + 1) + clause.end;
  let held = byClause.get(key);
  if (held === undefined) {
    held = hasAnyOnce(table, lang, text.slice(clause.start, clause.end));
    byClause.set(key, held);
  }
  return held;
}
