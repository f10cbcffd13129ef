/**
 * Rectification and restriction narrowed after review20b (session 20, fixr20b): "changed if they are wrong"
 * needs data named (tickets, bookings and seats are no personal data); "ask that ... be restricted" needs the
 * processing or use of data, not of a clubhouse, an order or a treatment at a clinic. Twins: en "fix your
 * details if they are wrong", "the processing of your data be restricted", pl "ograniczyli sposób, w jaki".
 * Short invented sentences, eleven languages.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const rights = (text: string, lang: Lang) => practicesOf([text], lang).rights.rights;

const READ: readonly [Lang, string, Right][] = [
  [
    'de',
    'Sie können verlangen, dass die Nutzung bestimmter Angaben über Sie eingeschränkt wird.',
    'restriction',
  ],
  ['en', 'You can ask us to fix your details if they are wrong.', 'rectification'],
  ['en', 'You may ask that the processing of your data be restricted.', 'restriction'],
  ['de', 'Sie können Ihre Angaben berichtigen lassen, wenn sie falsch sind.', 'rectification'],
  ['de', 'Sie können verlangen, dass die Verarbeitung Ihrer Daten eingeschränkt wird.', 'restriction'],
  ['nl', 'Je kunt je gegevens laten corrigeren als ze niet kloppen.', 'rectification'],
  ['nb', 'Du kan få opplysningene dine rettet hvis de er feil.', 'rectification'],
  ['sv', 'Du kan få dina uppgifter rättade om de är felaktiga.', 'rectification'],
  ['sv', 'Du kan begära att behandlingen av dina uppgifter begränsas.', 'restriction'],
  ['da', 'Du kan få dine oplysninger ændret, hvis de ikke er korrekte.', 'rectification'],
  ['fr', 'Vous pouvez faire corriger vos données si elles sont inexactes.', 'rectification'],
  ['es', 'Puedes corregir tus datos si son incorrectos.', 'rectification'],
  ['it', 'Puoi correggere i tuoi dati se sono errati.', 'rectification'],
  ['pl', 'Możesz zmienić swoje dane, jeśli są nieaktualne.', 'rectification'],
  ['pl', 'Możesz żądać, abyśmy ograniczyli sposób, w jaki przetwarzamy Twoje dane.', 'restriction'],
  ['pt', 'Pode corrigir os seus dados se estiverem incorretos.', 'rectification'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['en', 'You can get your booking changed if it is wrong.'],
  ['de', 'Sie können Ihre Eintrittskarten ändern lassen, wenn sie nicht stimmen.'],
  ['de', 'Sie können verlangen, dass die Nutzung des Parkplatzes eingeschränkt wird.'],
  ['nl', 'Je kunt je reservering laten aanpassen als die niet klopt.'],
  ['nb', 'Du kan få setene endret hvis de er feil.'],
  ['sv', 'Du kan få platserna ändrade om de är fel.'],
  ['sv', 'Du kan begära att behandlingen hos tandläkaren begränsas till en timme.'],
  ['da', 'Du kan få pladserne ændret, hvis de er forkerte.'],
  ['da', 'Du kan kræve, at behandlingen på klinikken begrænses til en time.'],
  ['fr', 'Vous pouvez modifier vos réservations quand elles sont incorrectes.'],
  ['fr', 'Vous pouvez demander que le traitement de votre dossier soit limité à une semaine.'],
  ['es', 'Puedes cambiar tus reservas si son incorrectas.'],
  ['it', 'Puoi cambiare le prenotazioni se sono errate.'],
  ['it', "Puoi chiedere che il trattamento viso sia limitato a mezz'ora."],
  ['pl', 'Możesz zmienić miejsca, jeśli są nieprawidłowe.'],
  ['pt', 'Pode alterar as reservas se estiverem erradas.'],
  ['pt', 'Pode pedir que o tratamento capilar seja limitado a uma sessão.'],
];

describe('rectification and restriction of data are read', () => {
  it.each(READ)('%s: %s', (lang, text, right) => {
    expect(rights(text, lang)).toContain(right);
  });
});

describe('changing bookings or limiting other things grants no right', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(rights(text, lang)).toEqual([]);
  });
});

/** The data word the rectification phrase needs is looked behind, so it still counts for access before it. */
const BOTH: readonly [Lang, string][] = [
  ['en', 'You may get a copy of the data we keep on you and have it corrected if it is wrong.'],
  ['nl', 'Je mag je gegevens inzien, laten corrigeren als ze niet kloppen en laten wissen.'],
];

describe('access named before the rectification phrase is kept', () => {
  it.each(BOTH)('%s: %s', (lang, text) => {
    expect(rights(text, lang)).toEqual(expect.arrayContaining(['access', 'rectification']));
  });
});
