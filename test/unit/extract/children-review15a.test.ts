/**
 * review15a: an age for buying alcohol drops only a sentence that says nothing else of whom the service is
 * for; the service's own age beside it stays (finding 5).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string; age: number };

const SERVICE_AGE_BESIDE_PURCHASE: readonly Case[] = [
  {
    lang: 'en',
    text: 'You must be at least 18 years old to create an account and purchase alcohol.',
    age: 18,
  },
  { lang: 'en', text: 'You must be 18 or older to use our service and to buy alcohol through it.', age: 18 },
  {
    lang: 'en',
    text: 'You must be 18 to use the app; orders containing alcohol require ID on delivery.',
    age: 18,
  },
  {
    lang: 'en',
    text: 'You must be at least 18 to use this app, which helps you track drinks and alcohol units.',
    age: 18,
  },
  {
    lang: 'en',
    text: 'You must be 16 or older to create an account; to buy tobacco products you must be 18.',
    age: 16,
  },
  {
    lang: 'de',
    text: 'Sie müssen mindestens 18 Jahre alt sein, um unsere App zu nutzen und Alkohol zu kaufen.',
    age: 18,
  },
  {
    lang: 'nl',
    text: 'Je moet minimaal 18 jaar oud zijn om de app te gebruiken en alcohol te kopen.',
    age: 18,
  },
  { lang: 'nb', text: 'Du må være minst 18 år for å bruke appen og kjøpe alkohol.', age: 18 },
  { lang: 'sv', text: 'Du måste vara minst 18 år för att använda appen och köpa alkohol.', age: 18 },
  {
    lang: 'sv',
    text: 'Du måste vara 18 år för att skapa ett konto, eftersom du kan köpa alkohol i appen.',
    age: 18,
  },
  { lang: 'da', text: 'Du skal være mindst 18 år for at bruge appen og købe alkohol.', age: 18 },
  {
    lang: 'fr',
    text: "Vous devez avoir au moins 18 ans pour utiliser l'application et acheter de l'alcool.",
    age: 18,
  },
  { lang: 'es', text: 'Debes tener al menos 18 años para usar la aplicación y comprar alcohol.', age: 18 },
  { lang: 'it', text: "Devi avere almeno 18 anni per usare l'app e acquistare alcolici.", age: 18 },
  {
    lang: 'pt',
    text: 'Tem de ter pelo menos 18 anos para utilizar a aplicação e comprar bebidas alcoólicas.',
    age: 18,
  },
  {
    lang: 'pl',
    text: 'Musisz mieć co najmniej 18 lat, aby korzystać z aplikacji i kupować alkohol.',
    age: 18,
  },
  { lang: 'en', text: 'You must be 18 to use our service, which sells alcohol.', age: 18 },
];

const PURCHASE_AGE_ONLY: readonly { lang: Lang; text: string }[] = [
  { lang: 'de', text: 'Um Alkohol zu kaufen, müssen Sie mindestens 18 Jahre alt sein.' },
  { lang: 'en', text: 'You must be 18 or over to buy alcohol from our shop.' },
  { lang: 'fr', text: "Vous devez avoir au moins 18 ans pour acheter de l'alcool au bar." },
  { lang: 'sv', text: 'Du måste vara minst 18 år för att köpa alkohol i baren.' },
];

describe('the service age beside an alcohol purchase stays (review15a)', () => {
  it.each(SERVICE_AGE_BESIDE_PURCHASE)('[$lang] $text', ({ lang, text, age }) => {
    expect(practicesOf([text], lang).children.minAge).toBe(age);
  });
  it.each(PURCHASE_AGE_ONLY)('[$lang] $text states no age', ({ lang, text }) => {
    expect(practicesOf([text], lang).children.minAge).toBeNull();
  });
});

/** review15a finding 7: "exclusive to" names the service's audience only when the service is its subject. */
describe('an offer or contest exclusive to an age is no minimum age of the service', () => {
  it.each<[Lang, string]>([
    ['en', 'This discount is exclusive to students aged 16 and over.'],
    ['de', 'Das Gewinnspiel exklusiv für Teilnehmer ab 18 Jahren endet am Freitag.'],
    ['es', 'Participa en el sorteo exclusivo para mayores de 18 años.'],
  ])('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).children.minAge).toBeNull();
  });
  it.each<[Lang, string, number]>([
    ['pt', 'O Faísca é exclusivo para maiores de 18 anos.', 18],
    ['en', 'Sparky is exclusively for people aged 18 or over.', 18],
    ['de', 'Funke ist exklusiv für Personen ab 18 Jahren.', 18],
  ])('[%s] %s reads %i', (lang, text, age) => {
    expect(practicesOf([text], lang).children.minAge).toBe(age);
  });
});
