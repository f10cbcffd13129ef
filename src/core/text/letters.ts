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
