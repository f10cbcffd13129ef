/**
 * A sister company in the operator's group that receives data is an affiliate (probe17, session 18): nl
 * "zustervennootschap", and its twins in the eleven languages. A sister organisation that receives nothing
 * names no recipient.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('a sister company the operator shares data with is an affiliate', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'Binnen ons concern delen wij klantgegevens met onze zustervennootschap in België, die de installatie van zonnepanelen in Vlaanderen verzorgt.',
    ],
    ['en', 'We share customer data with our sister company in Ireland.'],
    ['de', 'Wir geben Kundendaten an unsere Schwestergesellschaft in Österreich weiter.'],
    ['nb', 'Vi deler kundeopplysninger med vårt søsterselskap i Sverige.'],
    ['sv', 'Vi delar kunduppgifter med vårt systerbolag i Norge.'],
    ['da', 'Vi deler kundeoplysninger med vores søsterselskab i Sverige.'],
    ['fr', 'Nous partageons les données clients avec notre société sœur en Belgique.'],
    ['es', 'Compartimos los datos de clientes con nuestra sociedad hermana en Portugal.'],
    ['it', 'Condividiamo i dati dei clienti con la nostra società sorella in Svizzera.'],
    ['it', 'Condividiamo i dati dei clienti con la nostra società consociata in Svizzera.'],
    ['pl', 'Udostępniamy dane klientów naszej spółce siostrzanej w Czechach.'],
    ['pt', 'Partilhamos os dados dos clientes com a nossa empresa irmã em Espanha.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('affiliates');
  });
});

describe('a sister organisation that receives nothing is no recipient', () => {
  test('nl: a statement about the sister organisation', () => {
    expect(recipientsOf('Onze zusterorganisatie in België is een aparte stichting.', 'nl')).toEqual([]);
  });
});
