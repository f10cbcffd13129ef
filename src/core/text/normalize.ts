import { isLetterOrDigit } from './letters';

/** Collapses every run of whitespace (including non-breaking and zero-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
