import type { Lang } from '../vocabulary';
import { declareTables, findAll, findAllOnce, type LangTerms, mayMatchInSlices, type Span } from './lexicon';
import negation from './lexicon/negation.json';

const CLAUSE_BREAKS = negation.clauseBreaks as LangTerms;
/** Phrases holding a negation word that negate nothing: "including but not limited to", "sans s'y limiter". */
const NOT_NEGATING = negation.notNegating as LangTerms;
declareTables([CLAUSE_BREAKS, NOT_NEGATING]);
const negatorTables = new Map<Lang, LangTerms>();

/**
 * Negation words of a language plus English ones for mixed pages; English "no" only on English pages,
 * because elsewhere it is a preposition or article (Portuguese "no servidor").
 */
function negators(lang: Lang): LangTerms {
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

/** The clause breaks of the text asked about last: a sentence is asked about once per mention in it. */
let lastBreaks: { text: string; lang: Lang; breaks: readonly Span[] } | null = null;

function breaksIn(text: string, lang: Lang): readonly Span[] {
  if (lastBreaks?.text === text && lastBreaks.lang === lang) return lastBreaks.breaks;
  const breaks = [
    ...findAll(CLAUSE_BREAKS, lang, text),
    ...Array.from(text.matchAll(HARD_BREAK), (m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  lastBreaks = { text, lang, breaks };
  return breaks;
}

/** The clause of `text` around position `pos`: bounded by semicolons and words like "but", "unless". */
export function clauseAround(text: string, pos: number, lang: Lang): Span {
  let start = 0;
  let end = text.length;
  for (const b of breaksIn(text, lang)) {
    if (b.end <= pos && b.end > start) start = b.end;
    if (b.start >= pos && b.start < end) end = b.start;
  }
  return { start, end };
}

/** A bracketed aside, "(which is not shown publicly)": what it denies stays inside it. */
const ASIDE = /\([^()]*\)/g;

/** The asides of the text asked about last, in text order: a sentence is asked about once per mention. */
let lastAsides: { text: string; asides: readonly Span[] } | null = null;

function asidesIn(text: string): readonly Span[] {
  if (lastAsides?.text === text) return lastAsides.asides;
  const asides = text.includes('(')
    ? Array.from(text.matchAll(ASIDE), (m) => ({ start: m.index, end: m.index + m[0].length }))
    : [];
  lastAsides = { text, asides };
  return asides;
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

/** Whether position `at` lies in a bracketed aside of `text` that does not hold `pos`. */
function inOtherAside(text: string, at: number, pos: number): boolean {
  const aside = asideAround(asidesIn(text), at);
  return aside !== undefined && !(aside.start < pos && pos < aside.end);
}

/**
 * Whether `text` between `from` and `to` holds a negation word about `pos`: not part of a phrase that
 * negates nothing ("including, but not limited to, your name"), nor inside a bracketed aside that does not
 * hold `pos` ("your e-mail address (not shown publicly), full name").
 */
function negationBetween(text: string, from: number, to: number, pos: number, lang: Lang): boolean {
  const found = findAllOnce(negators(lang), lang, text.slice(from, to)).filter(
    (n) => !inOtherAside(text, from + n.start, pos),
  );
  if (found.length === 0) return false;
  const phrases = findAll(NOT_NEGATING, lang, text);
  if (phrases.length === 0) return true;
  return found.some((n) => !phrases.some((p) => p.start <= from + n.start && from + n.end <= p.end));
}

/** Whether a negation word precedes `pos` in its clause ("we do not collect health data"). */
export function negatedBefore(text: string, pos: number, lang: Lang): boolean {
  // Most sentences hold no negation word at all: then none of their clauses does.
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const clause = clauseAround(text, pos, lang);
  return negationBetween(text, clause.start, pos, pos, lang);
}

/** Whether the clause around `pos` holds a negation anywhere ("wir verkaufen Ihre Daten nicht"). */
export function negatedClause(text: string, pos: number, lang: Lang): boolean {
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const clause = clauseAround(text, pos, lang);
  return negationBetween(text, clause.start, clause.end, pos, lang);
}

/**
 * Whether a negation word stands right before or after `span` in its clause, within `reach` characters
 * and no comma ("we do not collect", "Vi indsamler ikke", "Wir erheben keine"): a negation of that very
 * word.
 */
export function negatedNear(text: string, span: Span, reach: number, lang: Lang): boolean {
  if (!mayMatchInSlices(negators(lang), lang, text)) return false;
  const clause = clauseAround(text, span.start, lang);
  let from = Math.max(clause.start, span.start - reach);
  let to = Math.min(clause.end, span.end + reach);
  // A comma parts the cue from a negation beside it: "If not, we collect:", "We collect, if you agree:".
  const commaBefore = text.lastIndexOf(',', span.start - 1);
  if (commaBefore >= from) from = commaBefore + 1;
  const commaAfter = text.indexOf(',', span.end);
  if (commaAfter >= 0 && commaAfter < to) to = commaAfter;
  return negationBetween(text, from, to, span.start, lang);
}

/** The clause text around `pos`. */
export function clauseText(text: string, pos: number, lang: Lang): string {
  const clause = clauseAround(text, pos, lang);
  return text.slice(clause.start, clause.end);
}
