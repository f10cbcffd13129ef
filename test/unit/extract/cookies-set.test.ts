/**
 * Cookies said to be set, in the passive ("strictly necessary cookies are always set", "Technisch notwendige
 * Cookies werden immer gesetzt", "Las cookies técnicas se instalan siempre", "I cookie tecnici sono sempre
 * installati"): the setting of cookies states by itself that this site sets them, as the active "we set cookies"
 * does, so the phrase is its own collection cue (`data-types/self-stated.json` `cookies`), in every language.
 * "Only with your consent" for the others does not undo it: a site that sets necessary cookies only still sets
 * cookies. Denied ("No cookies are set", "Es werden keine Cookies gesetzt", "Informasjonskapsler settes ikke",
 * "I cookie di profilazione non sono installati") it states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('cookies said to be set are cookies', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Our cookie banner lets you accept or reject optional cookies; strictly necessary cookies are always set.',
    ],
    ['en', 'Strictly necessary cookies are always set; other cookies only with your consent.'],
    [
      'de',
      'Technisch notwendige Cookies werden immer gesetzt; optionale Cookies nur nach Ihrer Einwilligung im Cookie-Banner.',
    ],
    ['nl', 'Functionele cookies worden altijd geplaatst; andere cookies alleen na jouw toestemming.'],
    ['nb', 'Nødvendige informasjonskapsler settes alltid; andre bare hvis du samtykker.'],
    ['sv', 'Nödvändiga kakor sätts alltid; övriga kakor bara om du samtycker.'],
    ['da', 'Nødvendige cookies sættes altid; øvrige cookies kun med dit samtykke.'],
    [
      'fr',
      'Les cookies strictement nécessaires sont toujours déposés ; les autres uniquement avec votre consentement.',
    ],
    ['es', 'Las cookies técnicas se instalan siempre; el resto solo con tu consentimiento.'],
    ['it', 'I cookie tecnici sono sempre installati; gli altri solo con il tuo consenso.'],
    ['pl', 'Niezbędne pliki cookies są zapisywane zawsze, pozostałe tylko za Twoją zgodą.'],
    [
      'pt',
      'Cookies estritamente necessários são sempre instalados; os demais apenas com o seu consentimento.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toContain('cookies');
  });
});

describe('cookies denied being set: none', () => {
  test.each<[Lang, string]>([
    ['en', 'No cookies are set when you visit this page.'],
    ['en', 'Cookies are not set until you accept them.'],
    ['de', 'Es werden keine Cookies gesetzt.'],
    ['de', 'Cookies werden nicht gesetzt.'],
    ['nl', 'Er worden geen cookies geplaatst.'],
    ['nb', 'Informasjonskapsler settes ikke.'],
    ['sv', 'Inga kakor sätts på denna webbplats.'],
    ['da', 'Der sættes ingen cookies.'],
    ['fr', "Aucun cookie n'est déposé sur votre terminal."],
    ['es', 'Las cookies analíticas no se instalan sin tu consentimiento.'],
    ['it', 'I cookie di profilazione non sono installati.'],
    ['pl', 'Pliki cookies nie są instalowane.'],
    ['pt', 'Os cookies de marketing não são instalados.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('cookies');
  });
});
