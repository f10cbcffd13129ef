/**
 * Session 21 (fixr21c, after review21a): the reader's weight asked for size advice of sportswear, for rental gear or a tandem
 * flight, a BMI calculator, or 'its' weight (a machine's, with its dimensions) is no health datum; the weight a fitness app
 * keeps still is. Eleven languages; read sure of collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('the weight a fitness service keeps is read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'health', 'Our fitness app stores your weight and your workouts.'],
    ['de', 'health', 'Die Fitness-App speichert Ihr Gewicht und Ihre Trainingseinheiten.'],
    ['nl', 'health', 'De fitnessapp slaat je gewicht en je trainingen op.'],
    ['fr', 'health', 'Notre application de fitness enregistre votre poids.'],
    ['es', 'health', 'En el gimnasio registramos tu peso para tu plan de entrenamiento.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('weight for sizes, gear, calculators and products is not read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'health', 'Our size guide for running shoes asks for your weight to suggest a fit.'],
    ['de', 'health', 'Unsere Größenberatung für Trainingskleidung fragt nach Ihrem Gewicht.'],
    ['nl', 'health', 'Voor het juiste maatadvies van onze sportschoenen vragen we je gewicht.'],
    ['nb', 'health', 'For å finne riktig størrelse på treningsklærne ber vi om vekten din.'],
    ['sv', 'health', 'För att hitta rätt storlek på träningskläderna frågar vi efter din vikt.'],
    ['da', 'health', 'For at finde den rette størrelse på træningstøjet spørger vi om din vægt.'],
    ['fr', 'health', 'Pour choisir vos vêtements de sport, nous vous demandons votre poids.'],
    ['es', 'health', 'Para elegir la talla de tu ropa deportiva te pedimos tu peso.'],
    ['it', 'health', 'Per scegliere la taglia della tua tuta sportiva ti chiediamo il tuo peso.'],
    ['pl', 'health', 'Aby dobrać rozmiar butów sportowych, pytamy o Twoją wagę.'],
    ['pt', 'health', 'Para escolher o tamanho da sua roupa desportiva pedimos o seu peso.'],
    ['en', 'health', 'Calculate your BMI on our fitness blog; we store none of the values.'],
    ['de', 'health', 'Im Sportverleih stellen wir die Bindung nach Ihrem Gewicht ein.'],
    ['nb', 'health', 'Av hensyn til helse og sikkerhet må vi vite vekten din før paragliderturen.'],
    ['es', 'health', 'Para cada bicicleta estática de fitness indicamos su peso y sus dimensiones.'],
    ['it', 'health', 'Per ogni macchina da palestra indichiamo il suo peso e le sue dimensioni.'],
    ['pt', 'health', 'Para cada passadeira de ginásio indicamos o seu peso e as dimensões.'],
    ['pl', 'health', 'Możesz połączyć swoją wagę kuchenną z aplikacją do diety.'],
    ['en', 'health', 'Our pharmacy shows a list of the medicines it sells.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
