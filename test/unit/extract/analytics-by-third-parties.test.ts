/**
 * Analytics recipients said without the word "analytics provider" (session 17, fixa17o): third parties that
 * analyse or measure the use of the service ("We and third parties use beacons ... to analyze the use of our
 * Services", "help us and third parties understand which parts of our Services are the most popular") and
 * market-research firms, in the eleven languages. Our own analysis with no third party names no one, and a
 * provider that helps "with hosting, analytics and support" stays a service provider (the sentence names
 * one party; analytics is one of its tasks, not a second recipient).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: 'Sharing' }], lang).sharing.recipients;

describe('third parties analysing the use of the service, market-research firms: analytics', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We and third parties use beacons for a variety of purposes, including to analyze the use of our Services.',
    ],
    [
      'en',
      'These cookies help us and third parties understand which parts of our Services are the most popular.',
    ],
    ['en', 'We share survey answers with market research firms.'],
    ['de', 'Wir geben Umfragedaten an Marktforschungsinstitute weiter.'],
    ['de', 'Wir geben Daten an Dritte weiter, um die Nutzung unserer Website zu analysieren.'],
    ['nl', 'We delen gegevens met derden om het gebruik van onze website te analyseren.'],
    ['nb', 'Vi deler opplysninger med tredjeparter for å analysere bruken av tjenesten.'],
    ['sv', 'Vi delar uppgifter med tredje parter för att analysera användningen av tjänsten.'],
    ['da', 'Vi deler oplysninger med tredjeparter for at analysere brugen af tjenesten.'],
    ['fr', 'Nous partageons des données avec des tiers pour analyser l’utilisation de nos services.'],
    ['es', 'Compartimos datos con terceros para analizar el uso de nuestros servicios.'],
    ['it', 'Condividiamo i dati con terze parti per analizzare l’utilizzo dei nostri servizi.'],
    ['pl', 'Udostępniamy dane firmom badania rynku.'],
    ['pt', 'Partilhamos dados com terceiros para analisar a utilização dos nossos serviços.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('analytics');
  });
});

describe('our own analysis, a provider doing analytics among its tasks: no analytics recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We analyse how the service is used to improve it.'],
    ['en', 'We share data with service providers that help us with hosting, analytics and support.'],
    ['de', 'Wir analysieren die Nutzung unserer Website, um sie zu verbessern.'],
    ['fr', 'Nous analysons l’utilisation de nos services pour les améliorer.'],
    ['en', 'We do not share data with third parties to analyze the use of our Services.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('analytics');
  });
});
