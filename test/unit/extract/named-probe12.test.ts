/**
 * Named parties session 12's probe and card audit found invented (fix12b): the Spanish, French and Portuguese
 * "DPD" after a determiner or in brackets is the data protection officer (delegado / délégué de protección de
 * datos), not the parcel carrier; a sign-in account ("sua conta do Google", "Ihr Google-Konto") is where
 * data comes from; "Twitter Bootstrap" is a CSS framework; "Automattic" is the company behind Gravatar and
 * WordPress.com, not WordPress.com itself; a service that only names a community of people ("the GitHub
 * community") in a credit line receives nothing. Near sentences that keep their reading sit beside.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('names the policy does not give as recipients', () => {
  test.each<[Lang, string]>([
    ['es', 'Puede contactar con nuestro propio DPD en privacidad@cdlago.es.'],
    [
      'es',
      'Hemos designado un Delegado de Protección de Datos (DPD), al que puede escribir en dpd@ejemplo.es.',
    ],
    ['fr', "Vous pouvez contacter notre DPD à l'adresse dpo@exemple.fr."],
    ['fr', 'Notre délégué à la protection des données (DPD) est joignable par courrier.'],
    ['pt', 'Pode contactar o nosso DPD através de dpd@exemplo.pt.'],
    ['pt', 'Para interagir com outros usuários é necessário entrar usando sua conta do Google.'],
    ['de', 'Sie können sich mit Ihrem Google-Konto anmelden.'],
    ['es', 'Puede iniciar sesión con su cuenta de Google.'],
    ['fr', 'Vous pouvez vous connecter avec votre compte Google.'],
    [
      'de',
      'Die Veranstalter nutzen Twitter bootstrap. Die Webseite lädt Inhalte von Twitter bootstrap nach.',
    ],
    ['en', 'This site is built with Twitter Bootstrap.'],
    ['en', '0x7c13 with the help of the Github Notepads App community built the Notepads app as a free app.'],
    ['de', 'Das Plugin wurde von der GitHub-Community entwickelt.'],
    ['fr', 'Ce thème a été créé par la communauté GitHub.'],
    ['es', 'La aplicación se desarrolló con ayuda de la comunidad de GitHub.'],
    ['pl', 'Aplikację stworzyła społeczność GitHub.'],
  ])('%s: %s', (lang, text) => {
    const sharing = practicesOf([text], lang).sharing;
    expect(sharing.named).toEqual([]);
    expect(sharing.recipients).toEqual([]);
  });

  test('a parent company in brackets adds nothing beside its product', () => {
    expect(
      practicesOf(['Gravatar (Automattic) — affichage des avatars des auteurs ;'], 'fr').sharing.named,
    ).toEqual(['Gravatar']);
    expect(
      practicesOf(['Our site is hosted on WordPress.com, operated by Automattic.'], 'en').sharing.named,
    ).toEqual(['WordPress.com']);
  });

  test.each<[Lang, string, string]>([
    ['es', 'Enviamos sus pedidos con DPD, que recibe su nombre y dirección.', 'DPD'],
    ['fr', 'Vos colis sont livrés par DPD ou Colissimo, qui reçoivent votre adresse.', 'DPD'],
    ['de', 'Wir geben Ihre Adresse an DPD weiter, damit das Paket zugestellt wird.', 'DPD'],
    ['en', 'We share your contributions with GitHub and its community.', 'GitHub'],
    ['en', 'We host our code on GitHub, and the community can see it.', 'GitHub'],
    ['en', 'We share your e-mail address with Automattic, which runs our comment system.', 'Automattic'],
  ])('the carrier, the host and the company named alone are still read, %s: %s', (lang, text, name) => {
    expect(practicesOf([text], lang).sharing.named).toContain(name);
  });
});

describe('a sign-in button names where data comes from', () => {
  test.each<[Lang, string]>([
    [
      'pt',
      'Quando você clica em "Entrar com Google" no app, solicitamos sua permissão para coletar as informações.',
    ],
    ['en', 'When you tap "Sign in with Google", we ask for your permission to collect this information.'],
    ['de', 'Wenn Sie auf „Mit Google anmelden“ tippen, bitten wir um Ihre Erlaubnis.'],
    ['fr', 'Lorsque vous cliquez sur « Se connecter avec Google », nous vous demandons votre autorisation.'],
    ['es', 'Cuando pulsa «Iniciar sesión con Google», le pedimos permiso para recoger estos datos.'],
    ['it', 'Quando tocchi "Accedi con Google", ti chiediamo il permesso di raccogliere questi dati.'],
    ['pl', 'Gdy klikniesz „Zaloguj się przez Google”, poprosimy o zgodę na zebranie tych danych.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.named).toEqual([]);
  });

  test('Google named as a recipient beside it is still read', () => {
    expect(
      practicesOf(['We share your usage data with Google, which provides our analytics.'], 'en').sharing
        .named,
    ).toContain('Google');
  });
});
