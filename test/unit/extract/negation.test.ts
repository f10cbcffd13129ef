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
    ['fr', 'Nous ne collectons pas votre adresse e-mail ni votre numéro de téléphone.'],
    ['fr', 'Nous ne collectons jamais votre adresse e-mail ni votre numéro de téléphone.'],
  ])('%s: "%s" still collects nothing', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual([]);
  });
});

describe('French "ne ... que", which means "only"', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous ne collectons que votre adresse e-mail et votre numéro de téléphone.'],
    ['fr', "Nous n'utilisons que votre adresse e-mail et votre numéro de téléphone."],
    ['fr', 'Nous ne recueillons que les données suivantes : adresse e-mail, numéro de téléphone.'],
  ])('%s: "%s" collects', (lang, sentence) => {
    expect(practicesOf([sentence], lang).collection.dataTypes).toEqual(
      expect.arrayContaining(['email', 'phone']),
    );
  });

  test.each<[Lang, string]>([
    [
      'fr',
      'Nous ne garantissons pas que votre adresse e-mail ou votre numéro de téléphone soient collectés.',
    ],
    [
      'fr',
      'Nous ne pouvons garantir que votre adresse e-mail et votre numéro de téléphone soient collectés.',
    ],
  ])('%s: "%s" still negates (a negation word or "ne pouvoir" before "que")', (lang, sentence) => {
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
    ['en', 'Some sites collect a lot. We do not collect:', ['Email addresses', 'Payment card numbers']],
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
    ['fr', 'Nous ne collectons que les données suivantes :', ['Adresses e-mail', 'Données de paiement']],
    [
      'en',
      'We do not collect sensitive data. When you register, we collect the following information:',
      ['Email addresses', 'Payment card numbers'],
    ],
    [
      'de',
      'Wir erheben keine sensiblen Daten. Bei der Registrierung erheben wir folgende Daten:',
      ['E-Mail-Adressen', 'Zahlungsdaten'],
    ],
    // a comma parts the negation from the verb; phrases that negate nothing
    ['en', 'If you do not sign in, we collect:', ['Email addresses', 'Payment card numbers']],
    ['en', 'We collect, without exception, the following:', ['Email addresses', 'Payment card numbers']],
    ['en', 'We collect no more than:', ['Email addresses', 'Payment card numbers']],
    ['it', 'Non raccogliamo solo:', ['Indirizzi email', 'Dati di pagamento']],
    ['pt', 'Não coletamos apenas:', ['Endereços de e-mail', 'Dados de pagamento']],
  ])('%s: "%s" still names what is collected', (lang, intro, items) => {
    expect(practicesOf(listUnder(intro, items), lang).collection.dataTypes).toEqual(['email', 'payment']);
  });
});
