/**
 * Probe12b's minimum ages: "must be at least N to create a profile / open a (bank) account" reads in all
 * eleven languages (a profile created or a "rekening" opened is who the service is for, as an account is),
 * French "âgé d'au moins 15 ans" with the elided "d'", Dutch "minimaal 18 jaar zijn". Two ages joined as a
 * range ("barn i åldern 13–16 år", "Kinder von 13 bis 16 Jahren") are the ages of the people served, no
 * minimum age. Near sentences that must not change: a profile's or an invoice's age, one age alone.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const minAge = (text: string, lang: Lang) => practicesOf([text], lang).children.minAge;

describe('the age needed to create a profile or open an account is the minimum age', () => {
  test.each<[Lang, string, number]>([
    ['fr', "Vous devez être âgé d'au moins 15 ans pour créer un compte.", 15],
    ['fr', 'Vous devez être âgée d’au moins 16 ans pour créer un profil.', 16],
    ['da', 'Du skal være mindst 15 år for at oprette en profil.', 15],
    ['nb', 'Du må være minst 15 år for å opprette en profil.', 15],
    ['sv', 'Du måste vara minst 15 år för att skapa en profil.', 15],
    ['en', 'You must be at least 15 years old to create a profile.', 15],
    ['de', 'Du musst mindestens 15 Jahre alt sein, um ein Profil anzulegen.', 15],
    ['es', 'Debes tener al menos 15 años para crear un perfil.', 15],
    ['it', 'Devi avere almeno 15 anni per creare un profilo.', 15],
    ['pl', 'Musisz mieć co najmniej 15 lat, aby założyć profil.', 15],
    ['pt', 'Tem de ter pelo menos 15 anos para criar um perfil.', 15],
    ['nl', 'Je moet minimaal 15 jaar oud zijn om een profiel aan te maken.', 15],
    ['nl', 'Je moet minimaal 18 jaar oud zijn om een rekening te openen.', 18],
    ['nl', 'Je moet minimaal 18 jaar zijn om een account aan te maken.', 18],
    ['it', 'Devi avere almeno 18 anni per aprire un conto.', 18],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('an age range of the people served is no minimum age', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi behandlar uppgifter om elever i årskurs 7–9, det vill säga barn i åldern 13–16 år.'],
    ['en', 'Our holiday camps collect data about children aged 13–16 years.'],
    ['en', 'We process data of children between 13 and 16 years of age who attend our courses.'],
    ['de', 'Wir verarbeiten Daten von Kindern von 13 bis 16 Jahren, die unsere Ferienkurse besuchen.'],
    ['nl', 'Wij verwerken gegevens van kinderen van 13 tot 16 jaar die onze kampen bezoeken.'],
    ['nb', 'Vi behandler opplysninger om barn i alderen 13-16 år.'],
    ['da', 'Vi behandler oplysninger om børn mellem 13 og 16 år.'],
    ['fr', 'Nous traitons les données des enfants de 13 à 16 ans inscrits à nos stages.'],
    ['es', 'Tratamos los datos de niños de 13 a 16 años inscritos en nuestros campamentos.'],
    ['it', 'Trattiamo i dati dei bambini tra 13 e 16 anni iscritti ai nostri corsi.'],
    ['pl', 'Przetwarzamy dane dzieci w wieku od 13 do 16 lat.'],
    ['pt', 'Tratamos os dados de crianças entre 13 e 16 anos inscritas nos nossos campos.'],
  ])('[%s] %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

describe('near sentences keep their reading', () => {
  test.each<[Lang, string, number | null]>([
    // A profile's own age, an invoice's lead time: no person's age.
    ['en', 'Profiles that are over 12 years old are deleted.', null],
    ['nl', 'U ontvangt de rekening minimaal 14 dagen voor de vervaldatum.', null],
    ['nl', 'Wij bewaren uw accountgegevens minimaal 10 jaar.', null],
    // One age alone still reads; a range elsewhere in the sentence leaves it alone.
    ['sv', 'Barn under 13 år får inte skapa ett konto.', 13],
    ['de', 'Kinder unter 16 Jahren dürfen sich nur mit Zustimmung der Eltern registrieren.', 16],
    [
      'en',
      'You must be at least 16 years old to create an account; our courses for ages 8–12 are booked by parents.',
      16,
    ],
    ['fr', 'Vous devez être âgé de 15 ans pour créer un compte.', 15],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});
