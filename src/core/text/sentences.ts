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
const SENTENCE_START = /^[\p{Lu}\p{N}"'“‘«(¿¡[•–-]/u;
const TOKEN_BEFORE = /([\p{L}\p{N}.'/]+)$/u;
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
    const next = text.slice(end + (m[3]?.length ?? 0));
    if (!SENTENCE_START.test(next)) continue;
    if (punct === '.' && closing === '' && !endsSentence(text.slice(start, m.index), lang)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

/** Whether a period after `before` (the sentence so far) ends the sentence. */
function endsSentence(before: string, lang: Lang): boolean {
  const token = TOKEN_BEFORE.exec(before)?.[1];
  if (token === undefined) return true;
  if (abbreviationsOf(lang).has(token.toLowerCase())) return false;
  if (/^\p{L}$/u.test(token)) return false;
  if (/^\d{1,3}$/.test(token)) return !(ORDINAL_DOT.has(lang) || before.trim() === token);
  return true;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
