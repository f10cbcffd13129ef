import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { stripAccents, tableMatches } from './table-matches';

/**
 * On pages typed without accents, a stem term once folded must not become the stem of another word:
 * "okres\w*" (period) read "okreslony" (określony, specified), "céd\w*" read "CEDEX", "ced\w*" read "cedula"
 * (cédula), "reçu\w*" read "recuperer" (récupérer). Each term lists its own endings; its own words still match.
 */
const CASES: readonly { path: string; lang: Lang; text: string; words: string[] }[] = [
  {
    path: 'headings.json/retention',
    lang: 'pl',
    text: 'W określonym okresie przechowujemy dane przez okres określony w umowie.',
    words: ['okresie', 'okres'],
  },
  {
    path: 'cues/sharing.json/share',
    lang: 'fr',
    text: 'Écrivez-nous : 75008 Paris Cedex 08. Nous ne cédons jamais vos données.',
    words: ['cédons'],
  },
  {
    path: 'cues/sharing.json/share',
    lang: 'es',
    text: 'Solicitamos su cédula de identidad y no cedemos sus datos.',
    words: ['cedemos'],
  },
  {
    path: 'cues/collection.json/collect',
    lang: 'fr',
    text: 'Vous pouvez récupérer le courriel reçu.',
    words: ['reçu'],
  },
];

describe('stem terms on pages typed without accents', () => {
  it.each(CASES)('$path ($lang) reads only its own words, accented or not', ({ path, lang, text, words }) => {
    expect(tableMatches(path, lang, text)).toEqual(words);
    expect(tableMatches(path, lang, stripAccents(text))).toEqual(words.map(stripAccents));
  });
});

/**
 * Polish "państw-" names countries only in its plural cases ("w państwach", "państwom"): "państwowym" (of the
 * state: "organom państwowym", the authorities) and the formal "Państwa" (your) made the international
 * practice claim a sentence about authorities (hiree.md).
 */
describe('Polish countries among the weak international terms', () => {
  const path = 'flags.json/international/weak';
  it.each([
    ['Dane mogą być udostępniane organom państwowym na ich żądanie.', []],
    ['Państwa dane osobowe przetwarzamy w Polsce.', []],
    ['Dane mogą być przetwarzane w państwach spoza Unii lub za granicą.', ['państwach', 'za granicą']],
  ])('%s', (text, words) => {
    expect(tableMatches(path, 'pl', text)).toEqual(words);
  });
});
