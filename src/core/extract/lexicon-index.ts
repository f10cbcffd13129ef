import type { Lang } from '../vocabulary';
import { type AccentFold, accentFoldOf, foldKey, foldTerm, lowerTerm } from './accent-fold';
import { type Boundary, prepareTerms, TermIndex, type TermSpec } from './term-index';
import { expandTerm, isLoose, needsRightBound, WORD_RANGES } from './term-syntax';

/**
 * Lexicon terms per language. A term is a small regular-expression source, written in lower case and
 * matched case-insensitively at word boundaries; `\w` in a term means one letter/digit of any script
 * (so `verzamel\w*` is a stem). `all` holds terms shared by every language (brand names, acronyms).
 */
export type LangTerms = Partial<Record<Lang | 'all', readonly string[]>>;

/** The languages a page in `lang` is read in: its own, then English (pages mix in English terms). */
export function ownThenEnglish(lang: Lang): Lang[] {
  return lang === 'en' ? ['en'] : [lang, 'en'];
}

/** Terms for a page in `lang`: its own language, English (pages mix in English terms) and shared ones. */
export function termsFor(table: LangTerms, lang: Lang): string[] {
  const own = table[lang] ?? [];
  const english = lang === 'en' ? [] : (table.en ?? []);
  return [...own, ...english, ...(table.all ?? [])];
}

/** Lexicon terms are whole words: no letter, digit or hyphen before or after. */
const WORDS: Boundary = { ranges: WORD_RANGES, wordTails: true };

/**
 * `[A-Z${LATIN_LETTERS}]`: letters in both cases and digits, no hyphen: the boundary of service names,
 * the second boundary of a language's index (TermSpec.second).
 */
export const NAMES: Boundary = {
  ranges: [[0x41, 0x5a], ...WORD_RANGES.filter(([a]) => a !== 0x2d)],
  wordTails: false,
};

/**
 * A lexicon term as the index takes it (matched like rightBounded(term), after BEFORE unless loose), its
 * accents folded as the language folds texts (accent-fold.ts).
 */
function termSpec(term: string, fold: AccentFold | null): TermSpec {
  const lower = lowerTerm(term, fold);
  return {
    pattern: lower,
    regex: expandTerm(lower),
    rightBound: needsRightBound(term),
    loose: isLoose(term),
  };
}

/** A TermSpec with its accents folded like the texts it is matched in. */
function foldSpec(spec: TermSpec, fold: AccentFold | null): TermSpec {
  return fold ? { ...spec, pattern: foldTerm(fold, spec.pattern), regex: foldTerm(fold, spec.regex) } : spec;
}

/** Every lexicon used on pages of one language, indexed together; and each one alone, for one-off texts. */
export interface LangIndex {
  readonly index: TermIndex;
  /** Lexicon (or the key of a lexicon of TermSpecs) -> its id in the index, or -1 when it has no terms. */
  readonly ids: Map<object, number>;
  readonly alone: Map<LangTerms, TermIndex | null>;
  /** How the language folds accents in texts and terms (accent-fold.ts); null: it folds none. */
  readonly fold: AccentFold | null;
  /** Whether every declared lexicon is registered (registerDeclared). */
  complete: boolean;
}

/** The indexes by language, and by whether they fold accents (key `fr` or `fr~`). */
const indexes = new Map<string, LangIndex>();
/** The index asked for last: a page asks for its language's thousands of times (trimIndexes forgets it). */
let last: LangIndex | null = null;
let lastLang: Lang | null = null;
/** Whether the page being read is typed without accents (setAccentless): its terms are matched folded. */
let accentless = false;

/**
 * Says whether the page about to be read is typed without accents: its lexicons are then matched with
 * their accents folded (accent-fold.ts); a page typed with accents is matched as written.
 */
export function setAccentless(value: boolean): void {
  if (value === accentless) return;
  accentless = value;
  last = null;
  lastLang = null;
}

export function langIndex(lang: Lang): LangIndex {
  if (lang === lastLang && last) return last;
  const fold = accentless ? accentFoldOf(lang) : null;
  const key = foldKey(lang, fold);
  let li = indexes.get(key);
  if (!li) {
    li = {
      index: new TermIndex(WORDS, NAMES),
      ids: new Map(),
      alone: new Map(),
      fold,
      complete: false,
    };
    indexes.set(key, li);
  }
  last = li;
  lastLang = lang;
  return li;
}

/** More lexicons than the code holds means callers make them on the fly. */
const MAX_LEXICONS = 2000;

/**
 * Drops the indexes of languages that hold too many lexicons, to start them over; called between pages
 * only, so that lexicon ids stay the same through a page.
 */
export function trimIndexes(): void {
  for (const [key, li] of indexes) {
    if (li.index.size > MAX_LEXICONS || li.alone.size > MAX_LEXICONS) indexes.delete(key);
  }
  last = null;
  lastLang = null;
}

/** The id of a lexicon in the index of its language (registering it), or -1 when it has no terms. */
export function lexiconId(li: LangIndex, table: LangTerms, lang: Lang): number {
  let id = li.ids.get(table);
  if (id === undefined) {
    const terms = termsFor(table, lang);
    id = terms.length > 0 ? li.index.register(terms.map((t) => termSpec(t, li.fold))) : -1;
    li.ids.set(table, id);
  }
  return id;
}

/** The id of a lexicon given as TermSpecs (made once, by `specs`), registered under `key`; -1 if empty. */
export function specLexiconId(li: LangIndex, key: object, specs: () => readonly TermSpec[]): number {
  let id = li.ids.get(key);
  if (id === undefined) {
    const list = specs().map((s) => foldSpec(s, li.fold));
    id = list.length > 0 ? li.index.register(list) : -1;
    li.ids.set(key, id);
  }
  return id;
}

/** A lexicon that extraction matches whole sentences against: a table, or TermSpecs made under a key. */
type Declared =
  | { readonly table: LangTerms }
  | { readonly key: object; readonly specs: () => readonly TermSpec[] };

const declared: Declared[] = [];

/**
 * Declares lexicons to register up front (registerDeclared): a lexicon registered after sentences were
 * walked makes them be walked again, so extractors declare, as their modules load, the ones they ask
 * findAll / hasAny / typedMatches about.
 */
export function declareTables(tables: readonly (LangTerms | undefined)[]): void {
  for (const table of tables) if (table) declared.push({ table });
}

/** Declares a lexicon given as TermSpecs (see specLexiconId): `specs` is called when it is registered. */
export function declareSpecs(key: object, specs: () => readonly TermSpec[]): void {
  declared.push({ key, specs });
}

/**
 * Registers every declared lexicon in the index of a language, once: one trie build per language, and
 * one walk per sentence. Lexicons that nobody declared are still registered when first used.
 */
export function registerDeclared(li: LangIndex, lang: Lang): void {
  if (li.complete) return;
  li.complete = true;
  for (const d of declared) {
    if ('table' in d) lexiconId(li, d.table, lang);
    else specLexiconId(li, d.key, d.specs);
  }
}

/** An index of one lexicon (its id is 0), or null when it has no terms for the language. */
export function indexAlone(li: LangIndex, table: LangTerms, lang: Lang): TermIndex | null {
  let index = li.alone.get(table);
  if (index === undefined) {
    const terms = termsFor(table, lang);
    index = terms.length > 0 ? new TermIndex(WORDS) : null;
    index?.register(terms.map((t) => termSpec(t, li.fold)));
    li.alone.set(table, index);
  }
  return index;
}

/**
 * Reads, ahead of any page, the declared terms every language's index holds (English and shared ones,
 * as written), and compiles the regexes that confirm them: what does not depend on the page's language,
 * so that an idle moment pays for it (the background's warmUp).
 */
export function readSharedTerms(): void {
  for (const d of declared) {
    const specs =
      'table' in d
        ? [...(d.table.en ?? []), ...(d.table.all ?? [])].map((t) => termSpec(t, null))
        : d.specs();
    prepareTerms(specs, WORDS, NAMES);
  }
}
