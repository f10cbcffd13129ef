/**
 * Signing in with a social account ("If you sign in with Google, we receive your name ...", "Wenn Sie sich mit
 * Ihrem Google-Konto anmelden", "Si inicias sesión con Google", "Jeśli logujesz się przez Google") takes data
 * from that account's profile: `social-profile` (test/lang-eval/README.md), in every language, beside what
 * the sentence names. Being logged into one's Google account while YouTube reads it is Google's processing,
 * not a login to the site, and a login not offered states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('a social login is social-profile data', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'If you sign in with Google, we receive your name, email address and profile picture from your Google account.',
    ],
    [
      'de',
      'Wenn Sie sich mit Ihrem Google-Konto anmelden, erhalten wir Ihren Namen und Ihre E-Mail-Adresse von Google.',
    ],
    ['nl', 'Als u inlogt met uw Google-account, ontvangen wij uw naam en e-mailadres.'],
    ['nb', 'Hvis du logger inn med Google, mottar vi navnet ditt og e-postadressen din.'],
    ['sv', 'Om du loggar in med Google får vi ditt namn och din e-postadress.'],
    ['da', 'Hvis du logger ind med Google, modtager vi dit navn og din e-mailadresse.'],
    [
      'fr',
      'Si vous vous connectez avec votre compte Google, nous recevons votre nom et votre adresse e-mail.',
    ],
    ['es', 'Si inicias sesión con Google, recibimos tu nombre y tu dirección de correo electrónico.'],
    ['it', 'Se accedi con Google, riceviamo il tuo nome e il tuo indirizzo e-mail.'],
    ['pl', 'Jeśli logujesz się przez Google, otrzymujemy Twoje imię i adres e-mail.'],
    ['pt', 'Se você fizer login com sua conta Google, recebemos seu nome e seu e-mail.'],
  ])('%s: social-profile in "%s"', (lang, text) => {
    const found = typesSilent(text, lang);
    expect(found).toContain('social-profile');
    expect(found).toContain('name');
  });

  test.each<[Lang, string]>([
    ['en', 'If you are logged into your Google account, YouTube may link your viewing to your account.'],
    ['en', 'We do not offer sign in with Facebook.'],
  ])('%s: no social profile in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('social-profile');
  });
});
