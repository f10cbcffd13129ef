import { describe, expect, it } from 'vitest';
import { termExpansion } from '../../../src/core/extract/term-expansion';
import {
  confirmGate,
  termFactorSets,
  termFactors,
  termPrefixes,
} from '../../../src/core/extract/term-prefixes';
import { mulberry32 } from '../../../tools/train/random';

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

  it('goes on past a cut with the strings it left whole (more than 64 beginnings)', () => {
    // 6 verbs x 3 x 6 adverbs x 4 participles: cut at 8 characters; "is " and "are " were whole and
    // go on to "is delet", "are not ", not stopping at every "is" of a page.
    const deleted =
      '(?:is|are|will be|will not be|gets|get) (?:not |never )?(?:automatically |permanently |then |routinely |regularly )?(?:deleted|erased|destroyed|purged)';
    const prefixes = termPrefixes(deleted) ?? [];
    expect(prefixes).toContain('is delet');
    expect(prefixes).not.toContain('is ');
    expect(prefixes).not.toContain('are ');
    expect(Math.min(...prefixes.map((p) => p.length))).toBe(8);
    const browser =
      "(?:in|via|through|using|from|under) (?:your |the |their |its )?(?:web |internet )?browser(?:'s|s')? (?:settings|preferences|options|configuration)";
    expect(termPrefixes(browser)?.some((p) => p.startsWith('in brows'))).toBe(true);
    expect(termPrefixes(browser)?.some((p) => p.length < 8)).toBe(false);
    // When the cut must go below a whole string, it is cut too (and stops).
    expect(new Set(termPrefixes('(?:a|b|c|d|e|f|g|h) (?:i|j|k|l|m|n|o|p|q) (?:x|y)?z'))).toEqual(
      new Set(['a ', 'b ', 'c ', 'd ', 'e ', 'f ', 'g ', 'h ']),
    );
  });

  it('never misses a beginning of a term with many strings: every string it spells starts with one', () => {
    const next = mulberry32(7);
    const word = (): string =>
      Array.from({ length: 1 + Math.floor(next() * 5) }, () => 'abe '[Math.floor(next() * 4)]).join('');
    const wrong: string[] = [];
    let cut = 0;
    for (let n = 0; n < 400; n++) {
      const groups = Array.from({ length: 2 + Math.floor(next() * 3) }, () => {
        const alternatives = Array.from({ length: 2 + Math.floor(next() * 5) }, word);
        return `(?:${alternatives.join('|')})${next() < 0.5 ? '?' : ''}`;
      });
      const term = groups.join(next() < 0.5 ? ' ' : '');
      const strings = termExpansion(term)?.strings;
      const prefixes = termPrefixes(term);
      if (!strings || !prefixes) continue;
      if (new Set(strings).size > 64) cut++;
      for (const text of strings)
        if (!prefixes.some((p) => text.startsWith(p))) wrong.push(`${term} ~ ${JSON.stringify(text)}`);
    }
    expect(cut).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
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

  it('reads \\d as the ten digits: a date or phone term is found at its numbers, not scanned over every text', () => {
    const digits = [...'0123456789'];
    expect(new Set(termPrefixes('\\d{1,2}\\. ?(?:januar|mai)'))).toEqual(new Set(digits));
    expect(new Set(termPrefixes('\\d'))).toEqual(new Set(digits));
    expect(termPrefixes('tel:? ?\\d+')?.length).toBe(40);
    expect(new Set(termPrefixes('art\\. ?\\d'))).toEqual(
      new Set([...digits.map((d) => `art.${d}`), ...digits.map((d) => `art. ${d}`)]),
    );
    for (const d of digits) expect(/^\d$/.test(d)).toBe(true);
    expect(termPrefixes('\\D')).toBeNull();
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

describe('termFactors of groups', () => {
  const protect =
    '(?:(?:\\w*data|information|it|them)(?: \\w+){0,4}? protect\\w*(?: \\w+){0,6}? (?:from|against) (?:loss|misuse)|protect\\w*(?: \\w+){0,5}? (?:\\w*data|information)(?: \\w+){0,3}? (?:from|against) (?:loss|misuse))';

  it('reads the factors of alternatives that may begin with anything, inside a group or at the top', () => {
    expect(new Set(termFactors(protect))).toEqual(
      new Set([' from loss', ' from misuse', ' against loss', ' against misuse']),
    );
    // The same term without its outer group alternates at its top level.
    expect(new Set(termFactors(protect.slice(3, -1)))).toEqual(new Set(termFactors(protect)));
    expect(new Set(termFactors('(?:\\w*daten|\\w*konto)s?'))).toEqual(new Set(['daten', 'konto']));
  });

  it('has no factors when an alternative has none, or the group is optional', () => {
    expect(termFactors('(?:\\w*daten|\\w+) x')).toEqual([' x']);
    expect(termFactors('(?:\\w*daten|\\w+)')).toBeNull();
    expect(termFactors('\\w*(?:\\w*daten|konto)?')).toBeNull();
  });

  it("gives a first gate of few strings before termFactors' set, only when it differs", () => {
    expect(termFactorSets("\\w*n['’]t(?: \\w+){0,2}? (?:transfer|share|store)\\w*")).toEqual([
      ["n't ", 'n’t '],
      [' transfer', ' share', ' store'],
    ]);
    const [first] = termFactorSets(protect);
    expect(new Set(first)).toEqual(new Set([' protec', 'protect']));
    expect(termFactorSets('\\w*telefonnummer\\w*')).toEqual([['telefonnummer']]);
    // Strings under three characters make no first gate ("t" of "\\w*n't" says nothing).
    expect(termFactorSets('\\w*ab')).toEqual([['ab']]);
    expect(termFactorSets('\\w*')).toEqual([]);
  });

  it('never gives a set some match of a random term lacks', () => {
    const next = mulberry32(11);
    const word = (): string =>
      Array.from({ length: 1 + Math.floor(next() * 4) }, () => 'abe '[Math.floor(next() * 4)]).join('');
    const piece = (): string => {
      const r = next();
      if (r < 0.2) return '\\w*';
      if (r < 0.35) return '(?: \\w+){0,2}';
      const alternatives = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        next() < 0.3 ? `\\w*${word()}` : word(),
      );
      return `(?:${alternatives.join('|')})${next() < 0.2 ? '?' : ''}`;
    };
    const wrong: string[] = [];
    let gated = 0;
    for (let n = 0; n < 400; n++) {
      const term = Array.from({ length: 2 + Math.floor(next() * 4) }, piece).join('');
      const sets = termFactorSets(term);
      if (sets.length > 0) gated++;
      const regex = new RegExp(term.replace(/\\w/g, '[a-z-]'), 'g');
      for (let k = 0; k < 20; k++) {
        const text = Array.from({ length: 30 }, () => 'abe -'[Math.floor(next() * 5)]).join('');
        for (const m of text.matchAll(regex))
          for (const set of sets)
            if (m[0] !== '' && !set.some((s) => m[0].includes(s)))
              wrong.push(`${term} ~ ${JSON.stringify(m[0])}`);
      }
    }
    expect(gated).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('confirmGate', () => {
  it('gives one string every match holds that the beginnings do not all hold', () => {
    expect(
      confirmGate('(?:data|information) (?:\\w+ ){0,6}?(?:transferred|sent) (?:\\w+ ){0,3}?abroad'),
    ).toBe('abroad');
    expect(confirmGate('(?:where|when) (?:\\w+ ){0,3}required by law')).toBe('required by law');
    // Only sets of one string: two would cost a search each.
    expect(confirmGate('(?:your|the) (?:\\w+ )?(?:account|profile)')).toBeNull();
    // The beginning holds it already ("tokeni"): no gate.
    expect(confirmGate('tokeni[sz]\\w*')).toBeNull();
  });

  it('never gives a string some match of a random term lacks', () => {
    const next = mulberry32(19);
    const word = (): string =>
      Array.from({ length: 1 + Math.floor(next() * 4) }, () => 'abe '[Math.floor(next() * 4)]).join('');
    const piece = (): string => {
      const r = next();
      if (r < 0.15) return '\\w*';
      if (r < 0.3) return '(?: \\w+){0,2}';
      if (r < 0.4) return '[^.]{0,5}?';
      const alternatives = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        next() < 0.3 ? `\\w*${word()}` : word(),
      );
      return `(?:${alternatives.join('|')})${next() < 0.2 ? '?' : ''}`;
    };
    const wrong: string[] = [];
    let gated = 0;
    for (let n = 0; n < 600; n++) {
      const term = word().trim() + Array.from({ length: 1 + Math.floor(next() * 4) }, piece).join('');
      const gate = confirmGate(term);
      if (gate === null) continue;
      gated++;
      const regex = new RegExp(term.replace(/\\w/g, '[a-z-]'), 'g');
      for (let k = 0; k < 20; k++) {
        const text = Array.from({ length: 30 }, () => 'abe -.'[Math.floor(next() * 6)]).join('');
        for (const m of text.matchAll(regex))
          if (m[0] !== '' && !m[0].includes(gate)) wrong.push(`${term} ~ ${JSON.stringify(m[0])}`);
      }
    }
    expect(gated).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
