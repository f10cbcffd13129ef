/**
 * How a lexicon term becomes a pattern. A term is a small regular-expression source, written in lower case
 * and matched at word boundaries on lower-cased text; `\w` in a term means one letter/digit of any script
 * (so `verzamel\w*` is a stem).
 */

/**
 * A letter, mark, digit or hyphen of a lower-cased Latin-script text: what continues a word (compounds
 * like "E-Mail-Adresse" stay one word). Explicit ranges instead of Unicode properties keep the compiled
 * regexes small: all eleven languages are written in Latin script.
 */
export const LATIN_LETTERS = 'a-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
const WORD_CHAR = `[${LATIN_LETTERS}-]`;
export const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

/** WORD_CHAR as code-unit ranges. */
export const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x61, 0x7a],
  [0x30, 0x39],
  [0xc0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
  [0x2d, 0x2d],
];

/** Whether a UTF-16 code unit is one of WORD_CHAR, without a regex. */
export function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
  return c <= 0x24f || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Expands the lexicon shorthand `\w` into a Unicode word-character class. */
export function expandTerm(term: string): string {
  return term.replace(/\\w/g, WORD_CHAR);
}

/** Terms that begin with punctuation (", and we") are matched anywhere, not only at a word start. */
export function isLoose(term: string): boolean {
  return /^[,;:.]/.test(term);
}

/** Terms ending in an apostrophe or punctuation ("n'") need no right boundary. */
export function needsRightBound(term: string): boolean {
  return !/['’,;:.]$/.test(term);
}

/** A term's source with its right boundary. */
export function rightBounded(term: string): string {
  const source = expandTerm(term.toLowerCase());
  return needsRightBound(term) ? `${source}${AFTER}` : source;
}
