/**
 * Negation: a negation word cancels the practice of its clause, but "including, but not limited to",
 * "sans s'y limiter", "nicht nur" and the like negate nothing; and a list whose introduction denies the
 * practice ("We do not collect:") names what the page does not do.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('phrases with a negation word that negate nothing', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We collect information including, but not limited to, your name, email address and phone number.',
    ],
    [
      'en',
      'We may collect personal information, including without limitation your email address and phone number.',
    ],
    ['de', 'Wir erheben nicht nur Ihre E-Mail-Adresse, sondern auch Ihre Telefonnummer.'],
    ['nl', 'Wij verzamelen onder meer, maar niet beperkt tot, uw e-mailadres en telefoonnummer.'],
    ['da', 'Vi indsamler blandt andet, men ikke begrænset til, din e-mailadresse og dit telefonnummer.'],
    ['fr', "Nous collectons, sans s'y limiter, votre adresse e-mail et votre numéro de téléphone."],
    ['es', 'Recopilamos, sin limitarse a, su dirección de correo electrónico y su número de teléfono.'],
    ['it', 'Raccogliamo, a titolo non esaustivo, il suo indirizzo email e il suo numero di telefono.'],
    ['pl', 'Zbieramy, w tym między innymi, ale nie ograniczając się do, adres e-mail i numer telefonu.'],
    ['pt', 'Coletamos, não apenas, o seu endereço de e-mail e o seu número de telefone.'],
  ])('%s: "%s" collects', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(
      expect.arrayContaining(['email', 'phone']),
    );
  });

  test.each<[Lang, string]>([
    ['en', 'We do not collect your email address or phone number.'],
    ['de', 'Wir erheben keine E-Mail-Adressen oder Telefonnummern.'],
    ['fr', 'Nous ne collectons ni votre adresse e-mail ni votre numéro de téléphone.'],
  ])('%s: "%s" still collects nothing', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual([]);
  });
});

describe('a list introduced as data NOT collected', () => {
  const listUnder = (intro: string, items: readonly string[]) => {
    const heading = 'Personal data';
    return [
      { text: heading, kind: 'heading' as const },
      { text: intro, heading },
      ...items.map((text) => ({ text, kind: 'list-item' as const, heading })),
    ];
  };

  test.each<[Lang, string, readonly string[]]>([
    ['da', 'Vi indsamler ikke:', ['E-mailadresser', 'Betalingsoplysninger', 'Loginoplysninger']],
    ['en', 'We do not collect:', ['Email addresses', 'Payment card numbers']],
    ['de', 'Wir erheben keine der folgenden Daten:', ['E-Mail-Adressen', 'Zahlungsdaten']],
    ['fr', 'Nous ne collectons pas les données suivantes :', ['Adresses e-mail', 'Données de paiement']],
  ])('%s: "%s" names nothing collected', (lang, intro, items) => {
    expect(practicesOf(listUnder(intro, items), lang).collection.dataTypes).toEqual([]);
  });

  test.each<[Lang, string, readonly string[]]>([
    ['da', 'Vi indsamler:', ['E-mailadresser', 'Betalingsoplysninger']],
    [
      'en',
      'We collect the following data, which we never sell:',
      ['Email addresses', 'Payment card numbers'],
    ],
    ['en', 'We collect data including, but not limited to:', ['Email addresses', 'Payment card numbers']],
  ])('%s: "%s" still names what is collected', (lang, intro, items) => {
    expect(practicesOf(listUnder(intro, items), lang).collection.dataTypes).toEqual(['email', 'payment']);
  });
});
