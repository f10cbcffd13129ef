import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string; age?: number };

function minAge(text: string, lang: Lang): number | null {
  return practicesOf([text], lang).children.minAge;
}

/**
 * An age limit for buying a product or a sports category is not the privacy minimum age: a child word and
 * an age read one only where the sentence speaks of data, consent, parents, collecting or the audience.
 */
const NOT_THE_MINIMUM_AGE: readonly Case[] = [
  { lang: 'es', text: 'Está prohibida la venta de alcohol a menores de 18 años.' },
  { lang: 'it', text: 'È vietata la vendita di alcolici ai minori di 18 anni.' },
  { lang: 'pt', text: 'É proibida a venda de bebidas alcoólicas a menores de 18 anos.' },
  { lang: 'es', text: 'Los jugadores menores de 12 años juegan en campos más pequeños.' },
  { lang: 'en', text: 'The sale of alcohol to minors under 18 is prohibited.' },
  { lang: 'de', text: 'Der Verkauf von Alkohol an Minderjährige unter 18 Jahren ist verboten.' },
  { lang: 'fr', text: "La vente d'alcool aux mineurs de moins de 18 ans est interdite." },
  { lang: 'pl', text: 'Sprzedaż alkoholu osobom małoletnim poniżej 18 lat jest zabroniona.' },
  // Without a child word, an age needs a person's age form and an audience: durations and counts are not.
  { lang: 'en', text: 'Your account password must be at least 12 characters long.' },
  { lang: 'en', text: 'We keep account records for at least 10 years.' },
  { lang: 'nb', text: 'Kontoopplysninger lagres i minst 10 år.' },
  { lang: 'de', text: 'Kontodaten bewahren wir mindestens 10 Jahre auf.' },
  { lang: 'en', text: 'Our club was founded 18 years ago.' },
  { lang: 'en', text: 'Our service keeps data of users over 12 months old for analysis.' },
  { lang: 'de', text: 'Unser Dienst speichert Daten von Nutzern über 12 Monate.' },
  { lang: 'nl', text: 'Onze dienst bewaart gegevens van gebruikers ouder dan 12 maanden.' },
];

/** The same ages said of children's data, consent or the service still read. */
const STILL_READ: readonly Case[] = [
  {
    lang: 'es',
    text: 'Los menores de 14 años solo pueden usar el servicio con el consentimiento de sus padres.',
    age: 14,
  },
  {
    lang: 'it',
    text: 'I minori di 14 anni possono utilizzare il servizio solo con il consenso dei genitori.',
    age: 14,
  },
  { lang: 'pt', text: 'Os menores de 16 anos precisam do consentimento dos pais.', age: 16 },
  { lang: 'es', text: 'Nuestros juegos no están pensados para menores de quince años.', age: 15 },
  { lang: 'en', text: 'We do not knowingly collect data from children under 13.', age: 13 },
  {
    lang: 'de',
    text: 'Kinder unter 16 Jahren dürfen den Dienst nur mit Zustimmung der Eltern nutzen.',
    age: 16,
  },
];

/** An age without a child word, said of who may use the service ("You must be at least 16 ..."). */
const AUDIENCE_AGES: readonly Case[] = [
  { lang: 'en', text: 'You must be at least 16 years old to create an account.', age: 16 },
  { lang: 'en', text: 'This service is intended only for adults aged 18 and over.', age: 18 },
  { lang: 'en', text: 'Our games are not meant for anyone under the age of fifteen.', age: 15 },
  { lang: 'en', text: 'Our games are not meant for anyone under 15.', age: 15 },
  { lang: 'de', text: 'Unsere Spiele sind nicht für Personen unter 15 gedacht.', age: 15 },
  { lang: 'nl', text: 'Onze spellen zijn niet bedoeld voor personen jonger dan 15.', age: 15 },
  { lang: 'de', text: 'Um ein Konto anzulegen, müssen Sie mindestens 16 Jahre alt sein.', age: 16 },
  { lang: 'de', text: 'Dieser Dienst richtet sich ausschließlich an Erwachsene ab 18 Jahren.', age: 18 },
  { lang: 'de', text: 'Unsere Spiele sind nicht für Personen unter fünfzehn Jahren gedacht.', age: 15 },
  { lang: 'nl', text: 'Je moet minimaal 16 jaar oud zijn om een account aan te maken.', age: 16 },
  { lang: 'nl', text: 'Deze dienst is uitsluitend bedoeld voor volwassenen vanaf 18 jaar.', age: 18 },
  { lang: 'nb', text: 'Du må være minst 16 år for å opprette en konto.', age: 16 },
  { lang: 'nb', text: 'Spillene våre er ikke ment for noen under femten år.', age: 15 },
  { lang: 'sv', text: 'Du måste vara minst 16 år för att skapa ett konto.', age: 16 },
  { lang: 'sv', text: 'Tjänsten riktar sig endast till vuxna från 18 år.', age: 18 },
  { lang: 'da', text: 'Du skal være mindst 16 år for at oprette en konto.', age: 16 },
  { lang: 'da', text: 'Vores spil er ikke beregnet til personer under femten år.', age: 15 },
  { lang: 'fr', text: 'Vous devez avoir au moins 16 ans pour créer un compte.', age: 16 },
  { lang: 'fr', text: 'Ce service est réservé aux adultes âgés de 18 ans et plus.', age: 18 },
  { lang: 'es', text: 'Debes tener al menos 16 años para crear una cuenta.', age: 16 },
  { lang: 'es', text: 'Este servicio está destinado exclusivamente a adultos mayores de 18 años.', age: 18 },
  { lang: 'it', text: 'Per creare un account devi avere almeno 16 anni.', age: 16 },
  { lang: 'it', text: 'I nostri giochi non sono pensati per chi ha meno di quindici anni.', age: 15 },
  { lang: 'pl', text: 'Aby założyć konto, musisz mieć ukończone 16 lat.', age: 16 },
  { lang: 'pl', text: 'Nasze gry nie są przeznaczone dla osób poniżej piętnastu lat.', age: 15 },
  { lang: 'pt', text: 'Tem de ter pelo menos 16 anos para criar uma conta.', age: 16 },
  { lang: 'pt', text: 'Este serviço destina-se exclusivamente a adultos com 18 ou mais anos.', age: 18 },
];

/** Child words and age forms that were not parsed: singular "un menor", "bambino", ordinals. */
const FORMS: readonly Case[] = [
  {
    lang: 'it',
    text: 'Se scopriamo di aver raccolto dati di un bambino di età inferiore a tredici anni, li cancelleremo.',
    age: 13,
  },
  {
    lang: 'pl',
    text: 'Jeśli dowiemy się, że zebraliśmy dane dziecka poniżej trzynastego roku życia, usuniemy je.',
    age: 13,
  },
  {
    lang: 'es',
    text: 'Si descubrimos que hemos recogido datos de un menor de trece años, los eliminaremos.',
    age: 13,
  },
  { lang: 'pt', text: 'Se recolhermos dados de um menor de treze anos, eliminá-los-emos.', age: 13 },
  {
    lang: 'de',
    text: 'Kinder, die das sechzehnte Lebensjahr noch nicht vollendet haben, dürfen keine Daten übermitteln.',
    age: 16,
  },
];

/**
 * Review 12: an account's or a company's age, or a time of inactivity, is no person's age; "users over 20"
 * without "years" is no age either.
 */
const AGES_OF_THINGS: readonly Case[] = [
  { lang: 'de', text: 'Ihr Konto wird nach über 10 Jahren Inaktivität gelöscht.' },
  { lang: 'de', text: 'Nutzerkonten, die seit über 12 Jahren inaktiv sind, werden gelöscht.' },
  { lang: 'de', text: 'Ihr Konto wird nach über 10 Jahren gelöscht.' },
  { lang: 'nl', text: 'Accounts die ouder dan 12 jaar zijn worden verwijderd.' },
  { lang: 'nb', text: 'Kontoer som er over 10 år gamle, slettes.' },
  { lang: 'sv', text: 'Konton som är över 12 år gamla raderas.' },
  { lang: 'da', text: 'Konti som er over 12 år gamle, slettes.' },
  { lang: 'en', text: 'Accounts that are over 12 years old are deleted.' },
  { lang: 'en', text: 'Users over 20 are charged for each additional account.' },
  { lang: 'en', text: 'To create an account, the company must be at least 16 years old.' },
  { lang: 'de', text: 'Für die Registrierung muss Ihr Unternehmen mindestens 18 Jahre alt sein.' },
  { lang: 'en', text: 'You must be at least 18 years in business to register an account as a supplier.' },
  { lang: 'fr', text: 'Pour ouvrir un compte, l’entreprise doit avoir au moins 15 ans.' },
  { lang: 'es', text: 'Para registrarse, la empresa debe tener al menos 15 años.' },
];

/**
 * Review 12: a child word, an age and a denied taking part state a minimum age outside a children heading
 * ("Kids under 16 are not allowed on the platform"); without a child word, a person's age does too.
 */
const DENIED_JOINING: readonly Case[] = [
  { lang: 'en', text: 'Kids under 16 are not allowed on the platform.', age: 16 },
  { lang: 'en', text: 'Minors under 18 are not permitted to participate in our events.', age: 18 },
  { lang: 'fr', text: 'Les mineurs de moins de 15 ans ne sont pas autorisés à participer.', age: 15 },
  { lang: 'es', text: 'Los menores de 14 años no pueden participar en nuestras actividades.', age: 14 },
  { lang: 'it', text: 'I minori di 14 anni non possono partecipare alle nostre attività.', age: 14 },
  { lang: 'nl', text: 'Minderjarigen onder de 16 mogen niet meedoen aan onze activiteiten.', age: 16 },
  { lang: 'pt', text: 'Menores de 13 anos não podem participar das nossas atividades.', age: 13 },
  { lang: 'nb', text: 'Barn under 13 år kan ikke delta.', age: 13 },
  { lang: 'da', text: 'Børn under 15 år kan ikke deltage i vores aktiviteter.', age: 15 },
  { lang: 'sv', text: 'Barn under 13 år får inte delta i våra aktiviteter.', age: 13 },
  { lang: 'de', text: 'Kinder unter 14 Jahren dürfen nicht an unseren Kursen teilnehmen.', age: 14 },
  { lang: 'pl', text: 'Dzieci poniżej 13 roku życia nie mogą brać udziału w zajęciach.', age: 13 },
  { lang: 'de', text: 'Personen unter 16 Jahren ist die Teilnahme nicht gestattet.', age: 16 },
  { lang: 'pl', text: 'Osoby poniżej 16 roku życia nie mogą brać udziału w naszych zajęciach.', age: 16 },
];

/** A sports category or a product limit still states no minimum age (taking part not denied). */
const CATEGORIES: readonly Case[] = [
  { lang: 'es', text: 'Los jugadores menores de 12 años participan en campos más pequeños.' },
  { lang: 'en', text: 'Children under 12 participate in the junior league.' },
  { lang: 'de', text: 'Kinder unter 12 Jahren nehmen an der Jugendrunde teil.' },
];

describe("children's minimum age: what makes an age the policy's", () => {
  it.each(AGES_OF_THINGS)('an age of a thing is no minimum age: $lang $text', ({ lang, text }) => {
    expect(minAge(text, lang)).toBeNull();
  });
  it.each(DENIED_JOINING)('who may not take part: $lang $text', ({ lang, text, age }) => {
    expect(minAge(text, lang)).toBe(age);
  });
  it.each(CATEGORIES)('a category is no minimum age: $lang $text', ({ lang, text }) => {
    expect(minAge(text, lang)).toBeNull();
  });
  it.each(NOT_THE_MINIMUM_AGE)('no minimum age: $lang $text', ({ lang, text }) => {
    expect(minAge(text, lang)).toBeNull();
  });
  it.each(STILL_READ)('still read: $lang $text', ({ lang, text, age }) => {
    expect(minAge(text, lang)).toBe(age);
  });
  it.each(AUDIENCE_AGES)('the audience of the service: $lang $text', ({ lang, text, age }) => {
    expect(minAge(text, lang)).toBe(age);
  });
  it.each(FORMS)('child words and ordinals: $lang $text', ({ lang, text, age }) => {
    expect(minAge(text, lang)).toBe(age);
  });
  it('"un menor de trece años, los eliminaremos" is an age, not a 13-year retention', () => {
    const p = practicesOf(
      ['Si descubrimos que hemos recogido datos de un menor de trece años, los eliminaremos.'],
      'es',
    );
    expect(p.retention.periods).toEqual([]);
  });
  it('"en menor medida" is no child word', () => {
    expect(practicesOf(['Usamos sus datos en menor medida durante 13 años.'], 'es').children.found).toBe(
      false,
    );
  });
});
