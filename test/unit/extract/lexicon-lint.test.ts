/**
 * Every list of every lexicon JSON file must be free of terms that cannot match (a branch ending with a
 * space before the right word boundary, an empty alternative, an unbalanced group...), of leading or
 * trailing spaces and of terms listed twice; and the lint must catch each of those mistakes.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFiles, listProblems, listsIn, modeOf, termProblems } from './lexicon-lint';

const PARSED = lexiconFiles();
const FILES = PARSED.map(([file]) => file);
const LISTS = PARSED.flatMap(([file, value]) => listsIn(value, file));

describe('lexicon lint on the lexicon files', () => {
  it('finds the lists of every file', () => {
    expect(FILES.length).toBeGreaterThan(10);
    expect(LISTS.filter(([path]) => modeOf(path) === 'term').length).toBeGreaterThan(500);
    const fileOf = (path: string) => path.slice(0, path.indexOf('.json/') + '.json'.length);
    expect(new Set(LISTS.map(([path]) => fileOf(path))).size).toBe(FILES.length - 1); // numbers.json: no strings
  });

  it.each(FILES)('%s has no term that cannot match, and no duplicate', (file) => {
    const problems = LISTS.filter(([path]) => path.startsWith(`${file}/`)).flatMap(([path, list]) =>
      listProblems(list, modeOf(path)).map((p) => `${path} ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('lexicon lint on bad terms', () => {
  it.each([
    ['une fois (?:que )?', 'end with whitespace'],
    ['pendant (?:\\w+ ){0,3}', 'end with whitespace'],
    ['share (?:with |to )?', 'end with whitespace'],
    ['(?: |de )partners', 'begin with whitespace'],
    ['partner ', 'leading or trailing whitespace'],
    [' partner', 'leading or trailing whitespace'],
    ['data  processor', 'double space'],
    ['(?:data|)processors?', 'empty alternative'],
    ['data processors?|', 'empty alternative'],
    ['(?:data processors?', "unbalanced '('"],
    ['data) processors?', "unbalanced ')'"],
    ['data [processor', 'does not compile'],
    ['(?:partners)?', 'empty string'],
    ['\\W+partner', 'upper-case escape'],
    ['', 'empty'],
  ])('flags %j', (term, problem) => {
    expect(termProblems(term, 'term').join('; ')).toContain(problem);
  });

  it.each([
    'une fois(?: que)?',
    '(?:third[- ]party )?(?:service )?providers?',
    'access(?=,? (?:\\w+ ){0,2}(?:correct|rectify))',
    "n[’']",
    ', and we',
    'vor- und nachname',
    'anonymi[sz]\\w*',
  ])('passes the sound term %j', (term) => {
    expect(termProblems(term, 'term')).toEqual([]);
  });

  it('flags a term listed twice, in any case', () => {
    expect(listProblems(['partners?', 'vendors', 'Partners?'], 'term')).toEqual([
      '"Partners?": listed twice',
    ]);
  });

  it('checks templates and regexes by their own rules', () => {
    expect(termProblems('under {n} (?:years )?', 'template').join()).toContain('end with whitespace');
    expect(termProblems('under the age', 'template').join()).toContain('exactly one {n}');
    expect(termProblems('((?:\\p{Lu}\\p{L}*\\s){1,3}Group)', 'regex')).toEqual([]);
    expect(termProblems('(?:Unternehmen (', 'regex').join()).toContain('does not compile');
    expect(termProblems('Google+', 'literal')).toEqual([]);
  });
});
