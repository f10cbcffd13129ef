import { describe, expect, it } from 'vitest';
import { emailSpans, emailsIn, withoutEmails } from '../../../src/core/extract/emails';

/** The pattern the finder stands for. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

function expected(text: string): { spans: [number, number][]; without: string } {
  return {
    spans: [...text.matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length]),
    without: text.replace(EMAIL, ' '),
  };
}

function actual(text: string): { spans: [number, number][]; without: string } {
  return { spans: emailSpans(text).map((s) => [s.start, s.end]), without: withoutEmails(text) };
}

describe('e-mail addresses', () => {
  it.each([
    'Write to privacy@example.com or dpo@sub.example.co.uk.',
    'a@b@c.com',
    'a@b.c1 x@y.zz. @x.com a@.com',
    'jo.doe+tag@ex-ample.org, jo%x@ex.io',
    'ü@ö.de and 𝐀@𝐁.𝐂𝐃',
    'no address here',
    'broken @ sign and mail@host',
  ])('finds what the pattern finds in %j', (text) => {
    expect(actual(text)).toEqual(expected(text));
  });

  it('agrees with the pattern on random strings', () => {
    const alphabet = 'ab@.-_%+1é😀 x.co@';
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = Math.floor(next() * 14); j > 0; j--)
        text += alphabet[Math.floor(next() * alphabet.length)];
      expect(actual(text), JSON.stringify(text)).toEqual(expected(text));
    }
  });

  it('lists addresses as written', () => {
    expect(emailsIn('Mail Privacy@Example.com or x@y.org.')).toEqual(['Privacy@Example.com', 'x@y.org']);
  });
});
