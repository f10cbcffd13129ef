/**
 * Masks of the flags that had swallowed what they should not (review12 findings 6 and 7). The prices mask runs
 * from "prices" to the change verb; the policy named between them ("Our fees and this privacy policy may
 * change") is the change the flag is about, so the mask stops at a policy word.
 */
import { describe, expect, test } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import type { Lang, SegmentLabel } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const LABEL: Readonly<Record<FlagTopic, SegmentLabel>> = {
  security: 'security',
  international: 'audiences',
  changes: 'changes',
};
const flag = (text: string, lang: Lang, topic: FlagTopic) => flagBoth(text, lang, topic, LABEL[topic]);

describe('prices and the policy that change together: the policy changes', () => {
  // en "policy may change" is a weak term's reading: it counts where the model files the sentence under changes.
  test.each<[Lang, string]>([
    ['en', 'Our fees and this privacy policy may change from time to time.'],
    ['en', 'Prices, features and this privacy policy may change at any time.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'changes')).toEqual([false, true]);
  });

  test.each<[Lang, string]>([
    ['de', 'Preise und diese Datenschutzerklärung können sich ändern.'],
    ['fr', 'Les prix et la présente politique peuvent être modifiés.'],
    ['nl', 'De prijzen en deze privacyverklaring kunnen worden gewijzigd.'],
    ['nb', 'Priser og denne personvernerklæringen kan endres.'],
    ['sv', 'Priser och denna integritetspolicy kan ändras.'],
    ['da', 'Priser og denne privatlivspolitik kan ændres.'],
    ['es', 'Los precios y esta política de privacidad pueden cambiar.'],
    ['it', 'I prezzi e la presente informativa possono essere modificati.'],
    ['pl', 'Ceny oraz niniejsza polityka prywatności mogą ulec zmianie.'],
    ['pt', 'Os preços e esta política de privacidade podem ser alterados.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'changes')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['en', 'Our prices may change from time to time.'],
    ['de', 'Unsere Preise können sich jederzeit ändern.'],
    ['fr', 'Les prix peuvent changer à tout moment.'],
    ['es', 'Los precios pueden cambiar sin previo aviso.'],
    ['pl', 'Ceny mogą ulec zmianie bez uprzedzenia.'],
  ])('prices alone still no change, %s: %s', (lang, text) => {
    expect(flag(text, lang, 'changes')).toEqual([false, false]);
  });
});

/**
 * "For your safety" masks physical safety ("..., always wear a helmet") only where no data follows in the
 * clause; "an adequate level of protection" is the transfers' wording only beside a transfer word (en nb sv da).
 */
describe('safety and an adequate level of protection said of the data are security', () => {
  test.each<[Lang, string]>([
    ['en', 'For your safety, access to your data is restricted to authorised staff.'],
    ['en', 'We ensure an adequate level of protection for your personal data.'],
    ['de', 'Zu Ihrer Sicherheit ist der Zugriff auf Ihre Daten auf befugte Mitarbeiter beschränkt.'],
    ['fr', 'Pour votre sécurité, l’accès à vos données est limité au personnel autorisé.'],
    ['es', 'Por su seguridad, el acceso a sus datos está limitado al personal autorizado.'],
    ['sv', 'Vi säkerställer en tillräcklig skyddsnivå för dina personuppgifter.'],
    ['nb', 'Vi sikrer et tilstrekkelig beskyttelsesnivå for personopplysningene dine.'],
    ['da', 'Vi sikrer et passende beskyttelsesniveau for dine personoplysninger.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')[1]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'For your safety, always wear a helmet during training.'],
    ['en', 'We transfer data to countries with an adequate level of protection.'],
    ['en', 'Your data may be transferred to third countries that offer an adequate level of protection.'],
    ['sv', 'Uppgifterna kan överföras till länder med adekvat skyddsnivå.'],
    ['da', 'Oplysningerne kan overføres til lande med et passende beskyttelsesniveau.'],
    ['nb', 'Opplysningene kan overføres til land med et tilstrekkelig beskyttelsesnivå.'],
  ])('no security, %s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([false, false]);
  });
});
