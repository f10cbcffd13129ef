import { describe, expect, it } from 'vitest';
import { practicesOf } from './helpers';
import { stripAccents } from './table-matches';

/** Portuguese service providers named without "de serviços", or as companies ("empresas prestadoras"). */
describe('Portuguese service providers', () => {
  it.each([
    'Partilhamos os seus dados com prestadores técnicos.',
    'Partilhamos os seus dados com empresas prestadoras de serviços.',
    'Partilhamos os seus dados com prestadores externos que nos apoiam.',
    'Partilhamos os seus dados com os nossos prestadores.',
    'Partilhamos os seus dados com prestadores de serviços técnicos.',
  ])('"%s" names service providers, accents or not', (text) => {
    expect(practicesOf([text], 'pt').sharing.recipients).toEqual(['service-providers']);
    expect(practicesOf([stripAccents(text)], 'pt').sharing.recipients).toEqual(['service-providers']);
  });
});
