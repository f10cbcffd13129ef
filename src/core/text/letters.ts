/** `[\p{L}\p{N}]` as a test on a code point, remembered per BMP character (the regex runs once per character). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** 0: not asked yet, 1: a letter or digit, 2: neither. */
const known = new Uint8Array(0x10000);

export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let v = known[cp] ?? 0;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    known[cp] = v;
  }
  return v === 1;
}

/** Letters (`\p{L}`) among the UTF-16 code units, learnt as they are met: 1 a letter, 2 not, 0 not asked yet. */
const LETTER_UNITS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** The length in code units of the letter at i (1, or 2 for one outside the BMP), or 0 when it is none. */
export function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = LETTER_UNITS[c] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNITS[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Whether a UTF-16 code unit is white space for `\s` (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
