/**
 * "Providers of analytics tools" are analytics, not service providers and analytics: "dostawcy narzędzi
 * analitycznych (np. Google Analytics)", "fournisseurs d'outils d'analyse", "leverandører av
 * analyseverktøy" named both kinds. The longer term covers the provider word, in all eleven languages.
 * Providers of anything else stay service providers.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('providers of analytics tools are analytics', () => {
  test.each<[Lang, string]>([
    ['pl', 'Przekazujemy dane: dostawcy narzędzi analitycznych (np. Google Analytics, Google Tag Manager),'],
    ['en', 'We share data with providers of analytics tools.'],
    ['de', 'Wir übermitteln Daten an Dienstleister für Webanalyse.'],
    ['nl', 'Wij delen gegevens met aanbieders van analysetools.'],
    ['nb', 'Vi deler data med leverandører av analyseverktøy.'],
    ['sv', 'Vi delar uppgifter med leverantörer av analysverktyg.'],
    ['da', 'Vi deler data med udbydere af analyseværktøjer.'],
    ['fr', "Nous partageons des données avec des fournisseurs d'outils d'analyse."],
    ['es', 'Compartimos datos con proveedores de herramientas de análisis.'],
    ['it', 'Condividiamo i dati con fornitori di strumenti di analisi.'],
    ['pt', 'Compartilhamos dados com fornecedores de ferramentas de análise.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['analytics']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We share data with providers of hosting services.'],
    ['fr', "Nous partageons des données avec des fournisseurs d'hébergement."],
    ['pl', 'Przekazujemy dane dostawcom usług IT.'],
    ['nb', 'Vi deler data med leverandører av IT-tjenester.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['service-providers']);
  });
});
