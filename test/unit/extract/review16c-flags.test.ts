/**
 * review16c's flags: a web server's access log is no security measure (logging the visitor is collection), a
 * one-time code with a discount is a voucher, and a change of one's settings or subscription coordinated with
 * a change of this policy still announces a policy change (the booking masks stop where the clause names the
 * policy). Eleven languages where the review wrote them; fix16b's strong readings stay.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('server logs and discount codes are no security', () => {
  test.each<[Lang, string]>([
    ['en', 'All accesses to our website are logged by our analytics provider to measure traffic.'],
    ['en', 'Access to our website is logged in server log files (IP address, time, pages viewed).'],
    [
      'de',
      'Jeder Zugriff auf unsere Homepage und jeder Abruf einer auf der Homepage hinterlegten Datei werden protokolliert.',
    ],
    [
      'de',
      'Alle Zugriffe auf unsere Website werden in Server-Logfiles protokolliert, um Besucherzahlen auszuwerten.',
    ],
    ['fr', 'Chaque accès au site est enregistré dans nos journaux à des fins statistiques.'],
    ['es', 'Todos los accesos a la web quedan registrados en los logs del servidor con fines estadísticos.'],
    ['it', 'Gli accessi al sito vengono registrati nei log del server a fini statistici.'],
    ['pt', 'Todos os acessos ao site ficam registados nos registos do servidor para fins estatísticos.'],
    ['nl', 'Elke raadpleging van onze website wordt geregistreerd voor statistische doeleinden.'],
    ['en', 'Use the one-time code WELCOME10 for 10% off your first order.'],
    ['en', 'Enter your one-time SMS code to get 10% off.'],
    ['de', 'Mit dem Einmalcode SOMMER10 erhalten Sie 10 % Rabatt auf Ihre erste Bestellung.'],
    ['nb', 'Bruk engangskoden VELKOMMEN for 10 % rabatt på første bestilling.'],
    ['sv', 'Använd engångskoden VÄLKOMMEN för 10 % rabatt på din första beställning.'],
    ['da', 'Brug engangskoden VELKOMMEN og få 10 % rabat på din første ordre.'],
    ['nl', 'Gebruik de eenmalige code WELKOM voor 10% korting op je eerste bestelling.'],
    ['fr', 'Utilisez le code à usage unique BIENVENUE pour 10 % de réduction.'],
    ['es', 'Usa el código de un solo uso BIENVENIDA para obtener un 10 % de descuento.'],
    ['it', 'Usa il codice monouso BENVENUTO per uno sconto del 10%.'],
    ['pl', 'Użyj kodu jednorazowego WITAJ, aby otrzymać 10% zniżki.'],
    ['pt', 'Use o código de uso único BEMVINDO para obter 10% de desconto.'],
    ['en', 'Access to premium features is limited based on your subscription plan roles.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[0]).toBe(false);
  });
});

describe('access to data logged, sign-in codes: still security', () => {
  test.each<[Lang, string]>([
    ['en', 'Card numbers are tokenised by our payment provider.'],
    ['en', 'Access to client files is restricted by role, and every access is logged.'],
    [
      'de',
      'Der Zugriff auf Mandantendaten ist rollenbasiert beschränkt, und jeder Zugriff wird protokolliert.',
    ],
    ['nb', 'Innlogging med BankID og engangskoder sikrer at bare du ser journalen din.'],
    ['sv', 'All åtkomst till journalen loggas och kontrolleras regelbundet.'],
    ['fr', "L'accès aux dossiers est restreint en fonction des rôles et chaque accès est journalisé."],
    ['it', "Ogni accesso ai dati viene registrato e l'accesso è limitato in base al ruolo."],
    ['es', 'El acceso a los datos está restringido según el perfil y cada acceso queda registrado.'],
    ['pl', 'Dostęp do danych jest ograniczony zgodnie z rolą, a każdy dostęp jest rejestrowany.'],
    ['pt', 'O acesso aos dados está restrito de acordo com o perfil e cada acesso fica registado.'],
    ['da', 'Adgang til journaler er begrænset ud fra medarbejderens rolle, og al adgang logges.'],
    ['nl', 'Toegang tot dossiers wordt beperkt op basis van de rol en elke toegang wordt gelogd.'],
    ['en', 'Staff access to your records is granted on a need-to-know basis and reviewed quarterly.'],
    ['de', 'Zugriff erhalten nur Mitarbeiter nach dem Need-to-know-Prinzip.'],
    [
      'es',
      'Solo el personal que lo necesita para su trabajo accede a sus datos, y todos los accesos se registran.',
    ],
    ['pt', 'Todos os acessos são registrados e o acesso é limitado de acordo com o perfil do colaborador.'],
    [
      'it',
      "L'accesso ai dati è consentito solo al personale autorizzato, in base al ruolo, e tutti gli accessi sono tracciati.",
    ],
    ['pl', 'Stosujemy uwierzytelnianie dwuskładnikowe i kody jednorazowe.'],
    ['sv', 'Vi använder tvåfaktorsautentisering för alla konton.'],
    ['da', 'Vi bruger tofaktorgodkendelse og engangskoder ved login.'],
    ['nb', 'Vi bruker tofaktorautentisering.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });
});

describe('a settings change beside a policy change still reads', () => {
  test.each<[Lang, string]>([
    ['en', 'Changes to the subscription terms or to this privacy policy will be announced by email.'],
    ['en', 'We will post any changes to your data settings or this policy on this page.'],
    ['en', 'Updates to the app settings and to this notice take effect when posted.'],
    [
      'de',
      'Änderungen Ihrer Einstellungen oder dieser Datenschutzerklärung werden auf dieser Seite veröffentlicht.',
    ],
    [
      'de',
      'Über Änderungen der Bestellbedingungen und dieser Datenschutzhinweise informieren wir Sie per E-Mail.',
    ],
    ['fr', 'Les modifications de vos paramètres ou de la présente politique seront publiées sur cette page.'],
    ['es', 'Los cambios en su configuración o en esta política se publicarán en esta página.'],
    ['it', 'Le modifiche alle impostazioni o alla presente informativa saranno pubblicate su questa pagina.'],
    ['pt', 'Alterações das definições ou desta política serão publicadas nesta página.'],
    ['pl', 'Zmiany ustawień lub niniejszej polityki będą publikowane na tej stronie.'],
    ['nl', 'Wijzigingen van uw instellingen of van dit privacybeleid worden op deze pagina gepubliceerd.'],
    ['sv', 'Ändringar av inställningar eller av denna integritetspolicy publiceras på denna sida.'],
    ['da', 'Ændringer af indstillinger eller af denne privatlivspolitik offentliggøres på denne side.'],
    ['nb', 'Endringer i innstillinger eller i denne personvernerklæringen publiseres på denne siden.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')[1]).toBe(true);
  });
});

describe('no transfer: a self-description, a denied adequacy need, parcels abroad', () => {
  test.each<[Lang, string]>([
    ['en', 'Acme Ltd is a leading IT service provider in Canada.'],
    [
      'en',
      'We store all data in the EU, so no European Commission decision on adequate protection is needed.',
    ],
    ['en', 'Information on parcels sent abroad can be found in our shipping FAQ.'],
    ['de', 'Informationen zu Paketen, die ins Ausland verschickt werden, finden Sie in den FAQ.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'other')[0]).toBe(false);
  });

  test.each<[Lang, string]>([
    ['en', 'Our hosting provider in Canada stores your data.'],
    ['en', 'We use a sub-processor in India for customer support.'],
    ['en', 'Your data may be transferred abroad.'],
    ['de', 'Ihre Daten können ins Ausland übermittelt werden.'],
  ])('[%s] still a transfer: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')[1]).toBe(true);
  });
});
