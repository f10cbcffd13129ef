/**
 * Session 20 review (fixr20a): ongoing or current "treatment" of data, a complaint, a request or a case is
 * processing, no health, even in a clinic's policy ('traitement actuel de vos données', 'pågående behandling
 * av personuppgifter', 'lopende behandeling van uw klacht'); a register of processing activities likewise.
 * Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent, typesSure } from './helpers';

describe('treatment meaning processing reads no health', () => {
  test.each<[Lang, string]>([
    ['en', 'The ongoing treatment of your complaint by the hospital takes two weeks.'],
    ['de', 'Die laufende Behandlung Ihrer Anfrage durch die Klinik dauert zwei Wochen.'],
    ['nl', 'De lopende behandeling van uw klacht door het ziekenhuis duurt twee weken.'],
    ['nb', 'Pågående behandling av søknaden din hos sykehuset tar to uker.'],
    ['sv', 'Pågående behandling av dina uppgifter på sjukhuset följer lagen.'],
    ['da', 'Igangværende behandling af dine oplysninger på hospitalet følger loven.'],
    ['fr', "Le traitement en cours de votre demande par l'hôpital prend deux semaines."],
    ['es', 'El tratamiento actual de su solicitud en el hospital tarda dos semanas.'],
    ['it', "L'andamento del trattamento dei tuoi dati presso la clinica è descritto qui."],
    ['pt', 'O tratamento em curso do seu pedido no hospital demora duas semanas.'],
    ['pl', 'Rozpatrywanie Twojej skargi przez szpital trwa dwa tygodnie.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('health');
  });
});

describe('current medical treatment is still health', () => {
  test.each<[Lang, string]>([
    ['fr', 'Le médecin note vos traitements en cours et vos symptômes.'],
    ['es', 'El médico anota sus tratamientos en curso y sus síntomas.'],
    ['nb', 'Legen noterer pågående behandling og symptomene dine.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toContain('health');
  });
});
