import type { Lang } from '../vocabulary';
import abbreviations from './abbreviations.json';

/** A sentence of a text: `text` is exactly `source.slice(start, end)`, so quotes stay verbatim. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** End punctuation, closing quotes/brackets, then the whitespace that separates it from the next sentence. */
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(\s+)/gu;
/** A new sentence starts with a capital, a digit, an opening quote or bracket, or a bullet. */
const SENTENCE_START = /[\p{Lu}\p{N}"'“‘«(¿¡[•–-]/uy;
/** A character of the word before a period: letters, digits, periods, apostrophes, slashes ("z.B", "n/a"). */
const TOKEN_CHAR = /^[\p{L}\p{N}.'/]$/u;
/** Languages that write ordinals with a period ("25. Mai", "5. juni"). */
const ORDINAL_DOT = new Set<Lang>(['de', 'da', 'nb', 'pl', 'sv']);

const abbreviationSets = new Map<Lang, ReadonlySet<string>>();

function abbreviationsOf(lang: Lang): ReadonlySet<string> {
  let set = abbreviationSets.get(lang);
  if (!set) {
    const table = abbreviations as Record<string, string[]>;
    set = new Set([...(table.all ?? []), ...(table[lang] ?? [])]);
    abbreviationSets.set(lang, set);
  }
  return set;
}

/**
 * Splits text into sentences without changing a character: every sentence is a substring of the input
 * (trimmed), in order. Abbreviations, initials, ordinals and numbering ("1.") do not end a sentence.
 */
export function splitSentences(text: string, lang: Lang = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const punct = m[1] ?? '';
    const closing = m[2] ?? '';
    const end = m.index + punct.length + closing.length;
    SENTENCE_START.lastIndex = end + (m[3]?.length ?? 0);
    if (!SENTENCE_START.test(text)) continue;
    if (punct === '.' && closing === '' && !endsSentence(text, start, m.index, lang)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/** Whether a period at `at` ends the sentence that began at `from`. */
function endsSentence(text: string, from: number, at: number, lang: Lang): boolean {
  const token = tokenBefore(text, from, at);
  if (token === undefined) return true;
  if (abbreviationsOf(lang).has(token.toLowerCase())) return false;
  if (/^\p{L}$/u.test(token)) return false;
  if (/^\d{1,3}$/.test(token)) return !(ORDINAL_DOT.has(lang) || text.slice(from, at).trim() === token);
  return true;
}

/** The run of TOKEN_CHAR characters that ends at `at` (not reaching before `from`), or undefined if none. */
function tokenBefore(text: string, from: number, at: number): string | undefined {
  let k = at;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c < 0x80) {
      const ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 46 && c <= 57) || c === 39;
      if (!ascii) break;
      k--;
      continue;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2));
    const begin = pair ? k - 2 : k - 1;
    if (!TOKEN_CHAR.test(text.slice(begin, k))) break;
    k = begin;
  }
  return k < at ? text.slice(k, at) : undefined;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
