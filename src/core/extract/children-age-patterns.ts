/**
 * Where a text states an age: the age patterns ({n}, digits or a number word of the language or English,
 * within the ages a policy can mean as a minimum age), not a number followed by weeks or months, years from an
 * event, a requirement denied, nor a number inside a range of ages.
 */
import type { Lang } from '../vocabulary';
import { negatedRequirementBefore, subYearUnitAt, yearsNotAgesAt } from './age-limits';
import {
  AGE_RANGES,
  AGES,
  AGES_WITH_CHILDREN,
  BELOW_BEFORE_RANGE,
  NUMBER_WORDS,
  ORDINALS,
} from './children-tables';
import {
  expandTerm,
  LATIN_LETTERS,
  type LangTerms,
  lowerSameLength,
  ownThenEnglish,
  type Span,
  termsFor,
} from './lexicon';

/** Ages a policy can mean as a minimum age; other numbers near "children" are something else. */
export const MIN_AGE = 10;
export const MAX_AGE = 21;

const ageRegexes = new Map<LangTerms, Map<Lang, RegExp[]>>();

const numberWords = new Map<Lang, ReadonlyMap<string, number>>();

export function numberWordsOf(lang: Lang): ReadonlyMap<string, number> {
  let words = numberWords.get(lang);
  if (!words) {
    const found = new Map<string, number>();
    for (const l of ownThenEnglish(lang)) {
      for (const [w, v] of Object.entries(NUMBER_WORDS[l] ?? {}))
        if (v >= MIN_AGE && v <= MAX_AGE) found.set(w, v);
    }
    for (const [w, v] of Object.entries(ORDINALS[lang] ?? {})) found.set(w, v);
    words = found;
    numberWords.set(lang, words);
  }
  return words;
}

/** Age patterns with `{n}` (digits or a number word) as their one capture group. */
function agePatterns(table: LangTerms, lang: Lang): RegExp[] {
  let perLang = ageRegexes.get(table);
  if (!perLang) {
    perLang = new Map();
    ageRegexes.set(table, perLang);
  }
  let list = perLang.get(lang);
  if (!list) {
    const words = [...numberWordsOf(lang).keys()].sort((a, b) => b.length - a.length).join('|');
    const n = `(\\d{1,2}|${words})`;
    list = termsFor(table, lang).map(
      (p) =>
        new RegExp(
          `(?<![${LATIN_LETTERS}])${expandTerm(p.toLowerCase()).replace('{n}', n)}(?![${LATIN_LETTERS}])`,
          'gd',
        ),
    );
    perLang.set(lang, list);
  }
  return list;
}

export interface AgeMatch {
  readonly age: number;
  readonly start: number;
  readonly end: number;
}

const numberTokens = new Map<Lang, RegExp>();
const DIGIT = /\d/;
/** A letter or digit ending a text: the code point before a number word, in the two code units before it. */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * Whether a lower-cased text holds a digit or a number word: every age pattern holds `{n}` outside any
 * group, so a text without one cannot match (a unit test keeps the patterns so).
 */
export function mayHoldAge(lower: string, lang: Lang): boolean {
  if (DIGIT.test(lower)) return true;
  let regex = numberTokens.get(lang);
  if (!regex) {
    regex = new RegExp(`(?:${[...numberWordsOf(lang).keys()].join('|')})`, 'gu');
    numberTokens.set(lang, regex);
  }
  // A number word only where a word starts: "ten" is in "often", "content", "written", which let nearly
  // every sentence run the age patterns (review of session 12's extraction cost). The start is checked on
  // the words found, not as a lookbehind the engine would try at every position of the text.
  regex.lastIndex = 0;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    if (!WORD_BEFORE.test(lower.slice(Math.max(0, m.index - 2), m.index))) {
      regex.lastIndex = 0;
      return true;
    }
    regex.lastIndex = m.index + 1;
  }
  return false;
}

export function ageMatches(text: string, lang: Lang, tables: readonly LangTerms[]): AgeMatch[] {
  const words = numberWordsOf(lang);
  const found: AgeMatch[] = [];
  const lower = lowerSameLength(text);
  if (!mayHoldAge(lower, lang)) return found;
  let ranges: readonly Span[] | null = null;
  for (const table of tables) {
    for (const regex of agePatterns(table, lang)) {
      for (const m of lower.matchAll(regex)) {
        const token = m[1] ?? '';
        const age = /^\d+$/.test(token) ? Number.parseInt(token, 10) : (words.get(token) ?? 0);
        if (age < MIN_AGE || age > MAX_AGE) continue;
        // "âgés de 10 semaines à 3 ans": weeks or months are an infant's age, no minimum age.
        const numberEnd = m.indices?.[1]?.[1] ?? m.index + m[0].length;
        if (subYearUnitAt(lower, numberEnd, lang)) continue;
        // "vanaf 16 jaar na je lidmaatschap", "18 ans d'ancienneté": years from an event or of a career, no age.
        if (yearsNotAgesAt(lower, numberEnd, lang)) continue;
        // "Users do not need to have reached the age of 18": a requirement denied is no minimum age.
        if (negatedRequirementBefore(lower, m.index, lang)) continue;
        const at = m.indices?.[1]?.[0] ?? m.index;
        ranges ??= rangesIn(lower, lang);
        if (ranges.some((r) => at >= r.start && at < r.end)) continue;
        found.push({ age, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return found;
}

const rangeRegexes = new Map<Lang, RegExp>();

/** Where a lower-cased text joins two numbers as a range ("13–16", "13 bis 16", "between 13 and 16"). */
function rangesIn(lower: string, lang: Lang): Span[] {
  let regex = rangeRegexes.get(lang);
  if (!regex) {
    const alternatives = termsFor(AGE_RANGES, lang).map(expandTerm);
    const below = termsFor(BELOW_BEFORE_RANGE, lang).map(expandTerm);
    const before = below.length > 0 ? `(?:(${below.join('|')}) )?` : '';
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${before}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    rangeRegexes.set(lang, regex);
  }
  return Array.from(lower.matchAll(regex), (m) => {
    const end = m.index + m[0].length;
    if (m[1] === undefined) return { start: m.index, end };
    // After "under": the range begins after its first number, which stays an age.
    const afterBelow = m.index + m[1].length + 1;
    const first = /\d+/.exec(lower.slice(afterBelow, end));
    return { start: first === null ? m.index : afterBelow + first.index + first[0].length, end };
  });
}

/** The ages a sentence states, within the range of minimum ages; bare "16 år" only next to "children". */
export function agesIn(text: string, lang: Lang, aboutChildren: boolean): number[] {
  return ageMatches(text, lang, aboutChildren ? [AGES, AGES_WITH_CHILDREN] : [AGES]).map((m) => m.age);
}

/** Where a text states an age explicitly ("under 16 years of age"): such numbers are not durations. */
export function explicitAges(text: string, lang: Lang): AgeMatch[] {
  return ageMatches(text, lang, [AGES]);
}
