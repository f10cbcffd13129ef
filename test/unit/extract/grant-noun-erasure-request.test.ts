/**
 * The noun grant ("you have the possibility to", "Sie haben die Möglichkeit", "ha la possibilità di") offers
 * product features as often as rights. review14 finding 7: where it names the right itself, as a noun or a
 * request ("request erasure", "chiedere la cancellazione", "diese löschen zu lassen"), it is the right, with
 * the model leaning to rights or not; the bare verb with a non-data object ("delete your posts") is the feature,
 * also where the model leans to rights (cues/rights.json grantedObjects, rights.ts featureOnly).
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('the noun grant naming the right as a noun or a request grants it', () => {
  test.each<[Lang, string, Right]>([
    ['en', 'You have the possibility to request erasure and to object to processing.', 'erasure'],
    [
      'en',
      'You have the possibility to request erasure and to lodge a complaint with a supervisory authority.',
      'erasure',
    ],
    ['en', 'You have the possibility to request correction.', 'rectification'],
    ['it', 'Ha la possibilità di chiedere la cancellazione.', 'erasure'],
    ['it', 'Hai la possibilità di richiedere la cancellazione.', 'erasure'],
    ['de', 'Sie haben die Möglichkeit, diese löschen zu lassen.', 'erasure'],
    ['fr', "Vous avez la possibilité de demander l'effacement.", 'erasure'],
    ['es', 'Tiene la posibilidad de solicitar la supresión.', 'erasure'],
    ['pt', 'Tem a possibilidade de solicitar o apagamento.', 'erasure'],
    ['pl', 'Masz możliwość żądania usunięcia.', 'erasure'],
    ['pl', 'Ma Pan możliwość zażądać usunięcia tych danych.', 'erasure'],
    ['nl', 'U heeft de mogelijkheid om verwijdering te verzoeken.', 'erasure'],
    ['sv', 'Du har möjlighet att begära radering.', 'erasure'],
    ['da', 'Du har mulighed for at anmode om sletning.', 'erasure'],
    ['nb', 'Du har mulighet til å be om sletting.', 'erasure'],
  ])('[%s] %s', (lang, text, right) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain(right);
    expect(sure).toContain(right);
  });
});

describe('the noun grant with a feature verb and a non-data object grants no erasure, model or not', () => {
  test.each<[Lang, string]>([
    ['en', 'You have the possibility to delete your posts at any time.'],
    ['de', 'Sie haben die Möglichkeit, Ihre Beiträge zu löschen.'],
    ['fr', 'Vous avez la possibilité de supprimer vos commentaires.'],
    ['sv', 'Du har möjlighet att radera dina inlägg.'],
    ['pl', 'Masz możliwość usunięcia swoich postów w dowolnym momencie.'],
    ['it', 'Hai la possibilità di cancellare i tuoi commenti in qualsiasi momento.'],
  ])('[%s] %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).not.toContain('erasure');
    expect(sure).not.toContain('erasure');
  });

  test('[en] under a rights heading the feature sentence still grants (as before)', () => {
    const [silent] = rightsBoth(
      'You have the possibility to delete your posts at any time.',
      'en',
      'Your rights',
    );
    expect(silent).toContain('erasure');
  });
});
