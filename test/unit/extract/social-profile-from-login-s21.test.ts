/**
 * Session 21 (fixq21a): the social profile a login gives, with the two networks coordinated (de "mit Ihrem
 * Facebook- oder Google-Konto anmelden", nl "inlogt met je Facebook- of Google-account", nb/sv/da "Facebook- eller
 * Google-kontoen", pl "przez konto Facebook", pt "iniciar sessão com a sua conta Google") and nb "profilen din på
 * LinkedIn" read social-profile, in all eleven languages; en "your social media user name" is social-profile, no
 * credential. "Follow us on Facebook", the operator's own profile, a profile on the operator's own site and a login
 * said to be unavailable are not read.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a login with a network and a profile on it are read', () => {
  test.each<[Lang, DataType[], string]>([
    [
      'en',
      ['social-profile'],
      'If you sign in with your Google or Facebook account, we receive your name and profile picture from that service.',
    ],
    [
      'en',
      ['social-profile'],
      'Your application may include a link to your LinkedIn profile, which we process with your CV.',
    ],
    [
      'de',
      ['social-profile'],
      'Wenn Sie sich mit Ihrem Facebook- oder Google-Konto anmelden, erhalten wir Ihren Namen und Ihr Profilbild.',
    ],
    [
      'de',
      ['social-profile'],
      'Wir verarbeiten Ihren Lebenslauf und gegebenenfalls Links zu Ihrem Profil bei LinkedIn.',
    ],
    [
      'nl',
      ['social-profile'],
      'Als je inlogt met je Facebook- of Google-account, ontvangen we je naam en e-mailadres.',
    ],
    ['nl', ['social-profile'], 'We verwerken je cv en eventuele links naar je LinkedIn-profiel.'],
    [
      'nb',
      ['social-profile'],
      'Hvis du logger inn med Facebook- eller Google-kontoen din, mottar vi navnet ditt og profilbildet ditt.',
    ],
    ['nb', ['social-profile'], 'Vi behandler CV og eventuelle lenker til profilen din på LinkedIn.'],
    [
      'sv',
      ['social-profile'],
      'Om du loggar in med ditt Facebook- eller Google-konto får vi ditt namn och din profilbild.',
    ],
    ['sv', ['social-profile'], 'Vi behandlar ditt cv och eventuella länkar till din profil på LinkedIn.'],
    [
      'da',
      ['social-profile'],
      'Hvis du logger ind med din Facebook- eller Google-konto, modtager vi dit navn og dit profilbillede.',
    ],
    ['da', ['social-profile'], 'Vi behandler dit cv og eventuelle links til din profil på LinkedIn.'],
    [
      'fr',
      ['social-profile'],
      'Si vous vous connectez avec votre compte Facebook ou Google, nous recevons votre nom et votre photo de profil.',
    ],
    [
      'fr',
      ['social-profile'],
      'Nous traitons votre CV et, le cas échéant, le lien vers votre profil LinkedIn.',
    ],
    [
      'es',
      ['social-profile'],
      'Si inicias sesión con tu cuenta de Facebook o Google, recibimos tu nombre y tu foto de perfil.',
    ],
    ['es', ['social-profile'], 'Tratamos tu currículum y, en su caso, el enlace a tu perfil de LinkedIn.'],
    [
      'it',
      ['social-profile'],
      'Se accedi con il tuo account Facebook o Google, riceviamo il tuo nome e la tua foto del profilo.',
    ],
    ['it', ['social-profile'], "Trattiamo il tuo curriculum e l'eventuale link al tuo profilo LinkedIn."],
    [
      'pl',
      ['social-profile'],
      'Jeśli logujesz się przez konto Facebook lub Google, otrzymujemy Twoje imię i zdjęcie profilowe.',
    ],
    ['pl', ['social-profile'], 'Przetwarzamy Twoje CV oraz ewentualny link do Twojego profilu na LinkedIn.'],
    [
      'pt',
      ['social-profile'],
      'Quando inicia sessão através da sua conta do Facebook, recebemos o seu nome e o seu e-mail.',
    ],
    [
      'pt',
      ['social-profile'],
      'Tratamos o seu currículo e, se for o caso, a ligação ao seu perfil no LinkedIn.',
    ],
    ['pt', ['social-profile'], 'Ao iniciar sessão com a sua conta Apple ou Google, recebemos o seu e-mail.'],
    [
      'en',
      ['social-profile', 'user-content'],
      'If you connect your social media account, we will share your social media user name, picture and comments with other users.',
    ],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent, sure] = typesBoth(text, lang);
    for (const type of types) {
      expect(silent).toContain(type);
      expect(sure).toContain(type);
    }
  });
});

describe("invitations to follow, the operator's profile and unavailable logins are not read", () => {
  test.each<[Lang, DataType[], string]>([
    ['en', ['social-profile'], 'Follow us on Facebook and Instagram for news.'],
    ['en', ['social-profile'], 'Our LinkedIn profile shows our latest vacancies.'],
    ['de', ['social-profile'], 'Folgen Sie uns auf Facebook und Instagram.'],
    ['nl', ['social-profile'], 'Volg ons op Facebook en Instagram.'],
    ['nb', ['social-profile'], 'Følg oss på Facebook og Instagram.'],
    ['nb', ['social-profile'], 'Profilen din på nettstedet vårt kan du slette når som helst.'],
    ['sv', ['social-profile'], 'Följ oss på Facebook och Instagram.'],
    ['da', ['social-profile'], 'Følg os på Facebook og Instagram.'],
    ['fr', ['social-profile'], 'Suivez-nous sur Facebook et Instagram.'],
    ['es', ['social-profile'], 'Síguenos en Facebook e Instagram.'],
    ['it', ['social-profile'], 'Seguici su Facebook e Instagram.'],
    ['pl', ['social-profile'], 'Obserwuj nas na Facebooku i Instagramie.'],
    ['pt', ['social-profile'], 'Siga-nos no Facebook e no Instagram.'],
    ['pt', ['social-profile'], 'Não é possível iniciar sessão com a conta Google na aplicação.'],
    ['de', ['social-profile'], 'Die Anmeldung mit einem Facebook- oder Google-Konto ist nicht möglich.'],
    ['nb', ['social-profile'], 'Innlogging med Facebook- eller Google-konto er ikke mulig.'],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent] = typesBoth(text, lang);
    if (types.length === 0) expect(silent).toEqual([]);
    for (const type of types) expect(silent).not.toContain(type);
  });
});
