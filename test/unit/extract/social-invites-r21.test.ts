/**
 * Session 21 (fixr21c, after review21a): the reader inviting or sharing with their contacts, friends or followers on a
 * network, and the operator's own followers, are no social profile read; contacts imported from a network still are.
 * Eleven languages; read sure of collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('contacts taken from a network are read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'social-profile', 'We import your contacts from LinkedIn when you connect your account.'],
    ['nl', 'social-profile', 'We importeren je vrienden van Facebook als je je account koppelt.'],
    ['es', 'social-profile', 'Importamos tus contactos de LinkedIn.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe("invitations, sharing and the operator's followers are not read", () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'social-profile', 'Invite your LinkedIn contacts to try the app.'],
    ['de', 'social-profile', 'Unter unseren LinkedIn-Kontakten verlosen wir drei Tickets.'],
    ['nl', 'social-profile', 'Deel de korting met je volgers op Instagram.'],
    ['nb', 'social-profile', 'Del rabattkoden med følgerne dine på Instagram.'],
    ['sv', 'social-profile', 'Dela rabattkoden med dina följare på Instagram.'],
    ['da', 'social-profile', 'Del rabatkoden med dine følgere på Instagram.'],
    ['fr', 'social-profile', 'Partagez le code avec vos abonnés Instagram.'],
    ['es', 'social-profile', 'Comparte el código con tus contactos de LinkedIn.'],
    ['it', 'social-profile', 'Condividi il codice con i tuoi contatti su LinkedIn.'],
    ['pl', 'social-profile', 'Zaproś twoich znajomych z Instagrama na wydarzenie.'],
    ['pt', 'social-profile', 'Partilhe o código com os seus contactos do LinkedIn.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
