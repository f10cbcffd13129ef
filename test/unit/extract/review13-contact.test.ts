/**
 * Review13's finding on fix13c's service mailbox, narrowed: a known service's privacy mailbox is dropped only
 * beside another privacy mailbox (the site's own request address). On the service's own page, or with the
 * service as the controller, its privacy address is where the reader writes, and a short page may not
 * mention the service's domain often enough to make it the main domain. A service's support box beside the
 * site's privacy box still goes (service-mailbox-beside-own.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf } from './helpers';

describe("a service's own privacy mailbox stays beside a non-privacy address", () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      "Questions about Stripe's processing can be sent to privacy@stripe.com or to our support team at support@stripe-help.net.",
      'privacy@stripe.com',
    ],
    [
      'de',
      'Verantwortlich: CleverReach GmbH, datenschutz@cleverreach.com, Fax: info@cr-partner.de.',
      'datenschutz@cleverreach.com',
    ],
    [
      'fr',
      'Responsable du traitement : Brevo, dpo@brevo.com ; assistance commerciale : contact@brevo-partenaires.fr.',
      'dpo@brevo.com',
    ],
    [
      'nl',
      'Vragen over de verwerking door Mailchimp stuurt u naar privacy@mailchimp.com of naar onze helpdesk via info@mc-hulp.nl.',
      'privacy@mailchimp.com',
    ],
  ])('[%s] %s', (lang, text, own) => {
    expect(emailsOf(text, lang)).toContain(own);
  });
});
