/**
 * Age ranges of who a service is for are no minimum age (session 20, fixs20c): pt "recebe crianças dos 6 aos 12
 * anos", it "tra i 6 e i 12 anni", and the ranges with articles or units in the other languages ("entre los 6 y
 * los 12", "von 6 Jahren bis 12", "od 6 lat do 12") read no minAge; a stated minimum age still does.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const minAge = (text: string, lang: Lang) => practicesOf([text], lang).children.minAge ?? null;

const RANGES: readonly [Lang, string][] = [
  ['pt', 'O ATL recebe crianças dos 6 aos 12 anos.'],
  ['pt', 'As atividades destinam-se a crianças entre os 6 e os 12 anos.'],
  ['en', 'The holiday camp welcomes children from 6 to 12 years.'],
  ['en', 'Our courses are for children aged 6 to 12.'],
  ['de', 'Die Ferienbetreuung nimmt Kinder zwischen 6 und 12 Jahren auf.'],
  ['de', 'Der Kurs richtet sich an Kinder von 6 bis 12 Jahren.'],
  ['nl', 'De buitenschoolse opvang is voor kinderen van 6 tot 12 jaar.'],
  ['nl', 'Wij ontvangen kinderen tussen 6 en 12 jaar.'],
  ['nb', 'SFO tar imot barn fra 6 til 12 år.'],
  ['sv', 'Fritidshemmet tar emot barn mellan 6 och 12 år.'],
  ['sv', 'Lägret är för barn från 6 till 12 år.'],
  ['da', 'Klubben modtager børn fra 6 til 12 år.'],
  ['da', 'Holdet er for børn mellem 6 og 12 år.'],
  ['fr', 'Le centre de loisirs accueille les enfants de 6 à 12 ans.'],
  ['es', 'El campamento acoge a niños de 6 a 12 años.'],
  ['es', 'Las actividades están dirigidas a niños de entre 6 y 12 años.'],
  ['it', 'Il centro estivo accoglie bambini dai 6 ai 12 anni.'],
  ['it', 'Il corso è rivolto a bambini tra i 6 e i 12 anni.'],
  ['pl', 'Świetlica przyjmuje dzieci w wieku od 6 do 12 lat.'],
  ['pt', 'O campo de férias é para crianças com idades entre 6 e 12 anos.'],
  ['pt', 'Aceitamos crianças dos 6 anos aos 12 anos.'],
  ['it', 'Accogliamo bambini dai 6 anni ai 12 anni.'],
  ['es', 'Acogemos a niños entre los 6 y los 12 años.'],
  ['de', 'Wir betreuen Kinder von 6 Jahren bis 12 Jahren.'],
  ['en', 'We look after children from 6 years to 12 years.'],
  ['pl', 'Przyjmujemy dzieci od 6 lat do 12 lat.'],
];

const MINIMUMS: readonly [Lang, string, number][] = [
  ['pt', 'Não recolhemos dados de menores de 16 anos sem o consentimento dos pais.', 16],
  ['en', 'You must be at least 13 years old to use the app.', 13],
  ['de', 'Sie müssen mindestens 16 Jahre alt sein, um die App zu nutzen.', 16],
  ['nl', 'Je moet minimaal 16 jaar oud zijn om een account aan te maken.', 16],
  ['nb', 'Du må være minst 13 år for å bruke tjenesten.', 13],
  ['fr', 'Vous devez avoir au moins 15 ans pour utiliser le service.', 15],
  ['pl', 'Musisz mieć ukończone 16 lat, aby korzystać z serwisu.', 16],
  ['it', 'Non raccogliamo dati di minori di 14 anni.', 14],
  ['es', 'Debes tener al menos 14 años para registrarte.', 14],
];

describe('an age range of who a service is for is no minimum age', () => {
  it.each(RANGES)('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

describe('a stated minimum age is still read', () => {
  it.each(MINIMUMS)('%s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});
