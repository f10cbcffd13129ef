import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/classify/normalize';
import { splitSentences } from '../../../src/core/classify/sentences';
import { EMAIL_TOKEN, isNumberToken, tokenize, URL_TOKEN } from '../../../src/core/classify/tokenize';

describe('normalizeText', () => {
  it.each([
    ['Löschung der Daten', 'loschung der daten'],
    ['Straße', 'strasse'],
    ['lagres i fem år', 'lagres i fem ar'],
    ['Føre data ÆRLIG', 'fore data aerlig'],
    ['Données personnelles à caractère', 'donnees personnelles a caractere'],
    ['Przechowujemy dane przez pięć lat, łącznie', 'przechowujemy dane przez piec lat, lacznie'],
    ['plain ascii stays', 'plain ascii stays'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('keeps words and numbers, turns e-mail addresses and URLs into shape tokens', () => {
    const tokens = tokenize(
      normalizeText('Write to privacy@example.com or see https://example.com/privacy within 30 days.'),
    );
    expect(tokens).toEqual(['write', 'to', EMAIL_TOKEN, 'or', 'see', URL_TOKEN, 'within', '30', 'days']);
  });

  it('splits on punctuation and keeps non-Latin letters', () => {
    expect(tokenize("don't e-mail www.x.org данные")).toEqual(['don', 't', 'e', 'mail', URL_TOKEN, 'данные']);
  });

  it('recognises number tokens', () => {
    expect(isNumberToken('2024')).toBe(true);
    expect(isNumberToken('24h')).toBe(false);
    expect(isNumberToken('x1')).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits on end punctuation before a capital and glues short pieces on', () => {
    expect(splitSentences('We collect your name. We keep it for 5 years. A. B.')).toEqual([
      'We collect your name.',
      'We keep it for 5 years. A. B.',
    ]);
  });

  it('returns one piece for empty or tiny text', () => {
    expect(splitSentences('')).toEqual(['']);
    expect(splitSentences('  Hi. ')).toEqual(['Hi.']);
  });

  it('does not split inside a lower-case continuation', () => {
    expect(splitSentences('Data (e.g. your name) is kept.')).toEqual(['Data (e.g. your name) is kept.']);
  });
});
