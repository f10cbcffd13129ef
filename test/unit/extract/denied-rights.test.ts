/**
 * A right the policy denies is no right granted: "non hai diritto alla portabilità dei tuoi dati quando il
 * trattamento è necessario per ... un compito di interesse pubblico" (an Italian public body) names
 * portability only to deny it, and its label ("Diritto alla portabilità dei dati:") goes with it. The same
 * shape in every language: "you do not have the right to", "kein Recht auf", "n'avez pas le droit à",
 * "geen recht op", "ikke rett til". A denial of something else, or a right granted beside a denial, still
 * reads.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('a right denied right after its name is not granted', () => {
  test.each<[Lang, string, Right[]]>([
    [
      'it',
      "Diritto alla portabilità dei dati: non hai diritto alla portabilità dei tuoi dati quando il trattamento è necessario per eseguire un compito di interesse pubblico o nell'esercizio di funzioni pubbliche o adempiere a obblighi legali.",
      [],
    ],
    ['it', 'Non ha diritto alla portabilità dei dati, ma può chiedere la rettifica.', ['rectification']],
    ['en', 'You do not have the right to data portability where we rely on a public task.', []],
    ['en', 'You have no right to object where processing is required by law.', []],
    [
      'de',
      'Sie haben kein Recht auf Datenübertragbarkeit, wenn die Verarbeitung gesetzlich vorgeschrieben ist.',
      [],
    ],
    ['nl', 'U heeft geen recht op dataportabiliteit als de verwerking wettelijk verplicht is.', []],
    ['nb', 'Du har ikke rett til dataportabilitet når behandlingen er lovpålagt.', []],
    ['sv', 'Du har inte rätt till dataportabilitet när behandlingen är en rättslig förpliktelse.', []],
    ['da', 'Du har ikke ret til dataportabilitet, når behandlingen er lovpligtig.', []],
    [
      'fr',
      "Vous n'avez pas le droit à la portabilité lorsque le traitement repose sur une obligation légale.",
      [],
    ],
    ['es', 'No tiene derecho a la portabilidad cuando el tratamiento se basa en una obligación legal.', []],
    ['pl', 'Nie przysługuje Pani/Panu prawo do przenoszenia danych.', []],
    ['pt', 'Não tem direito à portabilidade quando o tratamento resulta de uma obrigação legal.', []],
  ])('%s: %s', (lang, text, expected) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual(expected);
  });
});

describe('grants beside a negation still read', () => {
  test.each<[Lang, string, Right[]]>([
    ['it', 'Hai diritto alla portabilità dei tuoi dati.', ['portability']],
    ['it', 'Non devi pagare nulla per esercitare il diritto di accesso.', ['access']],
    ['en', 'You do not have to pay a fee to exercise your right of access.', ['access']],
    ['en', 'You have the right to data portability.', ['portability']],
    ['de', 'Sie haben das Recht auf Datenübertragbarkeit.', ['portability']],
    ['fr', 'Vous avez le droit à la portabilité de vos données.', ['portability']],
    ['pl', 'Przysługuje Pani/Panu prawo do przenoszenia danych.', ['portability']],
  ])('%s: %s', (lang, text, expected) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual(expected);
  });
});
