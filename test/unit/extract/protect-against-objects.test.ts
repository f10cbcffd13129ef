/**
 * review14 finding 8: protecting against loss or misuse counts when the protected thing is data, accounts or
 * systems, and the lists lacked servers and networks (nl "Wij beschermen onze servers tegen verlies en
 * diefstal") and de compounds in "-details" and "Angaben" ("Ihre Zahlungsdetails schützen wir vor Diebstahl"):
 * servers, networks, infrastructure and their twins are protected things now in every language whose entry
 * lists objects (en de nl nb da fr es pt). Finding 10: an en pronoun before the verb is often another verb's
 * object ("use them to protect our brand from misuse"), so before the verb it counts only as a passive
 * subject ("It is protected against loss"); after the verb ("We protect it against loss") it still counts.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('protecting servers, networks or details against loss reads security on lexical cues', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij beschermen onze servers tegen verlies en diefstal.'],
    ['nl', 'Wij beschermen ons netwerk tegen onbevoegde toegang.'],
    ['de', 'Ihre Zahlungsdetails schützen wir vor Diebstahl und Missbrauch.'],
    ['de', 'Ihre Angaben schützen wir vor unbefugtem Zugriff und Verlust.'],
    ['de', 'Wir schützen unsere Server vor Angriffen und vor Verlust.'],
    ['de', 'Wir schützen unsere Server und Netzwerke gegen unbefugte Zugriffe.'],
    ['en', 'We protect our servers against loss and theft.'],
    ['en', 'Your payment details are protected against misuse.'],
    ['en', 'We protect our networks from unauthorized access.'],
    ['en', 'It is protected against loss and unauthorized access.'],
    ['en', 'We protect it against loss and misuse.'],
    ['en', 'Your data is protected against loss and misuse.'],
    ['nb', 'Vi beskytter våre servere mot tap og tyveri.'],
    ['da', 'Vi beskytter vores servere mod tab og tyveri.'],
    ['fr', 'Nous protégeons nos serveurs contre la perte et le vol.'],
    ['es', 'Protegemos nuestros servidores contra pérdidas y robos.'],
    ['pt', 'Protegemos os nossos servidores contra perdas e roubos.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});

describe('protecting a brand or travellers says nothing on lexical cues', () => {
  test.each<[Lang, string]>([
    ['en', 'We register our trademarks and use them to protect our brand from misuse.'],
    ['en', 'We protect our brand against misuse.'],
    ['en', 'The insurance we offer protects travellers against loss of luggage.'],
    ['de', 'Wir schützen unsere Marke gegen Missbrauch.'],
    ['nl', 'Wij beschermen ons merk tegen misbruik.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'sharing')[0]).toBe(false);
  });
});
