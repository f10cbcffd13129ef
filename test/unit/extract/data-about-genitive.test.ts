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
  ])('%s', (text) => {
    expect(recipientsOf(text)).not.toContain('business-partners');
  });

  test.each(['Przekazujemy dane partnerom biznesowym.', 'Udostępniamy dane naszym partnerom.'])(
    'the dative names recipients: %s',
    (text) => {
      expect(recipientsOf(text)).toContain('business-partners');
    },
  );
});
