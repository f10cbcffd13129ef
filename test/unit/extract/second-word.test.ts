/**
 * The walk's second-word pre-check (term-prefixes.ts secondWord, term-walk.ts confirm): a term whose
 * pattern is a literal word, `[\s-]+` and another literal (service names of several words) is looked
 * for by that second word before its regex runs. The pattern analysis must give a second word only
 * where every match holds it right after the run, and the walk must answer as the term's regex does.
 */
import { describe, expect, it } from 'vitest';
import { NAMES } from '../../../src/core/extract/lexicon-index';
import { type Boundary, TermIndex, type TermSpec } from '../../../src/core/extract/term-index';
import { isSpaceOrHyphen, secondWord } from '../../../src/core/extract/term-prefixes';
import { WORD_RANGES } from '../../../src/core/extract/term-syntax';
import { mulberry32 } from '../../../tools/train/random';

describe('secondWord', () => {
  it('reads the literal second word of a word, a run of spaces and hyphens, and a literal', () => {
    expect(secondWord('the[\\s-]+trade[\\s-]+desk')).toEqual({ at: 3, word: 'trade' });
    expect(secondWord('e[\\s-]+conomic')).toEqual({ at: 1, word: 'conomic' });
    expect(secondWord('app[-\\s]+store')).toEqual({ at: 3, word: 'store' });
    // Escaped punctuation is itself, in either word.
    expect(secondWord('amazon\\.com[\\s-]+pay')).toEqual({ at: 10, word: 'pay' });
    expect(secondWord('hello[\\s-]+bar\\.com')).toEqual({ at: 5, word: 'bar.com' });
    // A word of several words before the run (plain spaces are literal).
    expect(secondWord('google tag[\\s-]+manager')).toEqual({ at: 10, word: 'manager' });
  });

  it('keeps of the second word only what is sure: a quantified last character or group ends it', () => {
    expect(secondWord('the[\\s-]+e-?mail')).toEqual({ at: 3, word: 'e' });
    expect(secondWord('the[\\s-]+cookies?')).toEqual({ at: 3, word: 'cookie' });
    expect(secondWord('the[\\s-]+data(?: protection)?')).toEqual({ at: 3, word: 'data' });
    expect(secondWord('the[\\s-]+data\\w*')).toEqual({ at: 3, word: 'data' });
    expect(secondWord('the[\\s-]+ab\\.?c')).toEqual({ at: 3, word: 'ab' });
    expect(secondWord('the[\\s-]+a{2}')).toBeNull();
  });

  it('gives no second word where a match need not hold one', () => {
    for (const pattern of [
      // The whole term an alternation: a match may be the other side.
      'the[\\s-]+trade|desk',
      'a[\\s-]+b(?:c)|d',
      // The first word not plain text, or optional in part.
      '(?:the|a)[\\s-]+trade',
      'thes?[\\s-]+trade',
      '\\w+[\\s-]+trade',
      'the\\.?[\\s-]+trade',
      // No run of spaces and hyphens, or one that may be empty.
      'the trade',
      'the[\\s-]*trade',
      'the\\s+trade',
      'the[\\s]+trade',
      'the[\\s-]trade',
      // A second word that is not plain text from its first character.
      'the[\\s-]+(?:trade|desk)',
      'the[\\s-]+[td]rade',
      'the[\\s-]+\\w+',
      'the[\\s-]+t?rade',
      'the[\\s-]+ trade',
      'the[\\s-]+-trade',
      'the[\\s-]+',
      '[\\s-]+trade',
    ]) {
      expect(secondWord(pattern), pattern).toBeNull();
    }
    // An alternation inside a group or a class does not make the term one.
    expect(secondWord('the[\\s-]+trade(?:desk|x)')).toEqual({ at: 3, word: 'trade' });
    expect(secondWord('the[\\s-]+trade[|]')).toEqual({ at: 3, word: 'trade' });
    expect(secondWord('the[\\s-]+trade\\|x')).toEqual({ at: 3, word: 'trade|x' });
  });

  it("holds JavaScript's \\s and the hyphen as isSpaceOrHyphen, for every code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceOrHyphen(c) !== /[\s-]/.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

const WORDS: Boundary = { ranges: WORD_RANGES, wordTails: true };

/** Names of several words, as service-mentions.ts joins them, and terms without a second word. */
const TERMS = [
  'the[\\s-]+trade[\\s-]+desk',
  'e[\\s-]+conomic',
  'app[\\s-]+store',
  'g[\\s-]+suite',
  'the[\\s-]+e-?mail',
  'the[\\s-]+(?:trade|desk)',
];

function specOf(source: string): TermSpec {
  return { pattern: source, regex: source, rightBound: true, loose: false, second: true };
}

/** What a regex scan of each term alone finds (NAMES bounds it on both sides): start and end of each match, as the walk records them. */
function regexSpans(source: string, text: string): string[] {
  const scan = new RegExp(
    `(?<![A-Za-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff])(?:${source})(?![A-Za-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff])`,
    'g',
  );
  const spans: string[] = [];
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    spans.push(`${m.index}-${m.index + m[0].length}`);
    scan.lastIndex = m.index + 1;
  }
  return spans;
}

describe('the walk with second words', () => {
  it('matches each name of several words where its regex does, around every kind of run', () => {
    const index = new TermIndex(WORDS, NAMES);
    const ids = TERMS.map((t) => index.register([specOf(t)]));
    const pieces = [
      'the',
      'trade',
      'desk',
      'e',
      'conomic',
      'app',
      'store',
      'g',
      'suite',
      'mail',
      'email',
      'tradex',
      'x',
    ];
    const runs = [' ', '-', '  ', ' - ', '\u00a0', '\t', '\n', '\u2009', '\u3000', '', ', ', '.'];
    const next = mulberry32(11);
    const wrong: string[] = [];
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 7);
      for (let k = 0; k < count; k++)
        text += `${pieces[Math.floor(next() * pieces.length)]}${runs[Math.floor(next() * runs.length)]}`;
      const result = index.match(text);
      TERMS.forEach((term, k) => {
        const spans = (result.get(ids[k] ?? -1)?.spans ?? []).map((s) => `${s.start}-${s.end}`);
        found += spans.length;
        const expected = regexSpans(term, text);
        if (spans.join() !== expected.join())
          wrong.push(`${term} ${JSON.stringify(text)} ${spans} / ${expected}`);
      });
    }
    expect(found).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });
});
