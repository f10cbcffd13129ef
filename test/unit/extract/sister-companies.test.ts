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

/**
 * Session 18 (fixr18b): a party that is said to receive nothing is no recipient, even where another clause of
 * the sentence shares data with someone else.
 */
describe('a party that receives nothing is none beside a party that receives', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'Nuestra empresa hermana no recibe ningún dato suyo; compartimos datos con Hermanos García S.L., nuestro transportista.',
    ],
    [
      'fr',
      'Notre société sœur ne reçoit aucune donnée ; nous partageons vos données avec Transports Martin SARL, notre transporteur.',
    ],
    [
      'it',
      'La nostra società sorella non riceve alcun dato; condividiamo i dati con Rossi S.r.l., il nostro corriere.',
    ],
    [
      'pt',
      'A nossa empresa irmã não recebe nenhum dado; partilhamos os dados com Transportes Silva Lda, a nossa transportadora.',
    ],
    [
      'en',
      'Our sister company does not receive any of your data; we share data with Garcia Ltd, our carrier.',
    ],
    ['sv', 'Vårt systerbolag får inga uppgifter om dig.'],
    ['da', 'Vores søsterselskab modtager ingen oplysninger om dig.'],
    ['de', 'Unsere Schwestergesellschaft erhält keine Ihrer Daten.'],
    ['pl', 'Nasza spółka siostrzana nie otrzymuje żadnych Twoich danych.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('affiliates');
  });

  test.each<[Lang, string]>([
    ['es', 'Compartimos sus datos con nuestra empresa hermana, que no recibe sus datos de pago.'],
    [
      'en',
      'We share your contact details with our sister company, which does not receive your card details.',
    ],
    [
      'fr',
      'Nous partageons vos coordonnées avec notre société sœur, qui ne reçoit pas vos données de paiement.',
    ],
  ])('a sister company data are shared with still is one: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('affiliates');
  });
});
