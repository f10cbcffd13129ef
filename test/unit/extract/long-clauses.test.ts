/**
 * Endless clauses read as short ones do (a page is untrusted input: a "sentence" of 50,000 characters must
 * not cost each of its mentions a scan of the whole of it). A window longer than SLICE_WINDOW is read from
 * the sentence's negations found once, and gives what a short window gives: a negation far back in the
 * clause still negates, one past a clause break, in another aside or in "not limited to" does not. The
 * longest-match contest over many candidates keeps what it keeps over few, and a long list run lends
 * every item its introduction.
 */
import { describe, expect, test } from 'vitest';
import type { LangTerms } from '../../../src/core/extract/lexicon';
import { negatedBefore, negatedClause, SLICE_WINDOW } from '../../../src/core/extract/negation';
import { type KindTerms, typedMatches } from '../../../src/core/extract/typed-matches';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** Words that neither negate, nor break a clause, nor name data: `n` characters of them at least. */
const filler = (n: number): string => 'and the '.repeat(Math.ceil(n / 8));
const LONG = SLICE_WINDOW + 500;

/** `before`, a stretch of filler of `gap` characters, then `after`; and where `after` begins. */
function spaced(before: string, gap: number, after: string): { text: string; pos: number } {
  const head = `${before} ${filler(gap)}`;
  return { text: `${head}${after}`, pos: head.length };
}

describe('a negation far back in its clause', () => {
  test.each<[string, string, string, Lang, boolean]>([
    ['negates past the window', 'We do not collect', 'your email address.', 'en', true],
    ['not past a clause break', 'We do not sell data, but we collect', 'your email address.', 'en', false],
    ['not past a semicolon', 'We do not sell data; we collect', 'your email address.', 'en', false],
    ['not from an aside without the mention', 'We collect (not shown publicly)', 'your email.', 'en', false],
    ['not in "not limited to"', 'We collect, including but not limited to,', 'your email.', 'en', false],
    ['negates in German', 'Wir erheben keine', 'E-Mail-Adressen.', 'de', true],
    ['negates in Polish', 'Nie zbieramy', 'adresu e-mail.', 'pl', true],
  ])('%s: the long window reads as the short one', (_, before, after, lang, negated) => {
    const short = spaced(before, 16, after);
    const long = spaced(before, LONG, after);
    expect(long.pos - before.length).toBeGreaterThan(SLICE_WINDOW);
    expect(negatedBefore(short.text, short.pos, lang)).toBe(negated);
    expect(negatedBefore(long.text, long.pos, lang)).toBe(negated);
  });

  test('a negation in the aside that holds the mention negates it, however long the clause', () => {
    for (const gap of [16, LONG]) {
      const { text, pos } = spaced(
        `We collect ${filler(LONG)}(nor do we ever keep`,
        gap,
        'your email address).',
      );
      expect(negatedBefore(text, pos, 'en')).toBe(true);
    }
  });

  test('the clause around a mention holds a negation far after it', () => {
    for (const gap of [16, LONG]) {
      const { text } = spaced('We sell', gap, 'nothing at all and never did.');
      expect(negatedClause(text, 3, 'en')).toBe(true);
      const broken = spaced('We sell data', gap, 'but we never did.');
      expect(negatedClause(broken.text, 3, 'en')).toBe(false);
    }
  });

  test('a page of one endless denial collects nothing, and one endless statement collects', () => {
    const denial = 'We do not (not) collect email (not) address, '.repeat(400);
    expect(denial.length).toBeGreaterThan(10 * SLICE_WINDOW);
    expect(practicesOf([denial], 'en').collection.dataTypes).toEqual(
      practicesOf(['We do not (not) collect email (not) address, '.repeat(2)], 'en').collection.dataTypes,
    );
    const statement = 'We collect your email address and your phone number, '.repeat(400);
    expect(practicesOf([statement], 'en').collection.dataTypes).toEqual(['email', 'phone']);
  });
});

describe('the longest-match contest over many candidates', () => {
  const table: Record<'party', KindTerms> = { party: { strong: { en: ['partners', 'beta partners'] } } };
  const masks: LangTerms = { en: ['alpha beta gamma delta', 'delta partners', 'gamma delta'] };
  const pieces = ['alpha beta gamma delta partners', 'beta partners and partners', 'gamma delta partners'];

  test('keeps what it keeps in each piece alone', () => {
    const whole = Array.from({ length: 30 }, (_, k) => pieces[k % pieces.length]).join(', ');
    let at = 0;
    const expected = whole.split(', ').flatMap((piece) => {
      const found = typedMatches(table, masks, piece, 'en').map((m) => ({
        ...m,
        start: m.start + at,
        end: m.end + at,
      }));
      at += piece.length + 2;
      return found;
    });
    expect(expected).toHaveLength(20);
    expect(typedMatches(table, masks, whole, 'en')).toEqual(expected);
  });
});

describe('a long run of list items', () => {
  const items = (n: number): { text: string; kind: 'list-item' }[] =>
    Array.from({ length: n }, (_, k) => ({
      text: k % 2 === 0 ? 'Phone number' : 'Postal address',
      kind: 'list-item',
    }));

  test('every item reads its introduction', () => {
    expect(practicesOf(['We do not collect:', ...items(300)], 'en').collection.dataTypes).toEqual([]);
    expect(practicesOf(['We collect:', ...items(300)], 'en').collection.dataTypes).toEqual([
      'phone',
      'postal-address',
    ]);
  });
});

describe('a bare list after its announcement, deep in a long paragraph', () => {
  const opening = 'Our shop opened in 2019. '.repeat(40);

  test('is read as the list the sentence before it announces', () => {
    const text = `${opening}We need a few details when you subscribe. Name, address, postcode and email address.`;
    expect(practicesOf([text], 'en').collection.dataTypes).toEqual(['name', 'email', 'postal-address']);
  });

  test('is not read after a sentence that announces nothing', () => {
    const text = `${opening}We do not collect anything. Name, address, postcode and email address. ${opening}`;
    expect(practicesOf([text], 'en').collection.dataTypes).toEqual([]);
  });
});
