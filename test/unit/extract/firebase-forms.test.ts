/**
 * Firebase is Google's app platform (sign-in, database, push messages, hosting): a service provider, as
 * the policies listing it for "autentisering, pushnotiser, datalagring" say; only its analytics
 * ("Firebase Analytics", "Google Analytics for Firebase", Crashlytics) is analytics. Form back-ends that
 * forward a site's contact form (FormSubmit, Web3Forms, Getform, Formspark) are service providers, as
 * Formspree was.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang, heading = '') => practicesOf([{ text, heading }], lang).sharing;

describe('Firebase and form back-ends', () => {
  test.each<[Lang, string, string, Recipient, Recipient | null]>([
    [
      'sv',
      'Firebase (Google LLC) – autentisering, pushnotiser, datalagring',
      'Tredjepartsleverantörer',
      'service-providers',
      'analytics',
    ],
    ['en', 'We use Firebase for sign-in and push notifications.', '', 'service-providers', 'analytics'],
    ['de', 'Wir nutzen Firebase Analytics, um die Nutzung der App auszuwerten.', '', 'analytics', null],
    ['en', 'We use Google Analytics for Firebase and Crashlytics.', '', 'analytics', null],
    ['nb', 'Skjemaet sendes via tjenesten FormSubmit til vår e-postkasse.', '', 'service-providers', null],
    [
      'pl',
      'dostawcy formularza zapisu Web3Forms — w celu obsługi zgłoszeń z formularza;',
      'Odbiorcy danych',
      'service-providers',
      null,
    ],
    ['fr', 'Le formulaire de contact est transmis via Getform.', '', 'service-providers', null],
  ])('%s: %s', (lang, text, heading, kind, not) => {
    const s = sharingOf(text, lang, heading);
    expect(s.recipients).toContain(kind);
    if (not) expect(s.recipients).not.toContain(not);
  });
});
