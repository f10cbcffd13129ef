/**
 * A report made to an authority is a disclosure as an authority's request is ("Reporte a órgãos como
 * ANTT, DNIT e Receita Estadual", "de skal bruges til indberetning til staten", "We report suspected fraud
 * to the police"), near a named authority, also in a sentence about keeping or deleting data. Reporting a
 * complaint to the supervisory authority is a right, and "as required by law" in a retention sentence
 * still names no one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a report to an authority names the authority', () => {
  test.each<[Lang, string]>([
    ['pt', 'Cumprimento Legal: Reporte a órgãos como ANTT, DNIT e Receita Estadual.'],
    [
      'da',
      'I forbindelse med kurser kan vi naturligvis kun slette oplysninger, der er blevet forældede, da de skal bruges til indberetning til staten.',
    ],
    ['da', 'Vi indberetter oplysninger om løn til Skattestyrelsen.'],
    ['nb', 'Opplysningene brukes til innrapportering til staten.'],
    ['sv', 'Uppgifterna rapporteras till Skatteverket.'],
    ['en', 'We report suspected fraud to the police.'],
    ['de', 'Verdachtsfälle werden der Polizei gemeldet.'],
    ['nl', 'Wij melden vermoedelijke fraude bij de politie.'],
    ['fr', 'Nous signalons les fraudes présumées aux autorités compétentes.'],
    ['es', 'Reportaremos cualquier fraude a las autoridades competentes.'],
    ['it', "Segnaliamo le frodi sospette all'autorità giudiziaria."],
    ['pl', 'Podejrzenia oszustwa zgłaszamy na policję.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'You can report a complaint to the supervisory authority.'],
    ['en', 'We keep invoices for five years, as required by law.'],
    ['es', 'Denuncie la filtración: informe a las autoridades pertinentes sobre la filtración de datos.'],
    ['da', 'Vi sletter oplysningerne, når de ikke længere er nødvendige.'],
    ['en', 'We will report a personal data breach to the supervisory authority within 72 hours.'],
    ['en', 'We will notify the competent authorities of a breach.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});
