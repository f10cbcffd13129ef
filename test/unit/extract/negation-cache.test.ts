/**
 * negation.ts remembers what it found in the sentence asked about last (its clause breaks, asides,
 * phrases that negate nothing, negations, what its clauses hold). A page typed without accents reads the
 * same text with folded lexicons ("porem" is "porém", "nao" is "não"): it must not be served what an
 * accented page's reading of that very text found, nor the other way round.
 */
import { describe, expect, it } from 'vitest';
import { readingPage } from '../../../src/core/extract/lexicon';
import { clauseAround, negatedBefore } from '../../../src/core/extract/negation';

/** Portuguese typed without accents: read with folded lexicons (isAccentless). */
const ACCENTLESS_PAGE = [
  { text: 'Nao coletamos informacoes de saude. A empresa nao vende dados pessoais a terceiros.' },
];
/** Portuguese typed with accents: read as written. */
const ACCENTED_PAGE = [
  { text: 'Não coletamos informações de saúde. A empresa não vende dados pessoais a terceiros.' },
];

/** "porem" (porém, a clause break) is a break only where accents are folded; "nunca" negates in both. */
const SENTENCE = 'Nunca vendemos seus dados porem compartilhamos seu e-mail com parceiros.';
const SHARE = SENTENCE.indexOf('compartilhamos');

/** "nao" (não) negates only where accents are folded. */
const BARE = 'Nao vendemos seus dados pessoais.';
const SELL = BARE.indexOf('vendemos');

const onPage = <T>(page: readonly { text: string }[], read: () => T): T =>
  readingPage('pt', [...page, { text: SENTENCE }, { text: BARE }], read);

describe('negation answers of one text on pages typed with and without accents', () => {
  it('reads the clause breaks of each page with its own lexicons, whichever page comes first', () => {
    const accented = () => onPage(ACCENTED_PAGE, () => negatedBefore(SENTENCE, SHARE, 'pt'));
    const accentless = () => onPage(ACCENTLESS_PAGE, () => negatedBefore(SENTENCE, SHARE, 'pt'));
    // As written, "porem" is no word: "Nunca" negates the whole sentence; folded, "porem" ends its clause.
    expect(accented()).toBe(true);
    expect(accentless()).toBe(false);
    expect(accented()).toBe(true);
    expect(onPage(ACCENTLESS_PAGE, () => clauseAround(SENTENCE, SHARE, 'pt').start)).toBeGreaterThan(0);
    expect(onPage(ACCENTED_PAGE, () => clauseAround(SENTENCE, SHARE, 'pt').start)).toBe(0);
  });

  it('finds a negation word typed without its accent only on a page typed without accents', () => {
    expect(onPage(ACCENTED_PAGE, () => negatedBefore(BARE, SELL, 'pt'))).toBe(false);
    expect(onPage(ACCENTLESS_PAGE, () => negatedBefore(BARE, SELL, 'pt'))).toBe(true);
    expect(onPage(ACCENTED_PAGE, () => negatedBefore(BARE, SELL, 'pt'))).toBe(false);
  });
});
