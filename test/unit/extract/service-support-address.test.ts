/**
 * Probe15's contact misreadings: a processor's or payment provider's support address, alone in its
 * sentence, was listed as the page's privacy contact ("Support tickets are handled through Zendesk, which may
 * email you from support@harwick.zendesk.com", "Spørsmål om betalinger med Vipps må rettes til Vipps
 * MobilePay på kundeservice@vippsmobilepay.com"). A known service named in the sentence whose name is the
 * address's domain owns the address: it is not where the reader sends privacy requests, and an empty contact
 * is better than a wrong one. What stays: the site's own addresses, a service's privacy mailbox (the service
 * as controller), a service named as the controller, and a first-person invitation to write to us.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf, practicesOf } from './helpers';

const OWN: Record<Lang, string> = {
  en: 'Questions about your data: privacy@harwick.co.uk.',
  de: 'Fragen zum Datenschutz: datenschutz@modehaus.de.',
  nl: 'Vragen over privacy: privacy@winkel.nl.',
  nb: 'Spørsmål om personvern: personvern@nettbutikken.no.',
  sv: 'Frågor om integritet: integritet@butiken.se.',
  da: 'Spørgsmål om privatliv: privatliv@butikken.dk.',
  fr: 'Questions sur vos données : rgpd@boutique.fr.',
  es: 'Consultas sobre privacidad: privacidad@tienda.es.',
  it: 'Domande sulla privacy: privacy@negozio.it.',
  pl: 'Pytania o dane osobowe: rodo@sklep.pl.',
  pt: 'Questões sobre privacidade: privacidade@loja.pt.',
};

/** The domain of the page's own address in OWN. */
function ownOf(lang: Lang): string {
  return (OWN[lang].match(/\S+@[\w.]+\w/) ?? [''])[0];
}

describe("a named service's support address beside the page's own is not listed", () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Support tickets are handled through Zendesk, which may email you from support@harwick.zendesk.com.',
    ],
    [
      'nb',
      'Spørsmål om betalinger med Vipps må rettes til Vipps MobilePay på kundeservice@vippsmobilepay.com.',
    ],
    ['de', 'Fragen zu Zahlungen mit Klarna richten Sie bitte an Klarna unter kundenservice@klarna.de.'],
    ['nl', 'Vragen over betalingen via Mollie kunnen worden gesteld aan Mollie via support@mollie.com.'],
    ['sv', 'Frågor om betalningar med Swish besvaras av Swish på kundtjanst@swish.nu.'],
    ['da', 'Spørgsmål om betalinger med MobilePay skal rettes til MobilePay på kundeservice@mobilepay.dk.'],
    [
      'fr',
      'Les tickets d’assistance sont gérés par Zendesk, qui peut vous écrire depuis support@boutique.zendesk.com.',
    ],
    ['es', 'Las consultas sobre pagos con PayPal deben dirigirse a PayPal en soporte@paypal.es.'],
    ['it', 'Per i pagamenti con Satispay puoi rivolgerti a Satispay all’indirizzo assistenza@satispay.com.'],
    ['pl', 'Pytania o płatności Przelewy24 kieruj do Przelewy24 na adres pomoc@przelewy24.pl.'],
    [
      'pt',
      'Os pedidos de suporte são geridos pela Freshdesk, que lhe pode escrever a partir de suporte@loja.freshdesk.com.',
    ],
  ])('[%s] %s', (lang, text) => {
    expect(practicesOf([text, OWN[lang]], lang).contact.emails).toEqual([ownOf(lang)]);
  });

  // Alone on its page the address stays, last: the rule cannot always tell a firm's help desk from the
  // service's, and an address beats "no contact found" (review16c).
  test.each<[Lang, string]>([
    [
      'en',
      'Support tickets are handled through Zendesk, which may email you from support@harwick.zendesk.com.',
    ],
    [
      'nb',
      'Spørsmål om betalinger med Vipps må rettes til Vipps MobilePay på kundeservice@vippsmobilepay.com.',
    ],
  ])('[%s] alone on its page: %s', (lang, text) => {
    expect(emailsOf(text, lang)).toHaveLength(1);
  });
});

describe('on a page that gives its own address, only its own is listed', () => {
  test.each<[Lang, string, string, string]>([
    [
      'en',
      'Support tickets are handled through Zendesk, which may email you from support@harwick.zendesk.com.',
      'Contact our DPO at dpo@harwick.com.',
      'dpo@harwick.com',
    ],
    [
      'nb',
      'Spørsmål om betalinger med Vipps må rettes til Vipps MobilePay på kundeservice@vippsmobilepay.com.',
      'Spørsmål om personvern kan sendes til personvern@nettbutikken.no.',
      'personvern@nettbutikken.no',
    ],
  ])('[%s] %s', (lang, service, own, expected) => {
    expect(practicesOf([service, own], lang).contact.emails).toEqual([expected]);
  });
});

describe('addresses that stay', () => {
  test.each<[Lang, string, string[]]>([
    ['en', 'Contact our DPO at dpo@example.com.', ['dpo@example.com']],
    ['en', 'If you have questions, write to us at support@harwick.com.', ['support@harwick.com']],
    ['en', 'Questions about Stripe’s processing can be sent to privacy@stripe.com.', ['privacy@stripe.com']],
    [
      'en',
      'Please contact us via our Zendesk help desk at help@harwick.zendesk.com.',
      ['help@harwick.zendesk.com'],
    ],
    [
      'en',
      'Data controller: Mailchimp, 405 N Angier Ave, Atlanta, legal@mailchimp.com.',
      ['legal@mailchimp.com'],
    ],
    [
      'nb',
      'Har du spørsmål om betaling med Vipps, kan du skrive til oss på kundeservice@nettbutikken.no.',
      ['kundeservice@nettbutikken.no'],
    ],
    [
      'de',
      'Bei Fragen zu Zahlungen mit Klarna schreiben Sie uns an service@modehaus.de.',
      ['service@modehaus.de'],
    ],
    ['sv', 'Betalningar sker med Swish; frågor skickar du till info@klubben.se.', ['info@klubben.se']],
    [
      'fr',
      'Nous utilisons Zendesk ; pour toute question, écrivez-nous à contact@boutique.fr.',
      ['contact@boutique.fr'],
    ],
    // A mailbox provider's domain holds its users' addresses: the club's, not Google's.
    [
      'sv',
      'Föreningen använder Gmail, så frågor skickas till turf.klubb@gmail.com.',
      ['turf.klubb@gmail.com'],
    ],
    [
      'de',
      'Der Verein nutzt Gmail; Anfragen bitte an verein.musterstadt@gmail.com.',
      ['verein.musterstadt@gmail.com'],
    ],
  ])('[%s] %s', (lang, text, emails) => {
    expect(emailsOf(text, lang)).toEqual(emails);
  });

  test("a service's own page keeps its support address (its domain is the page's)", () => {
    const page = [
      'Zendesk provides customer service software; see www.zendesk.com for details.',
      'Questions about your Zendesk account can be sent to support@zendesk.com.',
    ];
    expect(practicesOf(page, 'en').contact.emails).toEqual(['support@zendesk.com']);
  });

  test('an abbreviation written more often than the domain ("m.in.") is no domain of the page', () => {
    const page = [
      'Usługi obejmują m.in. czat, m.in. spotkania wideo oraz m.in. webinary.',
      'W sprawie naruszeń prosimy o kontakt z Zoom pod adresem trust@zoom.us.',
      'Zawiadomienie o sporze należy przesłać na adres legal@zoom.us.',
    ];
    expect(practicesOf(page, 'pl').contact.emails).toContain('trust@zoom.us');
  });
});
