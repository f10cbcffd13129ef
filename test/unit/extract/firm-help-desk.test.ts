/**
 * review16c's lost and invented contacts: a firm's own help desk on a tenant subdomain of a service
 * ("support@harwick.zendesk.com") in a sentence that invites the reader to write or speaks of their questions,
 * a firm whose name starts with a service's ("hello@sage.dental", "studio@elastic.design"), a service's own page
 * that names its domain once, and Zoho (a service, no mailbox provider of its users' addresses).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf, practicesOf } from './helpers';

describe("the firm's own address is listed, a named service's beside it is not", () => {
  test.each<[Lang, string, string[]]>([
    ['en', "Contact Stripe's privacy team at privacy@stripe.com.", ['privacy@stripe.com']],
    [
      'en',
      'If you have any questions about this policy, contact Stripe Support at support@stripe.com.',
      ['support@stripe.com'],
    ],
    [
      'en',
      'We use Zendesk to manage requests; for any question about your data, please email support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'en',
      'All requests, including privacy requests, go through our Zendesk help desk at help@harwick.zendesk.com.',
      ['help@harwick.zendesk.com'],
    ],
    ['en', 'Write to our DPO at dpo@harwick.zendesk.com (our Zendesk inbox).', ['dpo@harwick.zendesk.com']],
    [
      'en',
      'Harwick Ltd uses Freshdesk; send any request about your personal data to support@harwick.freshdesk.com.',
      ['support@harwick.freshdesk.com'],
    ],
    [
      'en',
      'We share ticket data with Zendesk; if you have questions, contact us at support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'en',
      'We share ticket data with Zendesk; if you have questions, reach out to us at support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'en',
      'We share ticket data with Zendesk; if you have questions, send us an email at support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'en',
      'Our customer service runs on Zendesk: you can reach our team at support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'de',
      'Wir nutzen Zendesk; Anfragen zu Ihren Daten senden Sie bitte an support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'de',
      'Wir nutzen Zendesk; wenden Sie sich bitte an uns unter support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'de',
      'Wir nutzen Zendesk; bei Fragen erreichen Sie uns unter support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'nl',
      'Wij gebruiken Zendesk; vragen over uw gegevens kunt u sturen naar support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'nl',
      'Wij gebruiken Zendesk; neem contact op met onze klantenservice via support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'fr',
      'Nous utilisons Zendesk ; pour toute question sur vos données, écrivez à support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'fr',
      'Nous utilisons Zendesk ; vous pouvez nous joindre à support@harwick.zendesk.com.',
      ['support@harwick.zendesk.com'],
    ],
    [
      'es',
      'Usamos Zendesk; para cualquier consulta sobre tus datos, contacta con nosotros en soporte@tienda.zendesk.com.',
      ['soporte@tienda.zendesk.com'],
    ],
    [
      'es',
      'Usamos Zendesk; para cualquier consulta sobre sus datos, escriba a soporte@tienda.zendesk.com.',
      ['soporte@tienda.zendesk.com'],
    ],
    [
      'es',
      'Usamos Zendesk; puedes contactarnos en soporte@tienda.zendesk.com.',
      ['soporte@tienda.zendesk.com'],
    ],
    [
      'it',
      'Utilizziamo Zendesk; per domande sui tuoi dati puoi scrivere a supporto@negozio.zendesk.com.',
      ['supporto@negozio.zendesk.com'],
    ],
    [
      'it',
      "Utilizziamo Zendesk; ci contatti all'indirizzo supporto@negozio.zendesk.com.",
      ['supporto@negozio.zendesk.com'],
    ],
    [
      'pt',
      'Usamos o Zendesk; para questões sobre os seus dados, contacta-nos através de suporte@loja.zendesk.com.',
      ['suporte@loja.zendesk.com'],
    ],
    [
      'pt',
      'Usamos o Zendesk; para questões sobre os seus dados, envie um e-mail para suporte@loja.zendesk.com.',
      ['suporte@loja.zendesk.com'],
    ],
    [
      'pl',
      'Korzystamy z Zendesk; w sprawach dotyczących danych osobowych pisz na pomoc@sklep.zendesk.com.',
      ['pomoc@sklep.zendesk.com'],
    ],
    [
      'pl',
      'Korzystamy z Zendesk; prosimy o kontakt pod adresem pomoc@sklep.zendesk.com.',
      ['pomoc@sklep.zendesk.com'],
    ],
    [
      'sv',
      'Vi använder Zendesk; frågor om dina uppgifter kan mejlas till support@butiken.zendesk.com.',
      ['support@butiken.zendesk.com'],
    ],
    ['sv', 'Vi använder Zendesk; maila oss på support@butiken.zendesk.com.', ['support@butiken.zendesk.com']],
    [
      'da',
      'Vi bruger Zendesk; spørgsmål om dine oplysninger kan sendes til support@butikken.zendesk.com.',
      ['support@butikken.zendesk.com'],
    ],
    [
      'nb',
      'Vi bruker Zendesk; spørsmål om personopplysninger kan sendes til support@butikken.zendesk.com.',
      ['support@butikken.zendesk.com'],
    ],
    [
      'nb',
      'Vi bruker Zendesk; du kan kontakte oss på support@butikken.zendesk.com.',
      ['support@butikken.zendesk.com'],
    ],
    [
      'sv',
      'Har du frågor om hur Klarna behandlar dina personuppgifter kan du kontakta Klarnas kundservice på kundservice@klarna.se.',
      ['kundservice@klarna.se'],
    ],
    ['sv', 'Klarnas dataskyddsombud nås på dataskyddsombud@klarna.com.', ['dataskyddsombud@klarna.com']],
    [
      'da',
      'Har du spørgsmål om PostNords behandling af dine personoplysninger, kan du kontakte PostNord på kundeservice@postnord.dk.',
      ['kundeservice@postnord.dk'],
    ],
    [
      'nb',
      'Spørsmål om Posten Norges behandling av personopplysninger kan rettes til personvern@posten.no.',
      ['personvern@posten.no'],
    ],
    [
      'en',
      'Sage Dental Studio: questions about your records can be emailed to hello@sage.dental.',
      ['hello@sage.dental'],
    ],
    [
      'en',
      'At Sage Bakery we answer questions about your data at info@sage-bakery.com.',
      ['info@sage-bakery.com'],
    ],
    ['en', 'Elastic Design Studio can be reached at studio@elastic.design.', ['studio@elastic.design']],
    [
      'en',
      'We use Zoho CRM (support@zoho.com handles their side); privacy questions go to privacy@acme.com.',
      ['privacy@acme.com'],
    ],
    [
      'en',
      'Tickets are handled by Zendesk (support@zendesk.com); privacy questions go to privacy@acme.com.',
      ['privacy@acme.com'],
    ],
  ])('[%s] %s', (lang, text, emails) => {
    expect(emailsOf(text, lang)).toEqual(emails);
  });
});

describe('a page keeps the contact it gives', () => {
  test.each<[Lang, string[], string[]]>([
    [
      'en',
      [
        'Privacy notice of Harwick Tutoring. We collect your name and email address when you book a lesson.',
        'We use Zendesk to manage requests; for any question about your data, including access or deletion, please email support@harwick.zendesk.com.',
        'We keep your data for two years after your last lesson.',
      ],
      ['support@harwick.zendesk.com'],
    ],
    [
      'en',
      [
        'Stripe Privacy Policy. This policy explains how Stripe, Inc. processes personal data.',
        'If you have any questions about this policy, contact Stripe Support at support@stripe.com.',
        'We keep data as long as required by law.',
      ],
      ['support@stripe.com'],
    ],
    [
      'en',
      [
        'Stripe Privacy Policy. This policy explains how Stripe processes personal data; see https://stripe.com/privacy for details.',
        'If you have any questions about this policy, contact Stripe Support at support@stripe.com.',
        'Read more at stripe.com/legal.',
      ],
      ['support@stripe.com'],
    ],
    [
      'en',
      [
        'Sage Dental Studio privacy notice. We keep your dental records for ten years.',
        'Questions about your records can be emailed to Sage Dental at hello@sage.dental.',
      ],
      ['hello@sage.dental'],
    ],
    [
      'de',
      [
        'Datenschutzerklärung der Praxis Sage. Verantwortlich ist die Praxis Sage, info@sage-praxis.de.',
        'Für Terminfragen nutzen wir Zendesk; Anfragen senden Sie bitte an support@praxis.zendesk.com.',
      ],
      ['info@sage-praxis.de', 'support@praxis.zendesk.com'],
    ],
  ])('[%s] %s', (lang, blocks, emails) => {
    expect([...practicesOf(blocks, lang).contact.emails].sort()).toEqual(emails);
  });
});
