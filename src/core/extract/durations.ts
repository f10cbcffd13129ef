import type { Lang } from '../vocabulary';
import {
  boundedSource,
  escapeRegExp,
  expandTerm,
  findAllOnce,
  LATIN_LETTERS,
  type LangTerms,
  lowerSameLength,
} from './lexicon';
import durations from './lexicon/durations.json';
import numbers from './lexicon/numbers.json';

/** ISO-8601 designators of the units a policy states durations in. */
type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';
const UNITS: readonly Unit[] = ['Y', 'M', 'W', 'D', 'H', 'MIN'];

type UnitTable = Readonly<Record<Unit, readonly string[]>>;
const UNIT_TERMS = durations.units as Readonly<Record<Lang, UnitTable>>;
const CONNECTORS = durations.connectors as Readonly<Record<Lang, readonly string[]>>;
const FREQUENCY = durations.frequency as Readonly<Record<Lang, readonly string[]>>;
/** Frequency words of the page language only: English "per" is Italian "for". */
const frequencyTables = new Map<Lang, LangTerms>();

function frequencyOf(lang: Lang): LangTerms {
  let table = frequencyTables.get(lang);
  if (!table) {
    table = { [lang]: FREQUENCY[lang] ?? [] };
    frequencyTables.set(lang, table);
  }
  return table;
}
const NUMBER_WORDS = numbers as Readonly<Record<Lang, Readonly<Record<string, number>>>>;

/** A stated duration: its ISO-8601 form and where it stands in the text. */
export interface Duration {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

interface Grammar {
  readonly regex: RegExp;
  readonly words: ReadonlyMap<string, number>;
  readonly units: readonly { unit: Unit; regex: RegExp }[];
}

const grammars = new Map<Lang, Grammar>();

/** Number words of the page language plus English, longest first. */
function wordsOf(lang: Lang): Map<string, number> {
  const words = new Map<string, number>();
  for (const table of lang === 'en' ? [NUMBER_WORDS.en] : [NUMBER_WORDS[lang], NUMBER_WORDS.en]) {
    for (const [word, value] of Object.entries(table ?? {})) if (!words.has(word)) words.set(word, value);
  }
  return words;
}

function unitsOf(lang: Lang): { unit: Unit; terms: string[] }[] {
  const tables = lang === 'en' ? [UNIT_TERMS.en] : [UNIT_TERMS[lang], UNIT_TERMS.en];
  return UNITS.map((unit) => ({ unit, terms: tables.flatMap((t) => [...(t?.[unit] ?? [])]) }));
}

/**
 * "5 (fem) år", "fem år", "24 or 48 hours", "6 bzw. 10 Jahre", "dwa lata": a number in digits or words,
 * an optional repetition in brackets, optionally a second number after "or"/"to", then a time unit.
 */
function grammar(lang: Lang): Grammar {
  let g = grammars.get(lang);
  if (g) return g;
  const words = wordsOf(lang);
  const wordSource = [...words.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w.toLowerCase()).replace(/ /g, '\\s+'))
    .join('|');
  const num = `(\\d{1,3}|${wordSource})`;
  const bracket = `(?:\\s*\\(\\s*(?:\\d{1,3}|${wordSource})\\s*\\))?`;
  const connector = [...(CONNECTORS[lang] ?? []), ...(lang === 'en' ? [] : (CONNECTORS.en ?? []))]
    .map((c) => expandTerm(c.toLowerCase()))
    .join('|');
  const units = unitsOf(lang);
  const unitSource = units
    .flatMap((u) => u.terms)
    .map((t) => expandTerm(t.toLowerCase()))
    .join('|');
  const source =
    `(?<![${LATIN_LETTERS}])${num}${bracket}(?:\\s*(?:${connector})\\s*${num}${bracket})?` +
    `[\\s-]*(${unitSource})(?![${LATIN_LETTERS}])`;
  g = {
    regex: new RegExp(source, 'g'),
    words,
    units: units.map((u) => ({ unit: u.unit, regex: new RegExp(`^${boundedSource(u.terms)}$`) })),
  };
  grammars.set(lang, g);
  return g;
}

function numberValue(token: string, words: ReadonlyMap<string, number>): number | null {
  if (/^\d+$/.test(token)) return Number.parseInt(token, 10);
  return words.get(token.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

function iso(value: number, unit: Unit): string {
  if (unit === 'H') return `PT${value}H`;
  if (unit === 'MIN') return `PT${value}M`;
  return `P${value}${unit}`;
}

/** Whether a duration reads as a frequency ("once a year", "every 6 months") rather than a length of time. */
function isFrequency(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const hits = findAllOnce(frequencyOf(lang), lang, before);
  const last = hits.at(-1);
  return last !== undefined && before.slice(last.end).trim() === '';
}

/** Every duration stated in a text, in order (a range or an alternative gives two). */
export function findDurations(text: string, lang: Lang): Duration[] {
  const g = grammar(lang);
  const found: Duration[] = [];
  for (const m of lowerSameLength(text).matchAll(g.regex)) {
    const unitText = m[3] ?? '';
    const unit = g.units.find((u) => u.regex.test(unitText))?.unit;
    if (!unit || isFrequency(text, m.index, lang)) continue;
    const end = m.index + m[0].length;
    for (const token of [m[1], m[2]]) {
      const value = token === undefined ? null : numberValue(token, g.words);
      if (value !== null && value > 0) found.push({ iso: iso(value, unit), start: m.index, end });
    }
  }
  return found;
}
