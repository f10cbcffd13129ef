/**
 * Probe12b: a sentence that names a processor's mailbox beside the site's own request address ("sent
 * through Mailchimp, whose own privacy team can be contacted at privacy@mailchimp.com; requests ... to
 * dataprotection@ridgebank.com") lists the processor's as no contact of the reader. Narrow: the service is a
 * known one (third-parties.json) named in the sentence, its name is the address's domain, and another
 * address stands beside it. A service's address alone, two of one service's addresses, and a site that names
 * itself beside another party's address keep every address.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf } from './helpers';

describe("a named service's mailbox beside the site's request address is no contact", () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'Newsletters are sent through Mailchimp, whose own privacy team can be contacted at privacy@mailchimp.com; requests about the data we hold should be emailed to dataprotection@ridgebank.com.',
      'dataprotection@ridgebank.com',
    ],
    [
      'de',
      'Der Newsletter-Versand erfolgt über unseren Dienstleister CleverReach (support@cleverreach.com); Auskunftsersuchen richten Sie bitte ausschließlich an datenschutz@kreissparkasse-am-see.de.',
      'datenschutz@kreissparkasse-am-see.de',
    ],
    [
      'fr',
      'Nos newsletters sont envoyées via Brevo (dpo@brevo.com) ; pour exercer vos droits, écrivez à rgpd@club.fr.',
      'rgpd@club.fr',
    ],
    [
      'nl',
      'De nieuwsbrief wordt verstuurd via Mailchimp (privacy@mailchimp.com); verzoeken over uw gegevens stuurt u naar privacy@voetbalclub.nl.',
      'privacy@voetbalclub.nl',
    ],
    [
      'sv',
      'Nyhetsbrevet skickas via Mailchimp (privacy@mailchimp.com); begäran om dina uppgifter skickar du till integritet@klubben.se.',
      'integritet@klubben.se',
    ],
    [
      'es',
      'El boletín se envía a través de Mailchimp (privacy@mailchimp.com); las solicitudes sobre sus datos diríjalas a privacidad@club.es.',
      'privacidad@club.es',
    ],
    [
      'pl',
      'Newsletter wysyłamy przez Mailchimp (privacy@mailchimp.com); wnioski dotyczące danych kieruj na rodo@klub.pl.',
      'rodo@klub.pl',
    ],
  ])('[%s] %s', (lang, text, own) => {
    expect(emailsOf(text, lang)).toEqual([own]);
  });
});

describe('addresses that stay', () => {
  test.each<[Lang, string, string[]]>([
    ['en', "Mailchimp's privacy team can be contacted at privacy@mailchimp.com.", ['privacy@mailchimp.com']],
    [
      'en',
      'Mailchimp can be reached at privacy@mailchimp.com or support@mailchimp.com.',
      ['privacy@mailchimp.com', 'support@mailchimp.com'],
    ],
    [
      'en',
      'Contact Acme at privacy@acme.com or our EU representative at eu@rep-firm.eu.',
      ['privacy@acme.com', 'eu@rep-firm.eu'],
    ],
    [
      'de',
      'Fragen zum Datenschutz richten Sie an datenschutz@verein.de oder an unseren Vorsitzenden unter vorstand@verein-vorstand.de.',
      ['datenschutz@verein.de', 'vorstand@verein-vorstand.de'],
    ],
  ])('[%s] %s', (lang, text, emails) => {
    expect(emailsOf(text, lang)).toEqual(emails);
  });
});
