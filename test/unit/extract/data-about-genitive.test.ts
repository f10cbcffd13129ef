/**
 * Polish says "data of" with the genitive and no preposition: "dane partnerów" is data about partners,
 * not a disclosure to them; "dane partnerom" (dative) is.
 */
import { describe, expect, test } from 'vitest';
import { practicesOf } from './helpers';

const recipientsOf = (text: string) => practicesOf([text], 'pl').sharing.recipients;

describe('pl: parties in the genitive after "dane" are whom the data is about', () => {
  test.each([
    'Przekazujemy dane naszych partnerów.',
    'Przetwarzamy dane dostawców i partnerów.',
    'Przekazujemy dane partnerów firmie kurierskiej.',
    // A list of genitives whose first word names no party: still "data of" all of them.
    'Przekazujemy dane kontrahentów oraz partnerów.',
    'Przetwarzamy dane klientów, kontrahentów i partnerów.',
  ])('%s', (text) => {
    expect(recipientsOf(text)).not.toContain('business-partners');
  });

  test.each([
    'Przekazujemy dane partnerom biznesowym.',
    'Udostępniamy dane naszym partnerom.',
    'Przekazujemy dane kontrahentów naszym partnerom.',
    'Przekazujemy dane kontrahentów do partnerów.',
  ])('the dative names recipients: %s', (text) => {
    expect(recipientsOf(text)).toContain('business-partners');
  });
});
