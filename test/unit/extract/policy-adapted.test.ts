/**
 * Reserving the right to adapt or amend the policy (session 12's second unseen probe: de "Wir behalten uns
 * vor, diese Datenschutzerklärung anzupassen, damit sie ..."): the infinitive after the policy ("anzupassen",
 * nl "aan te passen") and the verbs adapt/adjust/revise with the policy as their object, eleven languages.
 * Read with the model silent (strong terms only). Adapting something else (services, prices) stays unread.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const changes = (text: string, lang: Lang) => flagBoth(text, lang, 'changes', 'changes');

describe('reserving the right to adapt the policy', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Wir behalten uns vor, diese Datenschutzerklärung anzupassen, damit sie stets den aktuellen rechtlichen Anforderungen entspricht.',
    ],
    [
      'en',
      'We reserve the right to adapt this privacy policy so that it always meets current legal requirements.',
    ],
    ['nl', 'Wij behouden ons het recht voor deze privacyverklaring aan te passen aan nieuwe wetgeving.'],
    ['nb', 'Vi forbeholder oss retten til å justere denne personvernerklæringen ved behov.'],
    ['sv', 'Vi förbehåller oss rätten att anpassa denna integritetspolicy vid behov.'],
    ['da', 'Vi forbeholder os ret til at tilpasse denne privatlivspolitik efter behov.'],
    ['fr', "Nous nous réservons le droit d'adapter la présente politique aux évolutions légales."],
    ['es', 'Nos reservamos el derecho de adaptar la presente política a futuras novedades legislativas.'],
    ['it', 'Ci riserviamo il diritto di adeguare la presente informativa a nuove disposizioni di legge.'],
    ['pl', 'Zastrzegamy sobie prawo do dostosowania niniejszej polityki do zmian przepisów.'],
    ['pt', 'Reservamo-nos o direito de adaptar a presente política a alterações legislativas.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)[0]).toBe(true);
  });
});

describe('adapting something else is no policy change', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir behalten uns vor, die Preise anzupassen.'],
    ['en', 'We adapt our services to your needs.'],
    ['nl', 'Wij behouden ons het recht voor de prijzen aan te passen.'],
    ['sv', 'Vi anpassar våra tjänster efter dina önskemål.'],
    ['fr', 'Nous pouvons adapter nos services à vos besoins.'],
    ['es', 'Podemos adaptar nuestros servicios a sus necesidades.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)[0]).toBe(false);
  });
});
