import type { Lang } from '../vocabulary';
import {
  boundedSource,
  escapeRegExp,
  expandTerm,
  findAllOnce,
  foldedLower,
  foldedTerm,
  LATIN_LETTERS,
  type LangTerms,
  overlaps,
  ownThenEnglish,
  termsKey,
} from './lexicon';
import durations from './lexicon/durations.json';
import { type NumberWords, numberWordsOf } from './number-words';

/** ISO-8601 designators of the units a policy states durations in. */
type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';
const UNITS: readonly Unit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN'];

type UnitTable = Readonly<Record<Unit, readonly string[]>>;
const UNIT_TERMS = durations.units as Readonly<Record<Lang, UnitTable>>;
const CONNECTORS = durations.connectors as Readonly<Record<Lang, readonly string[]>>;
const FREQUENCY = durations.frequency as Readonly<Record<Lang, readonly string[]>>;

/** Fixed phrases of a duration without a number ("half a year", "pół roku"), by their ISO-8601 form. */
const PHRASES = Object.entries(durations.phrases as Readonly<Record<string, LangTerms>>);

/** "every", "alle", "var", "tous les": the frequency words that say a thing recurs after a stated time. */
const EVERY = durations.every as Readonly<Record<Lang, readonly string[]>>;
/** "var sjätte månad", "jeden zweiten Monat", "every other week": ordinals a recurrence is said with. */
const ORDINALS = durations.ordinals as Readonly<Partial<Record<Lang, Readonly<Record<string, number>>>>>;

/**
 * "varannan månad", "annenhver måned": one word for "every second", a recurrence of two units. (Danish
 * writes "hver anden", an every word and an ordinal.)
 */
const EVERY_OTHER = durations.everyOther as Readonly<Partial<Record<Lang, readonly string[]>>>;
/** "every 2nd month": the letters after an ordinal in digits, where a language writes it so, not with a dot. */
const ORDINAL_SUFFIXES = durations.ordinalSuffixes as Readonly<Partial<Record<Lang, readonly string[]>>>;

/** Tables of the page language only: English "per" is Italian "for", "each" is no word elsewhere. */
const ownTables = new Map<string, LangTerms>();

function ownTable(name: string, words: Readonly<Record<Lang, readonly string[]>>, lang: Lang): LangTerms {
  const key = `${name} ${lang}`;
  let table = ownTables.get(key);
  if (!table) {
    table = { [lang]: [...(words[lang] ?? [])] };
    ownTables.set(key, table);
  }
  return table;
}

const frequencyOf = (lang: Lang): LangTerms => ownTable('frequency', FREQUENCY, lang);
const everyOf = (lang: Lang): LangTerms => ownTable('every', EVERY, lang);
const everyOtherOf = (lang: Lang): LangTerms =>
  ownTable('every other', EVERY_OTHER as Readonly<Record<Lang, readonly string[]>>, lang);

/** Smaller units a fraction of a unit is restated in ("1,5 Jahre" is 18 months). */
const FRACTION_INTO: Readonly<Partial<Record<Unit, { unit: Unit; times: number }>>> = {
  Y: { unit: 'M', times: 12 },
  W: { unit: 'D', times: 7 },
  D: { unit: 'H', times: 24 },
  H: { unit: 'MIN', times: 60 },
};

/** A stated duration: its ISO-8601 form and where it stands in the text. */
export interface Duration {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

interface Grammar {
  readonly regex: RegExp;
  /** Any time unit at all: a text without one states no numbered duration. */
  readonly anyUnit: RegExp;
  /** At a number's start: the number alone, sticky. */
  readonly number: RegExp;
  /** After a number: its repetition in brackets ("5 (fem)"), sticky. */
  readonly bracket: RegExp;
  /** Between two numbers: a comma or a connector ("6, 12 or 24"), sticky. */
  readonly separator: RegExp;
  readonly numberWords: NumberWords;
  readonly units: readonly { unit: Unit; regex: RegExp }[];
}

/** Grammars by language, and by whether the page's terms are folded (lexicon.ts termsKey: `fr` or `fr~`). */
const grammars = new Map<string, Grammar>();

function unitsOf(lang: Lang): { unit: Unit; terms: string[] }[] {
  const tables = ownThenEnglish(lang).map((l) => UNIT_TERMS[l]);
  return UNITS.map((unit) => ({ unit, terms: tables.flatMap((t) => [...(t?.[unit] ?? [])]) }));
}

/**
 * "5 (fem) år", "fem år", "24 or 48 hours", "6 bzw. 10 Jahre", "6, 12 eller 24 måneder", "1,5 Jahre",
 * "vierundzwanzig Monate": numbers in digits or words, each with an optional repetition in brackets,
 * a list of them ending with "or"/"to" and a last number, then a time unit.
 */
function grammar(lang: Lang): Grammar {
  const key = termsKey(lang);
  let g = grammars.get(key);
  if (g) return g;
  const numberWords = numberWordsOf(lang);
  const num = `(?:\\d{1,3}(?:[.,]\\d{1,2})?|${numberWords.source})`;
  const bracket = `(?:\\s*\\(\\s*(?:\\d{1,3}|${numberWords.wordSource})\\s*\\))`;
  const connector = ownThenEnglish(lang)
    .flatMap((l) => CONNECTORS[l] ?? [])
    .map((c) => expandTerm(foldedTerm(c, lang)))
    .join('|');
  const separator = `(?:\\s*,\\s*|\\s*(?:${connector})\\s*)`;
  const units = unitsOf(lang);
  const unitSource = units
    .flatMap((u) => u.terms)
    .map((t) => expandTerm(foldedTerm(t, lang)))
    .join('|');
  const numbers = `${num}${bracket}?(?:(?:\\s*,\\s*${num}${bracket}?)*\\s*(?:${connector})\\s*${num}${bracket}?)?`;
  const source = `(?<![${LATIN_LETTERS}])(?<!\\d[.,])(${numbers})[\\s-]*(${unitSource})(?![${LATIN_LETTERS}])`;
  g = {
    regex: new RegExp(source, 'g'),
    anyUnit: new RegExp(`(?:${unitSource})(?![${LATIN_LETTERS}])`),
    number: new RegExp(num, 'y'),
    bracket: new RegExp(bracket, 'y'),
    separator: new RegExp(separator, 'y'),
    numberWords,
    units: units.map((u) => ({
      unit: u.unit,
      regex: new RegExp(`^${boundedSource(u.terms.map((t) => foldedTerm(t, lang)))}$`),
    })),
  };
  grammars.set(key, g);
  return g;
}

/** The numbers of a matched list ("6, 12 eller 24"), in order, read as the grammar matched them. */
function numbersIn(list: string, g: Grammar): string[] {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    g.number.lastIndex = pos;
    const n = g.number.exec(list);
    if (!n) return out;
    out.push(n[0]);
    pos = g.number.lastIndex;
    g.bracket.lastIndex = pos;
    if (g.bracket.exec(list)) pos = g.bracket.lastIndex;
    g.separator.lastIndex = pos;
    if (!g.separator.exec(list)) return out;
    pos = g.separator.lastIndex;
  }
}

function numberValue(token: string, g: Grammar): number | null {
  if (/^\d+(?:[.,]\d+)?$/.test(token)) return Number.parseFloat(token.replace(',', '.'));
  return g.numberWords.value(token);
}

/** The ISO-8601 form, a fraction restated in a smaller unit ("1.5 years": P18M), or null ("1,3 months"). */
function iso(value: number, unit: Unit): string | null {
  if (!Number.isInteger(value)) {
    const into = FRACTION_INTO[unit];
    const smaller = into ? Math.round(value * into.times * 1000) / 1000 : Number.NaN;
    return into && Number.isInteger(smaller) ? iso(smaller, into.unit) : null;
  }
  if (unit === 'H') return `PT${value}H`;
  if (unit === 'MIN') return `PT${value}M`;
  return `P${value}${unit}`;
}

/** Whether a word of `table` (the page language's) stands right before `start`. */
function rightAfter(table: LangTerms, text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const last = findAllOnce(table, lang, before).at(-1);
  return last !== undefined && before.slice(last.end).trim() === '';
}

/** Whether a duration reads as a frequency ("once a year", "every 6 months") rather than a length of time. */
const isFrequency = (text: string, start: number, lang: Lang): boolean =>
  rightAfter(frequencyOf(lang), text, start, lang);

const escaped = (s: string): string => s.replace(/[$]/gu, '\\$');
/**
 * A price right before a duration: "£7.99 a month", "$9.99 a month", "4,99 € einen Monat", "49 kr. om måneden":
 * the duration is what the price pays for, a rate, not how long anything is kept (probe21). A currency symbol
 * before or after an amount, or a currency word after it.
 */
const PRICE_BEFORE = new RegExp(
  `(?:(?:${durations.priceSymbols.map(escaped).join('|')})\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:${[
    ...durations.priceSymbols.map(escaped),
    ...durations.priceWords.map((w) => `${w}\\.?(?![\\p{L}])`),
  ].join('|')}))\\s*$`,
  'iu',
);
/** How far before a duration its price may begin (characters; bounds the work). */
const PRICE_REACH = 24;

const afterPrice = (text: string, start: number): boolean =>
  PRICE_BEFORE.test(text.slice(Math.max(0, start - PRICE_REACH), start));

/** Whether a duration is how often something recurs: "every 6 months", "alle sechs Monate", "co pół roku". */
const isRecurrence = (text: string, start: number, lang: Lang): boolean =>
  rightAfter(everyOf(lang), text, start, lang);

/** Which durations a scan keeps, by where each starts. */
type Keep = (text: string, start: number, lang: Lang) => boolean;

const lengthOfTime: Keep = (text, start, lang) => !isFrequency(text, start, lang) && !afterPrice(text, start);

/** "half a year", "anderthalb Jahre", "pół roku": durations stated without a number. */
function phraseDurations(text: string, lang: Lang, keep: Keep): Duration[] {
  const found: Duration[] = [];
  for (const [period, table] of PHRASES) {
    for (const m of findAllOnce(table, lang, text)) {
      // "ein halbes Jahr" is found whole and as "halbes Jahr": one duration.
      const counted = found.some((f) => overlaps(f, m));
      if (!counted && keep(text, m.start, lang)) found.push({ iso: period, start: m.start, end: m.end });
    }
  }
  return found;
}

/** The durations stated with numbers, in digits or words, that `keep` keeps. */
function numberedDurations(text: string, lang: Lang, keep: Keep, phrases: readonly Duration[]): Duration[] {
  const g = grammar(lang);
  const found: Duration[] = [];
  const lower = foldedLower(text, lang);
  if (!g.anyUnit.test(lower)) return found;
  for (const m of lower.matchAll(g.regex)) {
    const unitText = m[2] ?? '';
    const unit = g.units.find((u) => u.regex.test(unitText))?.unit;
    const end = m.index + m[0].length;
    if (!unit || !keep(text, m.index, lang)) continue;
    if (phrases.some((p) => p.start < end && m.index < p.end)) continue;
    if (afterHundreds(lower, m.index, g)) continue;
    for (const token of numbersIn(m[1] ?? '', g)) {
      const value = numberValue(token, g);
      const period = value !== null && value > 0 ? iso(value, unit) : null;
      if (period !== null) found.push({ iso: period, start: m.index, end });
    }
  }
  return found;
}

/**
 * "stu osiemdziesięciu dni", "trzysta sześćdziesiąt pięć dni": a number word right after a hundreds word is
 * the tail of a number we do not compose (P80D would be read for 180 days); a wrong period is worse than
 * none, so the duration is not read.
 */
function afterHundreds(lower: string, start: number, g: Grammar): boolean {
  const before = /(\p{L}+)\s+$/u.exec(lower.slice(Math.max(0, start - 20), start));
  const value = before?.[1] === undefined ? null : g.numberWords.value(before[1]);
  return value !== null && value >= 100;
}

/** Every duration stated in a text, in order (a range or an alternative gives two). */
export function findDurations(text: string, lang: Lang): Duration[] {
  const phrases = phraseDurations(text, lang, lengthOfTime);
  const found = [...phrases, ...numberedDurations(text, lang, lengthOfTime, phrases)];
  return found.sort((a, b) => a.start - b.start);
}

/**
 * How often something recurs, as a duration: "every 6 months" (P6M), "alle sechs Monate", "tous les 6 mois",
 * "co pół roku", with an ordinal "var sjätte månad", "jeden zweiten Monat", or a unit alone "every month"
 * (P1M). Not "once a year" or "twice a month": a count per period.
 */
export function findRecurrences(text: string, lang: Lang): Duration[] {
  const phrases = phraseDurations(text, lang, isRecurrence);
  const found = [
    ...phrases,
    ...numberedDurations(text, lang, isRecurrence, phrases),
    ...ordinalRecurrences(text, lang),
  ];
  return found.sort((a, b) => a.start - b.start);
}

/** After an "every" word: an ordinal or nothing, then a unit, sticky ("sjätte månad", "month"). */
const ordinalGrammars = new Map<string, { regex: RegExp; ordinals: Map<string, number> }>();

function ordinalGrammar(lang: Lang): { regex: RegExp; ordinals: Map<string, number> } {
  const key = termsKey(lang);
  let g = ordinalGrammars.get(key);
  if (g) return g;
  const ordinals = new Map(Object.entries(ORDINALS[lang] ?? {}).map(([w, v]) => [foldedTerm(w, lang), v]));
  // "hver 6. måned", "jeden 6. Monat": an ordinal in digits, in every language that writes one so.
  const suffixes = (ORDINAL_SUFFIXES[lang] ?? []).map(escapeRegExp);
  const words = [
    ...[...ordinals.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp),
    '\\d{1,2}\\.',
    ...(suffixes.length > 0 ? [`\\d{1,2}(?:${suffixes.join('|')})`] : []),
  ];
  const ordinal = `(?:(${words.join('|')})\\s*)?`;
  const unitSource = unitsOf(lang)
    .flatMap((u) => u.terms)
    .map((t) => expandTerm(foldedTerm(t, lang)))
    .join('|');
  g = { regex: new RegExp(`\\s+${ordinal}(${unitSource})(?![${LATIN_LETTERS}])`, 'y'), ordinals };
  ordinalGrammars.set(key, g);
  return g;
}

/**
 * "every month", "var sjätte månad": an "every" word, an ordinal or none, a unit; "varannan månad": an
 * every-other word and a unit (two units).
 */
function ordinalRecurrences(text: string, lang: Lang): Duration[] {
  const every = [
    ...findAllOnce(everyOf(lang), lang, text).map((e) => ({ ...e, times: 1 })),
    ...findAllOnce(everyOtherOf(lang), lang, text).map((e) => ({ ...e, times: 2 })),
  ];
  if (every.length === 0) return [];
  const g = ordinalGrammar(lang);
  const units = grammar(lang).units;
  const lower = foldedLower(text, lang);
  const found: Duration[] = [];
  for (const e of every) {
    g.regex.lastIndex = e.end;
    const m = g.regex.exec(lower);
    const unit = m ? units.find((u) => u.regex.test(m[2] ?? ''))?.unit : undefined;
    if (!m || !unit || (e.times > 1 && m[1])) continue;
    const value = m[1] ? (g.ordinals.get(m[1]) ?? Number.parseInt(m[1], 10)) : e.times;
    const period = value > 0 ? iso(value, unit) : null;
    if (period !== null) found.push({ iso: period, start: e.start, end: g.regex.lastIndex });
  }
  return found;
}
