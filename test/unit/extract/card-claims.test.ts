/**
 * Claims a reader of the card would see as wrong, fixed in code: a weak data-type mention backed by a
 * negated mention or by a company name, parties named as sources or as what data is about taken for
 * recipients, one kind read out of "Marketing- og analyseplatforme", and a contact invitation quoted
 * before a sentence that says what is collected.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang, Recipient } from '../../../src/core/vocabulary';
import { type Block, practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf([text], lang).collection.dataTypes;
const recipientsOf = (text: string, lang: Lang): readonly Recipient[] =>
  practicesOf([text], lang).sharing.recipients;

describe('a weak mention is backed only by a mention the sentence makes', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect an address but no payments.'],
    ['en', 'We collect an address, handled by Nordic Payments Group.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toEqual([]);
  });

  test('nor is a weak mention that ends a company name', () => {
    const title = 'Information we collect';
    const item: Block = {
      text: 'Health Insurance Company - they will be notified of treatment via an invoice.',
      heading: title,
      kind: 'list-item',
    };
    const { dataTypes } = practicesOf([{ text: title, kind: 'heading' }, item], 'en').collection;
    expect(dataTypes).not.toContain('professional');
  });

  test.each<[Lang, string, DataType[]]>([
    ['en', 'We collect a name and payments data.', ['name', 'payment']],
    ['en', 'We collect a name and an address.', ['name', 'postal-address']],
    [
      'en',
      'We collect your Internet Protocol ("IP") address and an address.',
      ['postal-address', 'ip-address'],
    ],
  ])('%s: %s still counts', (lang, text, types) => {
    expect(typesOf(text, lang)).toEqual(types);
  });
});

describe('sources and the people data is about are not recipients', () => {
  test.each<[Lang, string]>([
    ['en', 'Data may come from other sources, such as service providers and social networks.'],
    ['nl', 'Gegevens kunnen afkomstig zijn van andere bronnen, zoals derden en sociale netwerken.'],
    ['en', 'We share information about our business partners with nobody.'],
    ['nl', 'Wij delen gegevens over leveranciers, partners en klanten alleen intern.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string, Recipient[]]>([
    ['en', 'We share data with partners; some data also comes from public sources.', ['business-partners']],
    ['en', 'We share information about you with our business partners.', ['business-partners']],
    ['en', 'We share data about you with partners.', ['business-partners']],
    ['nl', 'Wij delen gegevens met leveranciers en partners.', ['service-providers', 'business-partners']],
  ])('%s: %s still names recipients', (lang, text, kinds) => {
    expect(recipientsOf(text, lang)).toEqual(kinds);
  });
});

describe('coordinated compounds name every kind', () => {
  test.each<[Lang, string]>([
    ['da', 'Vi deler oplysninger med marketing- og analyseplatforme.'],
    ['de', 'Wir geben Daten an Marketing- und Analyseplattformen weiter.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(expect.arrayContaining(['advertisers', 'analytics']));
  });
});

describe('a sentence that says what is collected is quoted first', () => {
  const title = 'Information we collect';
  const blocks = (invitation: string, statement: string): Block[] => [
    { text: title, kind: 'heading' },
    { text: invitation, heading: title },
    { text: statement, heading: title },
  ];
  test.each<[Lang, string, string]>([
    [
      'en',
      'Contact us by phone, by post at our postal address or at our e-mail address privacy@example.com.',
      'We collect your phone number when you book.',
    ],
    [
      'de',
      'Kontaktieren Sie uns per Telefon, per Post an unsere Postanschrift oder an unsere E-Mail-Adresse.',
      'Wir erheben Ihre Telefonnummer bei der Buchung.',
    ],
  ])('%s', (lang, invitation, statement) => {
    const { evidence } = practicesOf(blocks(invitation, statement), lang).collection;
    expect(evidence.map((e) => e.text)).toEqual([statement, invitation]);
  });
});
