/**
 * "o browser que utilizou", "the browser you use", "navigateur utilisé" describe the visitor's browser: device
 * information, as "navegador utilizado" and "verwendeter Browser" already were. The e-mail exchanges of
 * Germanic compounds ("e-mailcommunicatie", "E-Mail-Korrespondenz", "e-postkorrespondanse") are correspondence,
 * as "correspondence" and "e-mail communications" already were. A bare browser or e-mail address stays as it was.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('the browser the visitor uses is device information', () => {
  test.each<[Lang, string]>([
    ['pt', 'Coletamos o browser que utilizou ao visitar o nosso website.'],
    ['pt', 'Recolhemos o navegador que você usa.'],
    ['en', 'We collect the browser you use.'],
    ['de', 'Wir speichern den Browser, den Sie verwenden.'],
    ['nl', 'Wij verzamelen de gebruikte browser.'],
    ['nb', 'Vi samler inn nettleseren du bruker.'],
    ['sv', 'Vi samlar in webbläsaren du använder.'],
    ['da', 'Vi indsamler den anvendte browser.'],
    ['fr', 'Nous collectons le navigateur utilisé.'],
    ['es', 'Recogemos el navegador que usa.'],
    ['it', 'Raccogliamo il browser che utilizzi.'],
    ['pl', 'Zbieramy informację o używanej przeglądarce.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['device-info']);
  });

  test.each<[Lang, string]>([
    ['pt', 'Coletamos dados quando utiliza o browser.'],
    ['en', 'We collect data in your browser.'],
  ])('a bare browser names none: %s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });
});

describe('e-mail exchanges are correspondence', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij bewaren e-mailcommunicatie maximaal 2 jaar.'],
    ['de', 'Wir speichern die E-Mail-Korrespondenz mit Ihnen.'],
    ['nb', 'Vi lagrer e-postkorrespondanse med kunder.'],
    ['sv', 'Vi sparar e-postkommunikation med kunder.'],
    ['da', 'Vi gemmer e-mailkorrespondance med kunder.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['communications']);
  });
});
