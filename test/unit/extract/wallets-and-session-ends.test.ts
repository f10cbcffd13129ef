/**
 * A crypto wallet's address ("votre adresse blockchain", "wallet address", "Bitcoin-Adresse") is no postal
 * address; and a session's end ("une fois que vous fermez votre navigateur", "when you close your browser") is a
 * cookie's lifetime, no browser described, so it does not make "cookies" beside it device information (the
 * retention lexicon's session-end masks, read by collection too).
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSure } from './helpers';

describe("a wallet's address is no postal address", () => {
  test.each<[Lang, string, DataType[]]>([
    ['fr', 'Nous collectons également votre adresse blockchain lorsque vous nous la fournissez.', []],
    ['fr', 'Nous collectons votre adresse e-mail et votre adresse de portefeuille.', ['email']],
    ['en', 'We collect your wallet address and email address.', ['email']],
    ['de', 'Wir speichern Ihre Bitcoin-Adresse und Ihre E-Mail-Adresse.', ['email']],
    ['nl', 'Wij bewaren uw wallet-adres en uw e-mailadres.', ['email']],
    ['es', 'Recogemos su dirección de billetera y su correo electrónico.', ['email']],
    ['it', 'Raccogliamo il tuo indirizzo del portafoglio e il tuo indirizzo email.', ['email']],
    ['pt', 'Coletamos o seu endereço de carteira e o seu e-mail.', ['email']],
    ['pl', 'Zbieramy adres portfela oraz adres e-mail.', ['email']],
    ['sv', 'Vi samlar in din plånboksadress och din e-postadress.', ['email']],
  ])('%s: %s', (lang, text, expected) => {
    expect(typesSure(text, lang)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous collectons votre adresse postale et votre adresse e-mail.'],
    ['en', 'We collect your postal address and email address.'],
  ])('postal addresses stay: %s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toContain('postal-address');
  });
});

describe("a session's end names no device", () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Nous utilisons des cookies de session (qui expirent une fois que vous fermez votre navigateur Web).',
    ],
    ['en', 'We use session cookies, which are deleted when you close your browser.'],
    ['de', 'Wir verwenden Cookies, die beim Schließen des Browsers gelöscht werden.'],
    ['nl', 'Wij gebruiken cookies die verdwijnen bij het sluiten van de browser.'],
    ['nb', 'Vi bruker cookies som slettes når du lukker nettleseren.'],
    ['sv', 'Vi använder sessionscookies som raderas när du stänger webbläsaren.'],
    ['da', 'Vi bruger sessionscookies, som slettes når du lukker browseren.'],
    ['es', 'Usamos cookies de sesión que se eliminan al cerrar el navegador.'],
    ['it', 'Usiamo cookie di sessione che vengono cancellati alla chiusura del browser.'],
    ['pl', 'Używamy plików cookies sesyjnych, usuwanych po zamknięciu przeglądarki.'],
    ['pt', 'Usamos cookies de sessão que são apagados ao fechar o navegador.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toEqual(['cookies']);
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous collectons les cookies et le type de navigateur.'],
    ['en', 'We collect cookies and your browser type.'],
  ])('a browser described stays: %s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toEqual(['device-info', 'cookies']);
  });
});
