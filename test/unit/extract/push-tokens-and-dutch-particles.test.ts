/**
 * A push or notification token ("The app stores a push token", "Push-Token", "jeton de notification", "token
 * powiadomień") identifies the device: device information (test/lang-eval/README.md names the push token),
 * in every language (Danish had it alone). Dutch separable verbs with their particle after the object
 * ("Mailchimp slaat uw e-mailadres op", "vult u uw naam in") are collection cues as "opslaan" and "invullen"
 * are; a denied one states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('push tokens and Dutch particle verbs', () => {
  test.each<[Lang, string, DataType[]]>([
    ['en', 'The app stores a push token so that we can send you notifications.', ['device-info']],
    ['de', 'Die App speichert einen Push-Token, um Ihnen Benachrichtigungen zu senden.', ['device-info']],
    [
      'fr',
      "L'application enregistre un jeton de notification pour vous envoyer des rappels.",
      ['device-info'],
    ],
    ['es', 'La app guarda un token de notificaciones para enviarte avisos.', ['device-info']],
    ['pl', 'Aplikacja zapisuje token powiadomień.', ['device-info']],
    ['nl', 'Mailchimp slaat uw e-mailadres op.', ['email']],
    ['nl', 'Op het inschrijfformulier vult u uw naam in.', ['name']],
    ['nl', 'Wij slaan geen e-mailadressen op.', []],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(typesSilent(text, lang)).toEqual(expected);
  });
});
