import { isLetterOrDigit } from './letters';

const WHITESPACE = /[\s\u00a0\u200b]/;
const WHITESPACE_RUNS = /[\s\u00a0\u200b]+/g;
/** 0: not asked yet, 1: white space (WHITESPACE), 2: not; by UTF-16 unit (no white space is astral). */
const spaceClass = new Uint8Array(0x10000);

function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  let v = spaceClass[c] ?? 0;
  if (v === 0) {
    v = WHITESPACE.test(String.fromCharCode(c)) ? 1 : 2;
    spaceClass[c] = v;
  }
  return v === 1;
}

/** Whether collapseWhitespace would give `text` back: no white space at the ends, only single spaces inside. */
function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (isSpaceUnit(text.charCodeAt(0)) || isSpaceUnit(text.charCodeAt(n - 1))) return false;
  let previousSpace = false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c > 32 && c < 0x80) previousSpace = false;
    else if (isSpaceUnit(c)) return false;
    else previousSpace = false;
  }
  return true;
}

/** Collapses every run of whitespace (including non-breaking and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most text is collapsed already: reading it is cheaper than rewriting it.
  if (isCollapsed(text)) return text;
  return text.replace(WHITESPACE_RUNS, ' ').trim();
}

/**
 * Counts words the way the report's `stats.words` does: runs of letters or digits, joined by ' ’ or -
 * ("don't", "e-mail"). The matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu, counted in one pass.
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    i = runEnd(text, i);
    while (
      i + 1 < text.length &&
      isJoiner(text.charCodeAt(i)) &&
      isLetterOrDigit(text.codePointAt(i + 1) ?? 0)
    ) {
      i = runEnd(text, i + 1);
    }
    count++;
  }
  return count;
}

/** The end of the run of letters and digits at i. */
function runEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (!isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** ' ’ and -, which join the parts of a word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}
