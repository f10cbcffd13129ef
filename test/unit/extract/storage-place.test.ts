/**
 * Where cookies are stored ("stored in your browser", "lagras i webbläsaren") is no device information
 * collected, and a policy's name ("Polityka Prywatności i Cookies", "Cookie Policy") sets no cookie. A
 * definition of cookies alone ("Cookies are text files that are stored in the browser") states neither
 * (cookie-definitions.test.ts): the place is read where the sentence states that cookies are used.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf(
    [
      { text: 'Cookies', kind: 'heading' },
      { text, heading: 'Cookies' },
    ],
    lang,
  ).collection.dataTypes;

describe('the place cookies are stored is not device information', () => {
  test.each<[Lang, string]>([
    ['en', "We use cookies, which are text files stored in the browser on the user's computer system."],
    ['de', 'Wir verwenden Cookies, die auf Ihrem Endgerät gespeichert werden.'],
    ['nl', 'Wij gebruiken cookies die in uw browser worden opgeslagen.'],
    ['nb', 'Vi bruker informasjonskapsler som lagres i nettleseren din.'],
    ['sv', 'Webbplatsen kräver att kakor lagras i webbläsaren.'],
    ['da', 'Vi bruger cookies, som opbevares i din browser i 12 måneder.'],
    ['fr', 'Nous utilisons des cookies, de petits fichiers stockés sur votre appareil.'],
    ['es', 'Utilizamos cookies, pequeños archivos almacenados en su navegador.'],
    ['it', 'Utilizziamo cookie, piccoli file memorizzati nel browser dell’utente.'],
    ['pl', 'Strona używa plików cookies, które są przechowywane w przeglądarce użytkownika.'],
    ['pt', 'Utilizamos cookies, pequenos arquivos de texto armazenados em seu dispositivo.'],
  ])('%s: %s', (lang, text) => {
    const types = typesOf(text, lang);
    expect(types).toContain('cookies');
    expect(types).not.toContain('device-info');
  });

  test.each<[Lang, string]>([
    ['en', "Cookies are text files that are stored in the browser on the user's computer system."],
    ['de', 'Cookies sind kleine Textdateien, die auf Ihrem Endgerät gespeichert werden.'],
    ['fr', 'Les cookies sont de petits fichiers stockés sur votre appareil.'],
  ])('%s: a definition alone names nothing: %s', (lang, text) => {
    expect(typesOf(text, lang)).toEqual([]);
  });

  test('device information collected still counts', () => {
    expect(typesOf('We collect your browser type and device identifiers.', 'en')).toContain('device-info');
  });
});

describe("a policy's name sets no cookie", () => {
  test.each<[Lang, string]>([
    ['pl', 'Niniejsza Polityka Prywatności i Cookies określa zasady przetwarzania danych osobowych.'],
    ['en', 'This Privacy and Cookie Policy explains how we process personal data.'],
    ['fr', 'La présente politique de cookies décrit comment nous traitons vos données.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).collection.dataTypes).not.toContain('cookies');
  });
});
