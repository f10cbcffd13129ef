import type { Lang } from '../vocabulary';

/**
 * Lexicon terms per language. A term is a small regular-expression source, written in lower case and
 * matched case-insensitively at word boundaries; `\w` in a term means one letter/digit of any script
 * (so `verzamel\w*` is a stem). `all` holds terms shared by every language (brand names, acronyms).
 */
export type LangTerms = Partial<Record<Lang | 'all', readonly string[]>>;

/**
 * A letter, mark, digit or hyphen of a lower-cased Latin-script text: what continues a word (compounds
 * like "E-Mail-Adresse" stay one word). Explicit ranges instead of Unicode properties keep the compiled
 * regexes small: all eleven languages are written in Latin script.
 */
export const LATIN_LETTERS = 'a-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
const WORD_CHAR = `[${LATIN_LETTERS}-]`;
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

/** Terms for a page in `lang`: its own language, English (pages mix in English terms) and shared ones. */
export function termsFor(table: LangTerms, lang: Lang): string[] {
  const own = table[lang] ?? [];
  const english = lang === 'en' ? [] : (table.en ?? []);
  return [...own, ...english, ...(table.all ?? [])];
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Expands the lexicon shorthand `\w` into a Unicode word-character class. */
export function expandTerm(term: string): string {
  return term.replace(/\\w/g, WORD_CHAR);
}

/** A term's source with its right boundary; terms ending in an apostrophe or punctuation ("n'") need none. */
function rightBounded(term: string): string {
  const source = expandTerm(term.toLowerCase());
  return /['’,;:.]$/.test(term) ? source : `${source}${AFTER}`;
}

/**
 * Joins terms into one alternation that matches whole words only. The left boundary is checked once,
 * outside the alternation, which keeps big lexicons fast; terms that begin with punctuation (", and we")
 * go in a second group without it.
 */
export function boundedSource(terms: readonly string[]): string {
  const bounded = terms.filter((t) => !/^[,;:.]/.test(t)).map(rightBounded);
  const loose = terms.filter((t) => /^[,;:.]/.test(t)).map(rightBounded);
  const parts = [];
  if (bounded.length > 0) parts.push(`${BEFORE}(?:${bounded.join('|')})`);
  if (loose.length > 0) parts.push(`(?:${loose.join('|')})`);
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)';
}

/** A text prepared for matching: lower-cased at the same offsets, and the beginnings of its words. */
interface Prepared {
  readonly lower: string;
  /** starts[k - 1]: every k-character string (k = 1..3) that begins at a word start. */
  readonly starts: readonly ReadonlySet<string>[];
}

const PREFIX = 3;
const prepared = new Map<string, Prepared>();
const PREPARED_CACHE = 64;
const WORD_CHAR_RE = new RegExp(WORD_CHAR);

/**
 * The text in lower case with every character at its original offset (characters whose lower case
 * has another length, like "İ", stay as they are), so match offsets index the original text.
 */
export function lowerSameLength(text: string): string {
  return prepare(text).lower;
}

function prepare(text: string): Prepared {
  const cached = prepared.get(text);
  if (cached) return cached;
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = Array.from(text, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
  }
  const starts = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (let i = 0; i < lower.length; i++) {
    if (i > 0 && WORD_CHAR_RE.test(lower[i - 1] ?? '')) continue;
    for (let k = 1; k <= PREFIX; k++) starts[k - 1]?.add(lower.slice(i, i + k));
  }
  if (prepared.size >= PREPARED_CACHE) prepared.clear();
  const result = { lower, starts };
  prepared.set(text, result);
  return result;
}

/**
 * The literal characters a term must begin with (up to three), or '' when it begins with a group,
 * a class or an optional character: a cheap test that skips lexicons with no possible match.
 */
function literalPrefix(term: string): string {
  let prefix = '';
  for (let i = 0; i < term.length && prefix.length < PREFIX; i++) {
    const c = term[i] ?? '';
    if ('\\()[]{}?*+|.^$'.includes(c) || /[?*{]/.test(term[i + 1] ?? '')) break;
    prefix += c.toLowerCase();
  }
  return prefix;
}

interface Compiled {
  readonly regex: RegExp;
  /** Literal prefixes of the terms; null when some term has none (the regex must always run). */
  readonly prefixes: readonly string[] | null;
}

const compiled = new WeakMap<LangTerms, Map<Lang, Compiled | null>>();

function compile(table: LangTerms, lang: Lang): Compiled | null {
  let perLang = compiled.get(table);
  if (!perLang) {
    perLang = new Map();
    compiled.set(table, perLang);
  }
  if (perLang.has(lang)) return perLang.get(lang) ?? null;
  const terms = termsFor(table, lang);
  let result: Compiled | null = null;
  if (terms.length > 0) {
    const prefixes = terms.map((t) => (/^[,;:.]/.test(t) ? '' : literalPrefix(t)));
    result = {
      regex: new RegExp(boundedSource(terms), 'g'),
      prefixes: prefixes.includes('') ? null : [...new Set(prefixes)],
    };
  }
  perLang.set(lang, result);
  return result;
}

/** The global regex of a lexicon entry for a language (cached), or null when empty. Match on lower case. */
export function lexiconRegex(table: LangTerms, lang: Lang): RegExp | null {
  return compile(table, lang)?.regex ?? null;
}

/** Whether some word of the text begins like some term (always true for terms without a literal start). */
function mayMatch(c: Compiled, p: Prepared): boolean {
  return c.prefixes === null || c.prefixes.some((prefix) => p.starts[prefix.length - 1]?.has(prefix));
}

/** A match of a lexicon in a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * All non-empty matches of a lexicon entry in `text`, case-insensitively; matches may overlap (one per
 * start position), so "your e-mail" does not hide "e-mail address" from the longest-match contest.
 */
export function findAll(table: LangTerms, lang: Lang, text: string): Span[] {
  const c = compile(table, lang);
  if (!c) return [];
  const p = prepare(text);
  if (!mayMatch(c, p)) return [];
  const spans: Span[] = [];
  const regex = c.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(p.lower); m; m = regex.exec(p.lower)) {
    if (m[0].length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
    regex.lastIndex = m.index + 1;
  }
  regex.lastIndex = 0;
  return spans;
}

/** Whether any term of a lexicon entry occurs in `text`, case-insensitively. */
export function hasAny(table: LangTerms, lang: Lang, text: string): boolean {
  const c = compile(table, lang);
  if (!c) return false;
  const p = prepare(text);
  if (!mayMatch(c, p)) return false;
  c.regex.lastIndex = 0;
  const found = c.regex.test(p.lower);
  c.regex.lastIndex = 0;
  return found;
}
