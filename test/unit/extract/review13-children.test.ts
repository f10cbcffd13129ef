/**
 * Review13's findings on fix13c's minimum ages, narrowed. Dutch "minimaal N jaar (oud) zijn" reads only with
 * a person as its subject ("Je moet minimaal 18 jaar zijn", "bent u minimaal 16 jaar"): a retention term is
 * very often said the same way ("de bewaartermijn is minimaal 10 jaar", "moet minimaal 10 jaar zijn
 * bewaard"). French "âgé d'au moins N" needs "ans" and a person ("être âgé d'au moins 15 ans"): "un compte
 * âgé d'au moins 12 mois" is an account's age.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const minAge = (text: string, lang: Lang, heading = '') =>
  practicesOf([{ text, heading }], lang).children.minAge;

describe('a retention term or an account age said with "at least N" is no minimum age', () => {
  test.each<[Lang, string, string]>([
    ['nl', 'De bewaartermijn voor gegevens van klanten en gebruikers is minimaal 10 jaar.', ''],
    ['nl', 'Voor uw account geldt: de bewaartermijn is minimaal 15 jaar.', 'Bewaartermijn'],
    ['nl', 'Administratie van onze diensten moet minimaal 10 jaar zijn bewaard.', ''],
    ['nl', 'Wij bewaren accountgegevens; de bewaartermijn is minimaal 12 jaar.', ''],
    ['nl', 'Gegevens van gebruikers zijn minimaal 10 jaar beschikbaar in ons archief.', ''],
    ['fr', "Les utilisateurs dont le compte est âgé d'au moins 12 mois peuvent exporter leurs données.", ''],
    ['fr', "Les comptes âgés d'au moins 15 ans sont archivés.", ''],
  ])('[%s] %s', (lang, text, heading) => {
    expect(minAge(text, lang, heading)).toBeNull();
  });
});

describe('a person who must be at least N still gives the minimum age', () => {
  test.each<[Lang, string, number]>([
    ['nl', 'Je moet minimaal 18 jaar zijn om een account aan te maken.', 18],
    ['nl', 'Om een account aan te maken moet je minimaal 16 jaar oud zijn.', 16],
    ['nl', 'Gebruikers moeten minstens 16 jaar zijn om onze diensten te gebruiken.', 16],
    ['nl', 'U dient ten minste 18 jaar oud te zijn om een account te openen.', 18],
    ['fr', "Vous devez être âgé d'au moins 15 ans pour créer un compte.", 15],
    ['fr', "Les utilisateurs âgés d'au moins 16 ans peuvent créer un compte.", 16],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('a range right after "under" keeps its lower number as the minimum age', () => {
  test.each<[Lang, string, number]>([
    ['en', 'Children under 13 to 16 years, depending on the member state, may not register.', 13],
    ['de', 'Kinder unter 13 bis 16 Jahren dürfen sich je nach Mitgliedstaat nicht registrieren.', 13],
    ['nl', 'Kinderen onder 13 tot 16 jaar mogen zich, afhankelijk van de lidstaat, niet registreren.', 13],
    ['sv', 'Barn under 13–16 år, beroende på medlemsstat, får inte skapa ett konto.', 13],
    ['es', 'Los menores de 13 a 16 años, según el Estado miembro, no pueden registrarse.', 13],
    ['pl', 'Dzieci poniżej 13–16 lat, zależnie od państwa członkowskiego, nie mogą założyć konta.', 13],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('a range with no "under" before it is still no minimum age', () => {
  test.each<[Lang, string]>([
    ['en', 'Our holiday camps collect data about children aged 13–16 years.'],
    ['de', 'Wir verarbeiten Daten von Kindern von 13 bis 16 Jahren, die unsere Ferienkurse besuchen.'],
    ['sv', 'Vi behandlar uppgifter om elever i årskurs 7–9, det vill säga barn i åldern 13–16 år.'],
  ])('[%s] %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});
