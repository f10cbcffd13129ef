import type { Lang } from '../vocabulary';
import { foldKey, isAccentless, lowerTerm } from './accent-fold';
import {
  indexAlone,
  type LangIndex,
  type LangTerms,
  langIndex,
  lexiconId,
  registerDeclared,
  setAccentless,
  specLexiconId,
  termsFor,
  trimIndexes,
} from './lexicon-index';
import type { LexiconMatches, Span } from './match-records';
import { foldedText, forgetPreparedTexts, lowerCase, type Prepared, prepare } from './prepared-texts';
import type { TermSpec } from './term-index';
import { BEFORE, isLoose, rightBounded } from './term-syntax';

export {
  declareSpecs,
  declareTables,
  type LangTerms,
  ownThenEnglish,
  readSharedTerms,
  termsFor,
} from './lexicon-index';
export { overlaps, punctuatedClause, type Span, within } from './match-records';
export { expandTerm, LATIN_LETTERS } from './term-syntax';

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Joins terms into one alternation that matches whole words only. The left boundary is checked once,
 * outside the alternation; terms that begin with punctuation (", and we") go in a second group without it.
 */
export function boundedSource(terms: readonly string[]): string {
  const bounded = terms.filter((t) => !isLoose(t)).map(rightBounded);
  const loose = terms.filter(isLoose).map(rightBounded);
  const parts = [];
  if (bounded.length > 0) parts.push(`${BEFORE}(?:${bounded.join('|')})`);
  if (loose.length > 0) parts.push(`(?:${loose.join('|')})`);
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)';
}

/**
 * Forgets every prepared text (and starts over lexicon indexes that lexicons made on the fly have
 * swollen): extraction starts and ends each page with it, so no page pays for another.
 */
export function clearPreparedTexts(): void {
  forgetPreparedTexts();
  trimIndexes();
}

/**
 * Registers every declared lexicon of a language (declareTables) before its sentences are walked, so
 * each sentence is walked once: extraction starts each page with it.
 */
export function prepareLexicons(lang: Lang): void {
  registerDeclared(langIndex(lang), lang);
}

/**
 * Runs `read` over one page of `lang` made of `texts`: every prepared text forgotten before and after it
 * (so no page pays for another) and the language's lexicons registered first, folded when the page is
 * typed without accents (isAccentless).
 */
export function readingPage<T>(lang: Lang, texts: readonly { readonly text: string }[], read: () => T): T {
  clearPreparedTexts();
  setAccentless(isAccentless(texts, lang));
  prepareLexicons(lang);
  try {
    return read();
  } finally {
    clearPreparedTexts();
    setAccentless(false);
  }
}

/**
 * The key of tables built from the terms of `lang` as the page being read matches them: `fr`, or `fr~`
 * when the page is typed without accents and its terms are folded (accent-fold.ts).
 */
export function termsKey(lang: Lang): string {
  return foldKey(lang, langIndex(lang).fold);
}

const regexes = new WeakMap<LangTerms, Map<Lang, RegExp | null>>();

/**
 * The global regex of a lexicon entry for a language (cached), or null when empty. Match on lower case.
 * findAll and hasAny give what scanning with it gives (one match per start position); they just find it
 * faster, matching every lexicon at once.
 */
export function lexiconRegex(table: LangTerms, lang: Lang): RegExp | null {
  let perLang = regexes.get(table);
  if (!perLang) {
    perLang = new Map();
    regexes.set(table, perLang);
  }
  if (!perLang.has(lang)) {
    const terms = termsFor(table, lang);
    perLang.set(lang, terms.length > 0 ? new RegExp(boundedSource(terms), 'g') : null);
  }
  return perLang.get(lang) ?? null;
}

/**
 * The text in lower case with every character at its original offset (characters whose lower case
 * has another length, like "İ", stay as they are), so match offsets index the original text.
 */
export function lowerSameLength(text: string): string {
  return prepare(text).lower;
}

/**
 * lowerSameLength with the accents of `lang` folded (accent-fold.ts): the text lexicon terms are matched
 * in, at the offsets of the original; match it with sources folded by foldedTerm.
 */
export function foldedLower(text: string, lang: Lang): string {
  return foldedText(prepare(text), langIndex(lang).fold);
}

/** A lexicon term in lower case with the accents of `lang` folded, to match in foldedLower texts. */
export function foldedTerm(term: string, lang: Lang): string {
  return lowerTerm(term, langIndex(lang).fold);
}

const NONE: readonly Span[] = Object.freeze([]);

/**
 * Every lexicon's matches in a text, by lexicon id (lexiconIdOf): for callers that ask about many
 * lexicons and want the few that match.
 */
export function matchesIn(lang: Lang, text: string): LexiconMatches {
  return walked(langIndex(lang), prepare(text));
}

/**
 * The lexicons of a language as they stand (an opaque token): ids from lexiconIdOf hold while it stays
 * the same object (it changes only between pages, after lexicons made on the fly swelled the index).
 */
export function lexiconsOf(lang: Lang): object {
  return langIndex(lang).index;
}

/** A lexicon's id among the lexicons of its language (see matchesIn), or -1 when it has no terms. */
export function lexiconIdOf(table: LangTerms, lang: Lang): number {
  return lexiconId(langIndex(lang), table, lang);
}

/**
 * The id among the lexicons of a language (see matchesIn) of a lexicon given as TermSpecs, registered
 * under `key` the first time (`specs` makes them); -1 when it has none.
 */
export function specLexiconIdOf(key: object, lang: Lang, specs: () => readonly TermSpec[]): number {
  return specLexiconId(langIndex(lang), key, specs);
}

/**
 * The matches of every lexicon of a language's index in a prepared text (its accents folded as the
 * language folds them). The first question about a text matches every lexicon of the language in it at
 * once, for the questions to come; a text is walked again when lexicons were registered since (ones
 * nobody declared, as they are first used; see prepareLexicons).
 */
function walked(li: LangIndex, p: Prepared): LexiconMatches {
  const { index } = li;
  if (!p.matches || p.index !== index || p.indexSize !== index.size) {
    p.matches = index.match(foldedText(p, li.fold));
    p.index = index;
    p.indexSize = index.size;
  }
  return p.matches;
}

/** What one lexicon matches in a text asked about once (a slice of a sentence), without indexing it. */
function matchesOnce(table: LangTerms, lang: Lang, text: string): LexiconMatches | null {
  const li = langIndex(lang);
  const index = indexAlone(li, table, lang);
  if (!index) return null;
  const lower = li.fold ? li.fold(lowerCase(text)) : lowerCase(text);
  return index.mayMatch(lower) ? index.match(lower) : null;
}

/**
 * All non-empty matches of a lexicon entry in `text`, case-insensitively; matches may overlap (one per
 * start position), so "your e-mail" does not hide "e-mail address" from the longest-match contest.
 */
export function findAll(table: LangTerms, lang: Lang, text: string): readonly Span[] {
  const li = langIndex(lang);
  const id = lexiconId(li, table, lang);
  return id < 0 ? NONE : (walked(li, prepare(text)).get(id)?.spans ?? NONE);
}

/** Whether any term of a lexicon entry occurs in `text`, case-insensitively. */
export function hasAny(table: LangTerms, lang: Lang, text: string): boolean {
  const li = langIndex(lang);
  const id = lexiconId(li, table, lang);
  return id >= 0 && walked(li, prepare(text)).has(id);
}

/**
 * findAll for a text that is asked about once, like a slice of a sentence: the same answer, found by
 * matching this lexicon alone instead of every lexicon of the language.
 */
export function findAllOnce(table: LangTerms, lang: Lang, text: string): readonly Span[] {
  return matchesOnce(table, lang, text)?.get(0)?.spans ?? NONE;
}

/**
 * False when no slice of `text` holds a match of the lexicon (findAllOnce of every slice is empty): for
 * callers that ask about many slices of one sentence. True says nothing.
 */
export function mayMatchInSlices(table: LangTerms, lang: Lang, text: string): boolean {
  const last = lastSlices;
  const li = langIndex(lang);
  // The language's lexicons as the page reads them: a page typed without accents folds them (another index).
  if (last.text === text && last.table === table && last.li === li) return last.answer;
  const index = indexAlone(li, table, lang);
  const answer = index?.mayMatchInSlices(foldedText(prepare(text), li.fold)) ?? false;
  lastSlices = { text, table, li, answer };
  return answer;
}

/** The question mayMatchInSlices answered last: a sentence is asked about once per mention in it. */
let lastSlices: { text: string; table: LangTerms | null; li: LangIndex | null; answer: boolean } = {
  text: '',
  table: null,
  li: null,
  answer: false,
};

/** Whether a term of `table` is the whole of `word` (a word asked about alone: "our", "instance"). */
export function isWholeTerm(table: LangTerms, lang: Lang, word: string): boolean {
  return findAllOnce(table, lang, word).some((s) => s.start === 0 && s.end === word.length);
}

/** The terms of several lexicons, language by language, as one lexicon. */
export function joinedTerms(lists: readonly LangTerms[]): LangTerms {
  const joined: Partial<Record<Lang, readonly string[]>> = {};
  for (const list of lists)
    for (const [lang, terms] of Object.entries(list) as [Lang, readonly string[] | undefined][])
      joined[lang] = [...(joined[lang] ?? []), ...(terms ?? [])];
  return joined as LangTerms;
}

/** hasAny for a text that is asked about once (see findAllOnce). */
export function hasAnyOnce(table: LangTerms, lang: Lang, text: string): boolean {
  return matchesOnce(table, lang, text)?.has(0) ?? false;
}
