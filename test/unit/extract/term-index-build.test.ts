/**
 * Building a term index: what prepareTerms compiles ahead (the background's warmUp) and the literal gate
 * joined on first use change no answer.
 */
import { describe, expect, it } from 'vitest';
import { type Boundary, prepareTerms, TermIndex, type TermSpec } from '../../../src/core/extract/term-index';
import { expandTerm, needsRightBound, WORD_RANGES } from '../../../src/core/extract/term-syntax';

const WORDS: Boundary = { ranges: WORD_RANGES, wordTails: true };

function spec(term: string): TermSpec {
  return { pattern: term, regex: expandTerm(term), rightBound: needsRightBound(term), loose: false };
}

/** Terms found by their beginnings and confirmed with their regex, and terms matched as strings. */
const TERMS = ['third[- ]part(?:y|ies)', 'e-?mail[- ]?address\\w*', 'ip[- ]?(?:address|adres)\\w*', 'data'];
const TEXTS = [
  'We share your e-mail address and IP-address with third parties.',
  'A third-party sees your emailaddresses; a thirdparty does not.',
  'No personal data? Third party data, ip adresses.',
];

function matches(index: TermIndex): unknown[] {
  return TEXTS.map((t) => [...index.match(t.toLowerCase())]);
}

describe('TermIndex building', () => {
  it('matches the same with the confirming regexes compiled ahead by prepareTerms', () => {
    const before = new TermIndex(WORDS);
    before.register(TERMS.map(spec));
    const expected = matches(before);
    expect(JSON.stringify(expected)).toContain('"start":');
    prepareTerms(TERMS.map(spec), WORDS);
    const after = new TermIndex(WORDS);
    after.register(TERMS.map(spec));
    expect(matches(after)).toEqual(expected);
    // Indexes sharing a compiled regex still answer each for itself, in any order.
    expect(matches(before)).toEqual(expected);
  });

  it('tells texts that hold no match from the literals of every term registered so far', () => {
    const index = new TermIndex(WORDS);
    index.register(['personal data', 'e-?mail'].map(spec));
    expect(index.mayMatch('nothing here')).toBe(false);
    expect(index.mayMatch('your email')).toBe(true);
    index.register(['cookies?'].map(spec));
    expect(index.mayMatch('we set a cookie')).toBe(true);
    expect(index.mayMatch('nothing here')).toBe(false);
    // A term that may begin anywhere and holds no literal: any text may hold a match.
    index.register(['\\w+'].map(spec));
    expect(index.mayMatch('nothing here')).toBe(true);
  });
});
