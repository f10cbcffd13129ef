/**
 * A definition of cookies ("Cookies are small text files that a website stores on your computer", "Un cookie
 * est un petit fichier texte déposé sur votre ordinateur") says what cookies are, not that this site sets
 * them: it names no data collected (test/lang-eval/README.md: cookies count where they are set or read), as
 * the definition of personal data names none. So a page that defines cookies and then denies using them reads
 * no cookies. A sentence that states the practice before the definition ("We use cookies, which are small text
 * files") and the practice said in a sentence of its own still read cookies, in every language.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a definition of cookies names no cookies set', () => {
  test.each<[Lang, string]>([
    ['en', 'Cookies are small text files that a website stores on your computer.'],
    [
      'en',
      'Cookies are small text files that a website stores on your computer. This website does not use cookies.',
    ],
    ['de', 'Cookies sind kleine Textdateien, die eine Website auf Ihrem Endgerät speichert.'],
    [
      'de',
      'Cookies sind kleine Textdateien, die eine Website speichert. Diese Website verwendet keine Cookies.',
    ],
    ['de', 'Bei Cookies handelt es sich um kleine Textdateien, die auf Ihrem Endgerät gespeichert werden.'],
    ['nl', 'Cookies zijn kleine tekstbestanden die op uw computer worden opgeslagen.'],
    ['nb', 'Informasjonskapsler (cookies) er små tekstfiler som lagres på datamaskinen din.'],
    ['sv', 'Kakor är små textfiler som lagras på din dator.'],
    ['da', 'Cookies er små tekstfiler, der gemmes på din computer.'],
    ['fr', 'Un cookie est un petit fichier texte déposé sur votre ordinateur.'],
    ['es', 'Las cookies son pequeños archivos de texto que se almacenan en tu ordenador.'],
    ['it', 'I cookie sono piccoli file di testo che vengono memorizzati sul tuo computer.'],
    ['pl', 'Pliki cookies to niewielkie pliki tekstowe zapisywane na Twoim urządzeniu.'],
    [
      'pl',
      'Pliki cookies są plikami tekstowymi wysyłanymi na urządzenia końcowe (np. laptop, tablet, smartfon).',
    ],
    ['pt', 'Cookies são pequenos arquivos de texto armazenados no seu computador.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });
});

describe('the practice stated before or beside the definition still reads cookies', () => {
  test.each<[Lang, string]>([
    ['en', 'We use cookies, which are small text files stored on your device.'],
    ['en', 'This website uses cookies. Cookies are small text files stored on your device.'],
    ['de', 'Wir verwenden Cookies. Das sind kleine Textdateien.'],
    ['fr', 'Nous utilisons des cookies, qui sont de petits fichiers texte.'],
    [
      'pt',
      'Nosso site utiliza cookies. Cookies são pequenos arquivos de texto armazenados em seu dispositivo.',
    ],
    ['sv', 'Webbplatsen använder endast nödvändiga kakor.'],
    ['it', 'Questo sito utilizza esclusivamente cookie tecnici strettamente necessari.'],
  ])('%s: cookies in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('cookies');
  });
});
