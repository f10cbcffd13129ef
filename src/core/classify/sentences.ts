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

/** Start offsets of the pieces of `text` (a break is whitespace after end punctuation before an opener). */
function pieceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  END_THEN_SPACE.lastIndex = 0;
  for (let m = END_THEN_SPACE.exec(text); m !== null; m = END_THEN_SPACE.exec(text)) {
    const i = m.index;
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j < text.length && opensSentence(text[j]!)) {
      out.push([start, i + 1]);
      start = j;
      END_THEN_SPACE.lastIndex = j;
    }
  }
  END_THEN_SPACE.lastIndex = 0;
  out.push([start, text.length]);
  return out;
}

/** The sentences of `text`; always at least one piece (the trimmed text, possibly empty). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const [a, b] of pieceBounds(text)) {
    const piece = text.slice(a, b).trim();
    const s = carry === '' ? piece : `${carry} ${piece}`;
    if (s.length < MIN_CHARS) carry = s;
    else {
      out.push(s);
      carry = '';
    }
  }
  if (carry !== '' && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${carry}`;
  else if (out.length === 0) out.push(carry);
  return out;
}
