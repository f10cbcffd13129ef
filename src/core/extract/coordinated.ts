import type { Lang } from '../vocabulary';
import { escapeRegExp } from './lexicon';
import coordination from './lexicon/coordination.json';

/**
 * Coordinated compounds of the Germanic languages: "Marketing- und Analyseplattformen", "Vor- und
 * Nachname", "marketing- og analyseplatforme". The first part ends in a hyphen and is completed by the
 * head of the last word ("Marketingplattformen"), which is not marked: every ending of the last word is
 * a candidate head.
 */
export interface Coordination {
  /** Start of the first part and end of its hyphen ("Marketing-"). */
  readonly start: number;
  readonly end: number;
  /** Start of the last word. */
  readonly lastStart: number;
  /** Candidate completions of the first part, in lower case, longest head first. */
  readonly completions: readonly string[];
}

const JOINS = coordination.joins as Partial<Record<Lang, readonly string[]>>;
/** A head is at least this long ("name", "daten"), and so is what stays of the last word before it. */
const MIN_PART = 3;

const patterns = new Map<Lang, RegExp | null>();

function patternOf(lang: Lang): RegExp | null {
  let re = patterns.get(lang);
  if (re === undefined) {
    const joins = JOINS[lang];
    re =
      joins && joins.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}-]{0,60})- (?:${joins.map(escapeRegExp).join('|')}) (\\p{L}+)`,
            'giu',
          )
        : null;
    patterns.set(lang, re);
  }
  return re;
}

/** The coordinated compounds of a sentence, for the languages that write them. */
export function coordinationsIn(text: string, lang: Lang): Coordination[] {
  const re = patternOf(lang);
  if (re === null || !text.includes('- ')) return [];
  const found: Coordination[] = [];
  for (const m of text.matchAll(re)) {
    const first = m[1] ?? '';
    const last = m[2] ?? '';
    const start = m.index;
    const completions: string[] = [];
    for (let k = MIN_PART; k <= last.length - MIN_PART; k++)
      completions.push(`${first}${last.slice(k)}`.toLowerCase());
    found.push({
      start,
      end: start + first.length + 1,
      lastStart: start + m[0].length - last.length,
      completions,
    });
  }
  return found;
}
