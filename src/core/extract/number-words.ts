import type { Lang } from '../vocabulary';
import { escapeRegExp, foldedTerm, ownThenEnglish, termsKey } from './lexicon';
import durations from './lexicon/durations.json';
import numbers from './lexicon/numbers.json';

/**
 * Numbers written in words, in the page language and English: the single words of numbers.json ("fem",
 * "dodici", "zwei") and the compounds 21..99 built by each language's rule in durations.json
 * ("vierundzwanzig", "tjuefire", "vingt-quatre", "treinta y seis").
 */
export interface NumberWords {
  /** A regex source (no capture groups) matching any number word or compound, compounds first. */
  readonly source: string;
  /** A regex source matching the single words only (a repetition in brackets: "5 (fem)"). */
  readonly wordSource: string;
  /** The value of a matched number word or compound; null when it is none. */
  value(token: string): number | null;
}

/** How a language writes 21..99 in words: `forms` join a word of `tens` ({t}) and one of `units` ({u}). */
interface CompoundRule {
  readonly forms: readonly string[];
  readonly tens: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, number>>;
}

/** One way of writing 21..99: the tens word and the unit word, in the order the form puts them. */
interface CompoundForm {
  readonly source: string;
  /** The whole form, with the first and the second word as its two groups. */
  readonly whole: RegExp;
  readonly tensFirst: boolean;
  readonly tens: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, number>;
}

const COMPOUNDS = durations.compounds as Readonly<Partial<Record<Lang, CompoundRule>>>;
const SINGLE_WORDS = numbers as Readonly<Record<Lang, Readonly<Record<string, number>>>>;
/** By language, and by whether the page's terms are folded (lexicon.ts termsKey: `fr` or `fr~`). */
const byLang = new Map<string, NumberWords>();

/** How a number word is looked up: lower-cased, "vingt-quatre" and "vingt  quatre" as "vingt quatre". */
const wordKey = (word: string) => word.toLowerCase().replace(/[\s-]+/g, ' ');

/**
 * The key of a number word of the data as a page of `lang` is matched: its accents folded (durations
 * are read in lexicon.ts foldedLower texts: "tres meses" is "três meses").
 */
const dataKey = (word: string, lang: Lang) => wordKey(foldedTerm(word, lang));

/** A regex source matching any of the words (keys of wordKey form), longest first. */
function wordsSource(words: Iterable<string>): string {
  return [...words]
    .map(wordKey)
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '[\\s-]+'))
    .join('|');
}

function compoundsOf(lang: Lang): CompoundForm[] {
  return ownThenEnglish(lang).flatMap((l) => {
    const rule = COMPOUNDS[l];
    if (!rule) return [];
    const tens = new Map(Object.entries(rule.tens).map(([w, v]) => [dataKey(w, lang), v]));
    const units = new Map(Object.entries(rule.units).map(([w, v]) => [dataKey(w, lang), v]));
    return rule.forms.map((form) => {
      const [before = '', between = '', after = ''] = form.split(/\{[tu]\}/);
      const tensFirst = form.indexOf('{t}') < form.indexOf('{u}');
      const [first, second] = tensFirst ? [tens, units] : [units, tens];
      const part = (text: string) => escapeRegExp(dataKey(text, lang)).replace(/ /g, '[\\s-]+');
      const build = (open: string) =>
        `${part(before)}${open}${wordsSource(first.keys())})${part(between)}${open}${wordsSource(second.keys())})${part(after)}`;
      return { source: build('(?:'), whole: new RegExp(`^${build('(')}$`), tensFirst, tens, units };
    });
  });
}

/** English words this short ("a", "an") are prepositions or articles in other languages ("de semanas a meses"). */
const SHORTEST_BORROWED = 3;

function singleWordsOf(lang: Lang): Map<string, number> {
  const words = new Map<string, number>();
  for (const l of ownThenEnglish(lang)) {
    for (const [word, value] of Object.entries(SINGLE_WORDS[l] ?? {})) {
      if (l !== lang && word.length < SHORTEST_BORROWED) continue;
      const key = dataKey(word, lang);
      if (!words.has(key)) words.set(key, value);
    }
  }
  return words;
}

function compoundValue(token: string, compounds: readonly CompoundForm[]): number | null {
  for (const c of compounds) {
    const m = c.whole.exec(token);
    if (!m) continue;
    const [tensWord, unitWord] = c.tensFirst ? [m[1], m[2]] : [m[2], m[1]];
    const tens = c.tens.get(wordKey(tensWord ?? ''));
    const unit = c.units.get(wordKey(unitWord ?? ''));
    if (tens !== undefined && unit !== undefined) return tens + unit;
  }
  return null;
}

/** The number words of a page language (built once per language). */
export function numberWordsOf(lang: Lang): NumberWords {
  const key = termsKey(lang);
  let found = byLang.get(key);
  if (found) return found;
  const words = singleWordsOf(lang);
  const compounds = compoundsOf(lang);
  const wordSource = wordsSource(words.keys());
  found = {
    source: [...compounds.map((c) => c.source), wordSource].join('|'),
    wordSource,
    value: (token) => words.get(wordKey(token)) ?? compoundValue(token, compounds),
  };
  byLang.set(key, found);
  return found;
}
