import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string; age?: number };

function children(text: string, lang: Lang): { found: boolean; minAge: number | null } {
  const c = practicesOf([text], lang).children;
  return { found: c.found, minAge: c.minAge };
}

/**
 * Minimum ages said as a condition on the reader ("you must have turned 18"), as a restricted taking part
 * ("only persons at least 18 years old may take part") or with a word for the age of majority (18) where the
 * sentence says who may use the service (probe13x).
 */
const STATED: readonly Case[] = [
  {
    lang: 'de',
    text: 'Am Gewinnspiel teilnehmen dürfen nur Personen, die mindestens 18 Jahre alt sind.',
    age: 18,
  },
  {
    lang: 'en',
    text: 'Only persons who are at least 18 years old may take part in the prize draw.',
    age: 18,
  },
  { lang: 'nl', text: 'Alleen personen van 18 jaar of ouder mogen deelnemen aan de winactie.', age: 18 },
  {
    lang: 'fr',
    text: "Seules les personnes âgées d'au moins 18 ans peuvent participer au jeu-concours.",
    age: 18,
  },
  {
    lang: 'it',
    text: 'Possono partecipare al concorso solo le persone che hanno compiuto 18 anni.',
    age: 18,
  },
  { lang: 'sv', text: 'För att boka ett rum måste du ha fyllt 18 år.', age: 18 },
  { lang: 'nb', text: 'For å bestille et rom må du være minst 18 år.', age: 18 },
  { lang: 'da', text: 'For at booke et værelse skal du være mindst 18 år.', age: 18 },
  { lang: 'de', text: 'Um ein Zimmer zu buchen, müssen Sie mindestens 18 Jahre alt sein.', age: 18 },
  { lang: 'en', text: 'To book a room you must be at least 18 years old.', age: 18 },
  { lang: 'nl', text: 'Om een kamer te boeken moet u minimaal 18 jaar oud zijn.', age: 18 },
  { lang: 'fr', text: 'Pour réserver une chambre, vous devez avoir au moins 18 ans.', age: 18 },
  { lang: 'es', text: 'Para reservar una habitación debes tener al menos 18 años.', age: 18 },
  { lang: 'pt', text: 'Para reservar um quarto tem de ter pelo menos 18 anos.', age: 18 },
  { lang: 'pl', text: 'Aby zarezerwować pokój, musisz mieć ukończone 18 lat.', age: 18 },
  { lang: 'it', text: 'Per iscriversi al servizio è necessario aver compiuto 14 anni.', age: 14 },
  { lang: 'it', text: "L'app è riservata agli utenti maggiorenni.", age: 18 },
  { lang: 'pl', text: 'Z aplikacji mogą korzystać wyłącznie osoby pełnoletnie.', age: 18 },
  { lang: 'de', text: 'Unsere Dienste richten sich ausschließlich an volljährige Personen.', age: 18 },
  { lang: 'nl', text: 'Onze app is alleen bedoeld voor meerderjarige gebruikers.', age: 18 },
  { lang: 'sv', text: 'Tjänsten är endast avsedd för myndiga personer.', age: 18 },
  { lang: 'nb', text: 'Tjenesten er kun beregnet for myndige personer.', age: 18 },
  { lang: 'da', text: 'Tjenesten er kun beregnet til myndige personer.', age: 18 },
  { lang: 'fr', text: 'Le service est réservé aux utilisateurs majeurs.', age: 18 },
  { lang: 'es', text: 'El servicio está destinado únicamente a personas mayores de edad.', age: 18 },
  { lang: 'pt', text: 'A aplicação destina-se apenas a utilizadores maiores de idade.', age: 18 },
  { lang: 'en', text: 'The service is intended only for persons of legal age.', age: 18 },
];

/**
 * No minimum age: a majority word in consent talk, "majeur" as "major", "myndighet" (an authority), a team's
 * rule not said to the reader, a password's length, and a child's price or stay rule (probe13x).
 */
const NO_AGE: readonly Case[] = [
  { lang: 'de', text: 'Wenn Sie volljährig sind, können Sie selbst in die Verarbeitung einwilligen.' },
  { lang: 'it', text: 'Se sei maggiorenne puoi prestare il consenso da solo.' },
  { lang: 'pl', text: 'Osoba pełnoletnia może sama wyrazić zgodę.' },
  { lang: 'fr', text: 'Ce changement majeur de la politique vous sera notifié.' },
  { lang: 'sv', text: 'Myndigheter kan begära ut uppgifter.' },
  { lang: 'nb', text: 'Vi kan utlevere opplysninger til offentlige myndigheter.' },
  {
    lang: 'de',
    text: 'Spieler müssen mindestens 16 Jahre alt sein, um in der ersten Mannschaft zu spielen.',
  },
  { lang: 'en', text: 'Your password must be at least 12 characters.' },
  { lang: 'nl', text: 'Kinderen tot 12 jaar verblijven gratis op de kamer van hun ouders.' },
  {
    lang: 'es',
    text: 'Los niños menores de 12 años se alojan gratis compartiendo habitación con dos adultos.',
  },
  { lang: 'en', text: 'Children under 12 stay free when sharing a room with their parents.' },
  { lang: 'de', text: 'Kinder unter 12 Jahren übernachten kostenlos im Zimmer der Eltern.' },
  {
    lang: 'fr',
    text: 'Les enfants de moins de 12 ans séjournent gratuitement dans la chambre de leurs parents.',
  },
  { lang: 'it', text: 'I bambini sotto i 12 anni soggiornano gratis nella camera dei genitori.' },
  { lang: 'pt', text: 'As crianças até 12 anos ficam gratuitamente no quarto dos pais.' },
  { lang: 'sv', text: 'Barn under 12 år bor gratis i föräldrarnas rum.' },
  { lang: 'nb', text: 'Barn under 12 år bor gratis på foreldrenes rom.' },
  { lang: 'da', text: 'Børn under 12 år bor gratis på forældrenes værelse.' },
  { lang: 'pl', text: 'Dzieci do 12 lat nocują bezpłatnie w pokoju rodziców.' },
];

/**
 * An age of majority or an age said of another person's role (an account holder sharing the account with family,
 * an employee, the parent who sets up a family account) is no minimum age of the service (review14b finding 3).
 */
const ROLE_AGES: readonly Case[] = [
  { lang: 'en', text: 'Employees who access customer accounts must be of legal age.' },
  { lang: 'pl', text: 'Pracownik obsługujący konta musi być pełnoletni.' },
  { lang: 'en', text: 'The parent who creates the family account must be of legal age.' },
  {
    lang: 'en',
    text: 'The account holder must be of legal age; other family members may use the account.',
  },
  {
    lang: 'de',
    text: 'Der Kontoinhaber muss volljährig sein, Familienmitglieder dürfen das Konto mitnutzen.',
  },
  {
    lang: 'fr',
    text: 'Le titulaire du compte doit être majeur, les membres de la famille peuvent utiliser le compte.',
  },
  { lang: 'es', text: 'El titular de la cuenta debe ser mayor de edad.' },
  { lang: 'it', text: "Il titolare dell'account deve essere maggiorenne." },
  { lang: 'pt', text: 'O titular da conta deve ser maior de idade.' },
  { lang: 'sv', text: 'Kontoinnehavaren måste vara myndig.' },
  { lang: 'da', text: 'Kontohaveren skal være myndig.' },
  { lang: 'nb', text: 'Kontoinnehaveren må være myndig.' },
  { lang: 'nl', text: 'De accounthouder moet meerderjarig zijn.' },
  { lang: 'en', text: 'The main account holder must be at least 18 years old.' },
  // "of age" in "proof of age" is no age of majority (probe14: read as minimum age 18)
  {
    lang: 'en',
    text: 'Passengers aged 65 and over can register for a concession card using proof of age.',
  },
  { lang: 'en', text: 'Only members can buy tickets; bring proof of age to the box office.' },
];

/**
 * Said to the reader about using the service, the age of majority still reads (fix14a), and a minimum age joined
 * by ';' to a child's price rule keeps its own clause's age (review14b finding 4).
 */
const READER_AGES: readonly Case[] = [
  { lang: 'en', text: 'You must be of legal age to use the app.', age: 18 },
  { lang: 'de', text: 'Sie müssen volljährig sein, um unsere App zu nutzen.', age: 18 },
  { lang: 'en', text: 'You must be at least 18 years old to create an account.', age: 18 },
  {
    lang: 'en',
    text: 'Children under 13 may not create an account; children under 2 travel free of charge.',
    age: 13,
  },
  {
    lang: 'en',
    text: 'You must be 13 or older to create an account; children under 2 travel free of charge.',
    age: 13,
  },
  {
    lang: 'de',
    text: 'Kinder unter 13 Jahren dürfen kein Konto anlegen; Kinder unter 2 Jahren reisen kostenlos.',
    age: 13,
  },
  {
    lang: 'fr',
    text: 'Les enfants de moins de 13 ans ne peuvent pas créer de compte ; les enfants de moins de 2 ans voyagent gratuitement.',
    age: 13,
  },
  {
    lang: 'es',
    text: 'Los menores de 13 años no pueden crear una cuenta; los niños menores de 2 años viajan gratis.',
    age: 13,
  },
  {
    lang: 'it',
    text: 'I minori di 13 anni non possono creare un account; i bambini sotto i 2 anni viaggiano gratis.',
    age: 13,
  },
  {
    lang: 'nl',
    text: 'Kinderen onder de 13 jaar mogen geen account aanmaken; kinderen tot 2 jaar reizen gratis.',
    age: 13,
  },
  {
    lang: 'pl',
    text: 'Dzieci poniżej 13 lat nie mogą zakładać konta; dzieci do lat 2 podróżują bezpłatnie.',
    age: 13,
  },
  {
    lang: 'en',
    text: 'Children under 13 may not use the app, and children under 12 stay free of charge.',
    age: 13,
  },
];

/** A price rule's own age stays unread when a comma inside its clause holds no child word. */
const ADMISSION_CLAUSE: readonly Case[] = [
  { lang: 'en', text: 'Children under 12, when sharing a room with their parents, stay free of charge.' },
  { lang: 'de', text: 'Kinder unter 12 Jahren, die im Zimmer der Eltern schlafen, übernachten kostenlos.' },
];

/** Children's ages said of consent still read. */
const STILL_READ: readonly Case[] = [
  { lang: 'en', text: "Children under 13 need their parents' consent to register.", age: 13 },
  { lang: 'nl', text: 'Kinderen onder 16 jaar hebben toestemming van hun ouders nodig.', age: 16 },
];

/** A service's aim said with a child word is a children statement, with no age. */
const DIRECTED: readonly Case[] = [
  { lang: 'sv', text: 'Våra tjänster riktar sig inte till barn.' },
  { lang: 'sv', text: 'Våra tjänster är inte avsedda för barn.' },
  { lang: 'en', text: 'Our services are not directed at children.' },
  { lang: 'de', text: 'Unsere Dienste richten sich nicht an Kinder.' },
  { lang: 'nl', text: 'Onze diensten zijn niet gericht op kinderen.' },
  { lang: 'nb', text: 'Tjenestene våre er ikke rettet mot barn.' },
  { lang: 'da', text: 'Vores tjenester er ikke rettet mod børn.' },
  { lang: 'fr', text: 'Nos services ne s’adressent pas aux enfants.' },
  { lang: 'es', text: 'Nuestros servicios no están dirigidos a niños.' },
  { lang: 'it', text: 'I nostri servizi non sono rivolti ai bambini.' },
  { lang: 'pl', text: 'Nasze usługi nie są skierowane do dzieci.' },
  { lang: 'pt', text: 'Os nossos serviços não se destinam a crianças.' },
];

describe('minimum ages said as a condition, a restriction or the age of majority', () => {
  it.each([...STATED, ...STILL_READ, ...READER_AGES])('[$lang] $text', ({ lang, text, age }) => {
    expect(children(text, lang).minAge).toBe(age);
  });
});

describe('ages that are no minimum age', () => {
  it.each([...NO_AGE, ...ROLE_AGES, ...ADMISSION_CLAUSE])('[$lang] $text', ({ lang, text }) => {
    expect(children(text, lang).minAge).toBeNull();
  });
});

describe("a service's aim with a child word", () => {
  it.each(DIRECTED)('[$lang] $text', ({ lang, text }) => {
    expect(children(text, lang)).toEqual({ found: true, minAge: null });
  });
});

/**
 * Aimed at parents (with children) is no statement that the service is for or not for children: de "Unsere Werbung
 * richtet sich an Eltern mit Kindern" (review14b finding 8), in every language.
 */
const AIMED_AT_PARENTS: readonly Case[] = [
  { lang: 'de', text: 'Unsere Werbung richtet sich an Eltern mit Kindern.' },
  { lang: 'en', text: 'Our advertising is aimed at parents with children.' },
  { lang: 'fr', text: "Notre publicité s'adresse aux parents d'enfants." },
  { lang: 'es', text: 'Nuestra publicidad está dirigida a padres con niños.' },
  { lang: 'it', text: 'La nostra pubblicità è rivolta ai genitori con bambini.' },
  { lang: 'nl', text: 'Onze reclame is gericht op ouders met kinderen.' },
  { lang: 'sv', text: 'Vår reklam riktar sig till föräldrar med barn.' },
  { lang: 'da', text: 'Vores reklame er rettet mod forældre med børn.' },
  { lang: 'nb', text: 'Vår reklame er rettet mot foreldre med barn.' },
  { lang: 'pl', text: 'Nasza reklama jest skierowana do rodziców z dziećmi.' },
];

describe('an aim at parents is no children statement', () => {
  it.each(AIMED_AT_PARENTS)('[$lang] $text', ({ lang, text }) => {
    expect(children(text, lang).found).toBe(false);
  });
});
