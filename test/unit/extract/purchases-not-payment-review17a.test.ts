/**
 * Data types fix17d's purchase and time phrases invented (review17a findings 4, 9, 10; session 17 fixr17a):
 * "non-financial data about your purchases" is no payment even beside "which items you bought" (masked in
 * eleven languages); products one CAN buy are no usage data; "wie lange Sie verbringen möchten" (a stay) is none.
 * Purchases the reader made and time spent in the app stay usage data.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (lang: Lang, text: string) => practicesOf([text], lang).collection.dataTypes;

describe('non-financial purchase data is no payment (review17a finding 4)', () => {
  it.each([
    [
      'en',
      'Third-party payment processors may share non-financial data about your purchases with us, such as which items you bought, so that we can fulfil your order.',
    ],
    [
      'de',
      'Die Drittverarbeiter von Zahlungen können jedoch nichtfinanzielle, auf Ihre Käufe bezogene Daten mit uns teilen, wie etwa die Information, welche Artikel Sie gekauft haben.',
    ],
  ] as [Lang, string][])('[%s] %s', (lang, text) => {
    const types = typesOf(lang, text);
    expect(types).toContain('usage-data');
    expect(types).not.toContain('payment');
  });
});

describe('what one can buy and a stay are no usage data (review17a findings 9, 10)', () => {
  it.each([
    ['en', 'We collect which products you can buy in your region to show prices.'],
    ['en', 'We process data on which items you can purchase with your voucher.'],
    ['de', 'Bitte sagen Sie uns, wie lange Sie verbringen möchten.'],
  ] as [Lang, string][])('[%s] %s', (lang, text) => {
    expect(typesOf(lang, text)).not.toContain('usage-data');
  });
  it.each([
    ['en', 'We record which products you bought in our shop.'],
    ['de', 'Wir erfassen, wie lange du in der App verbringst.'],
    ['de', 'Wir speichern, wie viel Zeit Sie mit den Lektionen verbracht haben.'],
  ] as [Lang, string][])('[%s] %s reads usage data', (lang, text) => {
    expect(typesOf(lang, text)).toContain('usage-data');
  });
});
