/**
 * How many letters a text holds, and how many of them are among a language's accented letters: what
 * `text.match(/\p{L}/gu)` and `text.match(new RegExp(`[${accented}]`, 'giu'))` count, without building
 * their arrays (a page's letters run into the tens of thousands). One pass over the UTF-16 units, each
 * BMP character's answer remembered per set of accented letters; an astral code point is asked of the
 * two regexes themselves, and a lone surrogate is neither (as under the `u` flag).
 */

const LETTER = /^\p{L}$/u;
/** Bits of a remembered answer: asked, a letter, an accented letter. */
const ASKED = 1;
const IS_LETTER = 2;
const IS_ACCENTED = 4;

export interface LetterCounts {
  letters: number;
  accented: number;
}

class Counter {
  private readonly known = new Uint8Array(0x10000);
  private readonly accented: RegExp;

  constructor(letters: string) {
    this.accented = new RegExp(`^[${letters}]$`, 'iu');
  }

  private answer(ch: string): number {
    return ASKED | (LETTER.test(ch) ? IS_LETTER : 0) | (this.accented.test(ch) ? IS_ACCENTED : 0);
  }

  count(text: string, out: LetterCounts): void {
    const known = this.known;
    let letters = 0;
    let accented = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let v: number;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          v = this.answer(String.fromCharCode(c, d));
          i++;
        } else v = ASKED;
      } else if (c >= 0xd800 && c <= 0xdfff) v = ASKED;
      else {
        v = known[c]!;
        if (v === 0) {
          v = this.answer(String.fromCharCode(c));
          known[c] = v;
        }
      }
      if ((v & IS_LETTER) !== 0) letters++;
      if ((v & IS_ACCENTED) !== 0) accented++;
    }
    out.letters += letters;
    out.accented += accented;
  }
}

const counters = new Map<string, Counter>();

/** Adds the letters of `text`, and those of them in the class `[accentedLetters]` (any case), to `out`. */
export function addLetterCounts(text: string, accentedLetters: string, out: LetterCounts): void {
  let counter = counters.get(accentedLetters);
  if (counter === undefined) {
    counter = new Counter(accentedLetters);
    counters.set(accentedLetters, counter);
  }
  counter.count(text, out);
}
