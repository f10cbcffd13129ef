/**
 * Session 20 review (fixr20a): how the reader moves around the site, explained in help text or with an
 * assistive tool (screen reader, keyboard), is no usage data collected. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('help text about moving around the site reads no usage data', () => {
  test.each<[Lang, string]>([
    ['en', 'This page explains how you navigate our website with a keyboard.'],
    ['de', 'Diese Hilfe erklärt, wie Sie sich auf unserer Website mit der Tastatur bewegen.'],
    ['nl', 'Deze uitleg laat zien hoe je door onze website navigeert met een schermlezer.'],
    ['nb', 'Denne veiledningen viser hvordan du beveger deg på nettstedet med tastaturet.'],
    ['sv', 'Den här guiden visar hur du navigerar på webbplatsen med tangentbordet.'],
    ['da', 'Denne vejledning viser, hvordan du navigerer på hjemmesiden med tastaturet.'],
    ['fr', "Cette aide explique la façon dont vous naviguez sur notre site avec un lecteur d'écran."],
    ['es', 'Esta guía explica cómo navega por nuestro sitio con el teclado.'],
    ['it', 'Questa guida spiega come navighi sul nostro sito con la tastiera.'],
    ['pl', 'Ten poradnik pokazuje, jak poruszasz się po naszej stronie za pomocą czytnika ekranu.'],
    ['pt', 'Esta ajuda explica a forma como navega no nosso site com o teclado.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('usage-data');
  });
});
