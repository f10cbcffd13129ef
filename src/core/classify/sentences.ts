/**
 * A rough, language-neutral sentence splitter: a break after . ! ? ; or : when whitespace and then a
 * capital letter, a digit, a quote or an opening parenthesis follow. Pieces shorter than MIN_CHARS
 * (list numbers, "e.g.") are glued to the next sentence.
 */

const MIN_CHARS = 12;
const UPPER_RE = /^\p{Lu}$/u;
const OPENERS = new Set(['"', '“', '„', '«', '(']);

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029;
}

function opensSentence(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || OPENERS.has(ch);
  return OPENERS.has(ch) || UPPER_RE.test(ch);
}

/** End punctuation and the white space (isSpace) after it: where a break may be. */
const END_THEN_SPACE = /[.!?;:][\t\n\v\f\r \u00a0\u2028\u2029]/g;

/**
 * The pieces of `text`, each [a, b) passed to `take` in order (a break is whitespace after end punctuation
 * before an opener). The regex is asked with `test`, which moves lastIndex past each match without
 * building a match array.
 */
function eachPiece(text: string, take: (a: number, b: number) => void): void {
  let start = 0;
  const n = text.length;
  END_THEN_SPACE.lastIndex = 0;
  while (END_THEN_SPACE.test(text)) {
    const i = END_THEN_SPACE.lastIndex - 2;
    let j = i + 2;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j < n && opensSentence(text[j]!)) {
      take(start, i + 1);
      start = j;
      END_THEN_SPACE.lastIndex = j;
    }
  }
  END_THEN_SPACE.lastIndex = 0;
  take(start, n);
}

/** The sentences of `text`; always at least one piece (the trimmed text, possibly empty). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  eachPiece(text, (a, b) => {
    const piece = text.slice(a, b).trim();
    const s = carry === '' ? piece : `${carry} ${piece}`;
    if (s.length < MIN_CHARS) carry = s;
    else {
      out.push(s);
      carry = '';
    }
  });
  if (carry !== '' && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${carry}`;
  else if (out.length === 0) out.push(carry);
  return out;
}
