/**
 * "Sending the person confirmations" reads as `email` (bb3ac47) because a confirmation is e-mailed unless
 * said otherwise: a confirmation said to go by text message or post names a phone number or an address,
 * never an e-mail address.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf([text], lang).collection.dataTypes;

describe('a confirmation by text message or post is no e-mail', () => {
  test.each<[Lang, string]>([
    ['en', 'We use your phone number to send you an SMS confirmation.'],
    ['en', 'We collect your name and send you a confirmation of your order by post.'],
    ['de', 'Wir speichern Ihre Telefonnummer und schicken Ihnen eine Bestätigung per SMS.'],
    ['de', 'Wir speichern Ihre Telefonnummer, um Ihnen per SMS eine Bestätigung zu senden.'],
    ['nl', 'Wij bewaren uw telefoonnummer om u per sms een bevestiging te sturen.'],
    ['nb', 'Vi bruker telefonnummeret ditt for å sende deg en bekreftelse på SMS.'],
    ['sv', 'Vi använder ditt telefonnummer för att skicka dig en bekräftelse via sms.'],
    ['da', 'Vi bruger dit telefonnummer til at sende dig en bekræftelse på sms.'],
    ['pl', 'Przetwarzamy numer telefonu w celu wysyłania potwierdzeń rezerwacji SMS-em.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).not.toContain('email');
  });
});

describe('a confirmation by text message, said alone, is no e-mail either', () => {
  test.each<[Lang, string]>([
    ['en', 'We send you an SMS confirmation.'],
    ['de', 'Wir schicken Ihnen eine Bestätigung per SMS.'],
    ['nb', 'Vi sender deg en bekreftelse på SMS.'],
    ['sv', 'Vi skickar dig en bekräftelse via sms.'],
    ['da', 'Vi sender dig en bekræftelse på sms.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).not.toContain('email');
  });
});

describe('a confirmation said without another channel stays an e-mail', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your name and send you a confirmation of your order.'],
    ['de', 'Wir speichern Ihren Namen und schicken Ihnen eine Bestätigung.'],
    ['nl', 'Wij bewaren uw naam om u een bevestiging te sturen.'],
    ['nb', 'Vi lagrer navnet ditt for å sende deg en bekreftelse.'],
    ['sv', 'Vi sparar ditt namn för att skicka dig en bekräftelse.'],
    ['da', 'Vi gemmer dit navn for at sende dig en bekræftelse.'],
    ['pl', 'Przetwarzamy dane w celu wysyłania potwierdzeń rezerwacji.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('email');
  });

  test('e-mails beside text messages stay e-mails', () => {
    expect(typesOf('Wir speichern Ihre Daten und senden Ihnen E-Mails und SMS.', 'de')).toContain('email');
  });
});
