/**
 * For the matcher tests: every lexicon table of the JSON files, and the reference the one-walk matcher must
 * agree with (each lexicon's alternation regex, one match per start position, as findAll was first written).
 */
import {
  findAll,
  findAllOnce,
  hasAny,
  hasAnyOnce,
  type LangTerms,
  lexiconRegex,
  type Span,
} from '../../../src/core/extract/lexicon';
import { LANGUAGES, type Lang } from '../../../src/core/vocabulary';
import { lexiconFiles } from './lexicon-lint';

const KEYS = new Set<string>([...LANGUAGES, 'all']);
/** Tables read by their own code, not through findAll: templates with {n}, group names with capitals. */
const NOT_LEXICON = /group-names|children\/age-templates\.json|durations\.json\/(units|connectors)/;

/** Every table of the lexicon files (an object whose keys are languages and values term lists), by path. */
export function lexiconTables(): [string, LangTerms][] {
  const out: [string, LangTerms][] = [];
  const walk = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k, v]) => KEYS.has(k) && Array.isArray(v))) {
      if (!NOT_LEXICON.test(path)) out.push([path, value as LangTerms]);
      return;
    }
    for (const [k, v] of entries) walk(v, `${path}/${k}`);
  };
  for (const [file, value] of lexiconFiles()) walk(value, file);
  return out;
}

/** The reference: the lexicon's regex over the lower-cased text, one match per start position. */
export function regexScan(table: LangTerms, lang: Lang, text: string): { spans: Span[]; any: boolean } {
  const regex = lexiconRegex(table, lang);
  const spans: Span[] = [];
  let any = false;
  if (!regex) return { spans, any };
  const lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  regex.lastIndex = 0;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    any = true;
    if (m[0].length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
    regex.lastIndex = m.index + 1;
  }
  return { spans, any };
}

/** Whether findAll, hasAny, findAllOnce and hasAnyOnce all give what the regex reference gives. */
export function agreesWithRegex(table: LangTerms, lang: Lang, text: string): boolean {
  const expected = regexScan(table, lang, text);
  const spans = JSON.stringify(expected.spans);
  return (
    JSON.stringify(findAll(table, lang, text)) === spans &&
    hasAny(table, lang, text) === expected.any &&
    JSON.stringify(findAllOnce(table, lang, text)) === spans &&
    hasAnyOnce(table, lang, text) === expected.any
  );
}
