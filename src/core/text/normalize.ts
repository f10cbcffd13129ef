import { isLetterOrDigit } from './letters';

const WHITESPACE_RUNS = /[\s\u00a0\u200b]+/g;
/** White space (\s, U+00A0 and U+200B), for one character. */
const WHITE = /[\s\u00a0\u200b]/;
/** White space inside a text that collapseWhitespace would change: two spaces in a row, or other than a space. */
const NOT_COLLAPSED_INSIDE = / {2}|[^\S ]|\u200b/;

/**
 * Whether collapseWhitespace would change the text: white space at either end (two one-character tests,
 * not a search for the end of the text at every position), or inside as NOT_COLLAPSED_INSIDE.
 */
export function needsCollapsing(text: string): boolean {
  if (text === '') return false;
  if (WHITE.test(text.charAt(0)) || WHITE.test(text.charAt(text.length - 1))) return true;
  return NOT_COLLAPSED_INSIDE.test(text);
}

/** A combining diacritical mark (U+0300–U+036F): the marks of the eleven languages' letters. */
const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * The text with its letters composed (NFC): "e" + U+0301 becomes "é". Some pages (text from macOS or PDF
 * tools) spell accented letters decomposed; the lexicons and the classifier's stems are written composed,
 * and would miss "å" in "minst 13 år" spelled "a" + U+030A. Text without a combining mark is NFC already in
 * these languages and is returned as it is, without asking the normaliser.
 */
export function composed(text: string): string {
  return COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
}

/** Collapses every run of whitespace (including non-breaking and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most text is collapsed already: reading it is cheaper than rewriting it.
  if (!needsCollapsing(text)) return text;
  return text.replace(WHITESPACE_RUNS, ' ').trim();
}

/**
 * Counts words the way the report's `stats.words` does: runs of letters or digits, joined by ' ’ or -
 * ("don't", "e-mail"). The matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu, counted in one pass over
 * the UTF-16 units: a run of letters and digits starts a word unless a joiner right after another run
 * links it to that one.
 */
export function countWords(text: string): number {
  let count = 0;
  /** The character before is a joiner right after a run. */
  let joined = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 0x80 && ASCII_WORD[c] === 0) {
      // outside a run: no joiner link can begin here
      joined = false;
      i++;
      continue;
    }
    if (!isWordAt(text, i, c)) {
      joined = false;
      i += 1;
      continue;
    }
    if (!joined) count++;
    // the run: ASCII letters and digits quickly, any other unit by its class
    for (;;) {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.codePointAt(i) ?? c) > 0xffff ? 2 : 1;
      if (i >= n) return count;
      c = text.charCodeAt(i);
      if (c < 0x80 ? ASCII_WORD[c] === 0 : !isWordAt(text, i, c)) break;
    }
    joined = isJoiner(c);
    i++;
  }
  return count;
}

/** ASCII letters and digits: 1. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/** Whether the character at i (whose first UTF-16 unit is c) is a letter or digit. */
function isWordAt(text: string, i: number, c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return isLetterOrDigit(text.codePointAt(i) ?? c);
  return isLetterOrDigit(c);
}

/** ' ’ and -, which join the parts of a word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}
