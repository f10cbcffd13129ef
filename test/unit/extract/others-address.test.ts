/**
 * Probe16's contact misreadings (session 17, fix17b): an address the sentence gives to another company in
 * so many words ("Stripe, whose own privacy team can be contacted at privacy@stripe.com", "Anfragen an den
 * Dienstleister können an privacy@cleverreach.com gerichtet werden") was listed as the page's contact, even
 * as its only one. Such an address is never the page's: an empty contact is better than a wrong one. The
 * page's own DPO or privacy address, a sentence with no giving-away phrase, and a first-person invitation
 * keep their addresses. Also: "co.uk"-style registered names, and a monkey named "Kropka.pl".
 */
import { describe, expect, test } from 'vitest';
import { spokenEmailsIn } from '../../../src/core/extract/emails';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf, practicesOf } from './helpers';

describe("an address the sentence gives to another company is no contact, even the page's only one", () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Card payments are handled by Stripe, whose own privacy team can be contacted at privacy@stripe.com.',
    ],
    [
      'de',
      'Der Versand unseres Newsletters erfolgt über CleverReach; Anfragen an den Dienstleister können an privacy@cleverreach.com gerichtet werden.',
    ],
    ['en', "Yahoo's own privacy questions go to Yahoo at support@yahoo.com."],
    ['nl', 'Betalingen verlopen via Mollie, wiens eigen privacyteam bereikbaar is via privacy@mollie.com.'],
    ['nb', 'Betaling skjer med Vipps; spørsmål kan rettes til leverandøren på personvern@vipps.no.'],
    ['sv', 'Betalningar hanteras av Klarna, vars egna dataskyddsombud nås på dataskydd@klarna.se.'],
    [
      'da',
      'Betaling sker via MobilePay; henvendelser kan sendes til leverandøren på privatliv@mobilepay.dk.',
    ],
    [
      'fr',
      'Les paiements sont traités par Stripe ; vous pouvez exercer vos droits auprès de ce prestataire à privacy@stripe.com.',
    ],
    [
      'es',
      'Los pagos los gestiona PayPal, cuyo propio equipo de privacidad atiende en privacidad@paypal.es.',
    ],
    [
      'it',
      'I pagamenti sono gestiti da Satispay; le richieste al fornitore vanno inviate a privacy@satispay.com.',
    ],
    [
      'pl',
      'Płatności obsługuje Przelewy24; pytania należy kierować do dostawcy na adres rodo@przelewy24.pl.',
    ],
    [
      'pt',
      'Os pagamentos são tratados pela Stripe; os pedidos ao prestador podem ser enviados para privacy@stripe.com.',
    ],
  ])('[%s] %s', (lang, text) => {
    expect(emailsOf(text, lang)).toEqual([]);
  });
});

describe("the page's own address stays", () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'Card payments are handled by Stripe, whose own privacy team can be contacted at privacy@stripe.com. Questions about your data: privacy@harwick.co.uk.',
      'privacy@harwick.co.uk',
    ],
    [
      'de',
      'Anfragen an den Dienstleister CleverReach beantwortet unser Datenschutzbeauftragter unter datenschutz@modehaus.de.',
      'datenschutz@modehaus.de',
    ],
    [
      'fr',
      'Pour toute question relative à vos données, écrivez à notre délégué à la protection des données : dpo@voyages-horizon.fr.',
      'dpo@voyages-horizon.fr',
    ],
    [
      'en',
      'Please contact us at privacy@harwick.co.uk with any question about your data.',
      'privacy@harwick.co.uk',
    ],
    // The service named, no giving-away phrase: its privacy mailbox alone stays (session 16).
    ['en', "Questions about Stripe's processing can be sent to privacy@stripe.com.", 'privacy@stripe.com'],
    // A holder's address on a mailbox provider, the provider named but given nothing.
    ['sv', 'Föreningen använder Gmail, så frågor skickas till turf.klubb@gmail.com.', 'turf.klubb@gmail.com'],
  ])('[%s] %s', (lang, text, email) => {
    expect(emailsOf(text, lang)).toContain(email);
  });

  test('beside the page own address, only the page own is listed', () => {
    const page = [
      'Card payments are handled by Stripe, whose own privacy team can be contacted at privacy@stripe.com.',
      'Questions about your data: privacy@harwick.co.uk.',
    ];
    expect(practicesOf(page, 'en').contact.emails).toEqual(['privacy@harwick.co.uk']);
  });
});

describe('a co.uk-style registered name is the name before the ending', () => {
  test('a help desk on the firm own co.uk domain is its own, not a tenant of "co.uk"', () => {
    const page = [
      'Our site is harwick.co.uk and our shop is shop.harwick.co.uk.',
      'For any question about your data write to help@support.harwick.co.uk.',
    ];
    expect(practicesOf(page, 'en').contact.emails).toEqual(['help@support.harwick.co.uk']);
  });
});

describe('a spoken at-word before a capitalised name with a plain dot is prose', () => {
  test.each<[Lang, string, readonly string[]]>([
    ['pl', 'W zoo mieszka małpa Kropka.pl i słoń.', []],
    ['nb', 'Skriv til personvern krøllalfa firma.no.', ['personvern@firma.no']],
    ['pl', 'Napisz: rodo małpa sklep kropka pl.', ['rodo@sklep.pl']],
  ])('[%s] %s', (lang, text, emails) => {
    expect(spokenEmailsIn(text, lang)).toEqual(emails);
  });
});
