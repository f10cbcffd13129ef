/**
 * Data received from a social network the person signs in with or connects is `social-profile`: the profile
 * a login through a (generic) social network hands over, a friend list, information from a social network or
 * from the account there ("If you log in to the Site through a social network such as Facebook, we may
 * automatically collect your profile information", "Wir erhalten Ihr öffentliches Profil und Ihre
 * Freundesliste"). A "follow us" link, a share button or "our Facebook page" with no data received states
 * no such data.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent, typesSure } from './helpers';

describe('data received from a social network is social-profile', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'If you log in to the Site through a social network such as Facebook, we may automatically collect your profile information.',
    ],
    ['en', 'We may receive your login credentials from a social networking site.'],
    ['en', 'We may collect information about your contacts or lists of friends on those services.'],
    ['en', 'We may receive information about you from a social media site.'],
    [
      'en',
      'If you choose to connect to our Site through a social network such as Facebook, we may automatically collect your profile information.',
    ],
    ['en', 'We receive information about you when you connect with a social networking service.'],
    [
      'de',
      'Wenn Sie sich über ein soziales Netzwerk anmelden, erhalten wir Ihr öffentliches Profil und Ihre Freundesliste.',
    ],
    ['de', 'Wir erhalten Daten aus Ihrem sozialen Netzwerk.'],
    ['nl', 'Als u inlogt via een sociaal netwerk, ontvangen wij uw openbare profiel en uw vriendenlijst.'],
    [
      'nb',
      'Hvis du logger inn via et sosialt nettverk, mottar vi den offentlige profilen din og vennelisten din.',
    ],
    ['sv', 'Om du loggar in via ett socialt nätverk får vi din offentliga profil och din vänlista.'],
    ['da', 'Hvis du logger ind via et socialt netværk, modtager vi din offentlige profil og din venneliste.'],
    [
      'fr',
      "Si vous vous connectez via un réseau social, nous recevons votre profil public et votre liste d'amis.",
    ],
    ['es', 'Si inicias sesión a través de una red social, recibimos tu perfil público y tu lista de amigos.'],
    [
      'it',
      "Se accedi tramite un social network, riceviamo il tuo profilo pubblico e l'elenco dei tuoi amici.",
    ],
    [
      'pl',
      'Jeśli logujesz się przez portal społecznościowy, otrzymujemy Twój profil publiczny i listę znajomych.',
    ],
    [
      'pt',
      'Se você fizer login através de uma rede social, recebemos seu perfil público e sua lista de amigos.',
    ],
  ])('%s: social-profile in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('social-profile');
  });

  test('asking the connected service to send us data, in a paragraph about collection', () => {
    const text =
      'When you connect a social media service, you are asking that service to send us certain information from your account with the service.';
    expect(typesSure(text, 'en')).toContain('social-profile');
  });

  test('the credentials received stay credentials', () => {
    const found = typesSilent('We may receive your login credentials from a social networking site.', 'en');
    expect(found).toContain('credentials');
  });

  test.each<[Lang, string]>([
    ['en', 'Follow us on Facebook.'],
    ['en', 'You can share articles with a share button for Twitter.'],
    ['en', 'Our Facebook page is operated by Meta.'],
    ['en', 'We do not offer sign in through a social network.'],
    [
      'en',
      'We use social media buttons that allow you to connect with your social network in various ways, and these sites may set cookies.',
    ],
    ['de', 'Folgen Sie uns auf Facebook.'],
    ['nl', 'Volg ons op Facebook.'],
    ['nb', 'Følg oss på Facebook.'],
    ['sv', 'Följ oss på Facebook.'],
    ['da', 'Følg os på Facebook.'],
    ['fr', 'Suivez-nous sur Facebook.'],
    ['es', 'Síguenos en Facebook.'],
    ['it', 'Seguici su Facebook.'],
    ['pl', 'Obserwuj nas na Facebooku.'],
    ['pt', 'Siga-nos no Facebook.'],
  ])('%s: no social profile in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('social-profile');
  });
});

describe('a friend list counts only beside a social network or a profile (session 18, fixr18a)', () => {
  // A game's or app's own friend list beside other data ("the child's friend list in the game", "your game
  // progress and your friends list") is no data from a social network.
  test.each<[Lang, string]>([
    [
      'de',
      'Einige demographische Informationen, einschließlich Geschlecht und Alter; Die Freundesliste und die Chat-Nachrichten des Kindes im Spiel.',
    ],
    ['en', 'We collect your username, your game progress and your friends list.'],
    ['en', 'We collect your name and your friends list in the game.'],
    ['fr', "Nous collectons votre pseudo et votre liste d'amis dans le jeu."],
  ])('%s: %s', (lang, text) => {
    for (const types of [typesSilent(text, lang), typesSure(text, lang)])
      expect(types).not.toContain('social-profile');
  });

  test.each<[Lang, string]>([
    ['en', 'If you log in with Facebook, we receive your name and your friends list.'],
    [
      'de',
      'Wenn Sie sich über Ihr Nintendo-Konto anmelden, erhalten wir Ihren Namen und Ihre Freundesliste.',
    ],
  ])('%s: a friend list from a network is social-profile: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('social-profile');
  });
});
