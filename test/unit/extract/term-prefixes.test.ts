import { describe, expect, it } from 'vitest';
import { termExpansion } from '../../../src/core/extract/term-expansion';
import { termFactors, termPrefixes } from '../../../src/core/extract/term-prefixes';

describe('termExpansion', () => {
  it('lists the strings of a finite term in the order the regex engine tries them', () => {
    expect(termExpansion('data(?: protection)?')?.strings).toEqual(['data protection', 'data']);
    expect(termExpansion('data(?: protection)??')?.strings).toEqual(['data', 'data protection']);
    expect(termExpansion('shar(?:e|es|ed|ing)')?.strings).toEqual(['share', 'shares', 'shared', 'sharing']);
    expect(termExpansion('e-?mail')?.strings).toEqual(['e-mail', 'email']);
    expect(termExpansion('organi[sz]ation')?.strings).toEqual(['organisation', 'organization']);
    expect(termExpansion('ghost\\(pro\\)')?.strings).toEqual(['ghost(pro)']);
  });

  it('reads a trailing \\w* or \\w+ as the rest of the word', () => {
    expect(termExpansion('verzamel\\w*')).toEqual({ strings: ['verzamel'], tail: '*' });
    expect(termExpansion('third.?part\\w+')).toBeNull();
    expect(termExpansion('(?:third|3rd) part\\w+')).toEqual({
      strings: ['third part', '3rd part'],
      tail: '+',
    });
  });

  it('gives up on what no finite list spells out', () => {
    for (const term of [
      'a\\w*b',
      'a+',
      'a*',
      'a{2}',
      'a.b',
      '^access',
      'no(?!t)',
      'ab\\s',
      '(?<x>a)',
      'a\\d',
    ]) {
      expect(termExpansion(term), term).toBeNull();
    }
  });
});

describe('termPrefixes', () => {
  it('gives the literal beginnings every match starts with', () => {
    expect(termPrefixes('disclos\\w*')).toEqual(['disclos']);
    expect(new Set(termPrefixes('(?:your|their) (?:full )?names?'))).toEqual(
      new Set(
        ['your', 'their'].flatMap((w) => [`${w} full names`, `${w} full name`, `${w} names`, `${w} name`]),
      ),
    );
    expect(termPrefixes('^access:?')).toEqual(['access:', 'access']);
    expect(termPrefixes('a+b')).toEqual(['a']);
    expect(termPrefixes('ab?c')).toEqual(['abc', 'ac']);
  });

  it('never misses a beginning: every match starts with one of them', () => {
    const cases: [string, string[]][] = [
      ['(?:a|b)c\\w*d', ['acd', 'bcxyd', 'acd-d']],
      ['(?:make|give)\\w* (?:\\w+ ){0,3}available', ['make available', 'makes it all available']],
      ['in(?:to)? (?:the )?(?:eu|eea)', ['in eu', 'into the eea']],
      ['(?=data)da\\w+', ['data', 'datasets']],
    ];
    for (const [term, matches] of cases) {
      const prefixes = termPrefixes(term) ?? [];
      for (const text of matches) {
        expect(new RegExp(`^(?:${term.replace(/\\w/g, '[a-z-]')})$`).test(text), `${term} ~ ${text}`).toBe(
          true,
        );
        expect(
          prefixes.some((p) => text.startsWith(p)),
          `${term} ~ ${text}`,
        ).toBe(true);
      }
    }
  });

  it('reads plain text as one piece, short of a character a quantifier follows', () => {
    expect(termPrefixes('abc{2}d')).toEqual(['abc']);
    expect(termPrefixes('x+y')).toEqual(['x']);
    expect(new Set(termPrefixes('data ?protection'))).toEqual(new Set(['data protection', 'dataprotection']));
    expect(termPrefixes('ab]c\\.d')).toEqual(['ab]c.d']);
    expect(new Set(termPrefixes('on(?:line|site)s?'))).toEqual(
      new Set(['onlines', 'online', 'onsites', 'onsite']),
    );
  });

  it('says null when a match may begin with anything', () => {
    expect(termPrefixes("\\w*n['’]t")).toBeNull();
    expect(termPrefixes('(?:\\w+ ){0,2}users')).toBeNull();
    expect(termPrefixes('.foo')).toBeNull();
    expect(termPrefixes('(?:a)?')).toBeNull();
  });
});

describe('termFactors', () => {
  it('gives strings every match holds, for terms that may begin anywhere', () => {
    expect(termFactors('\\w*telefonnummer\\w*')).toEqual(['telefonnummer']);
    expect(termFactors("\\w*n['’]t")).toEqual(["n't", 'n’t']);
    expect(termFactors('\\w*')).toBeNull();
  });
});
