/**
 * Minimum ages session 14's unseen probe missed: a service "exclusive to" those over an age ("O Faísca é
 * exclusivo para maiores de 18 anos"), and an age said with the parents' consent in an inflected form
 * ("Är du yngre än sexton år krävs vårdnadshavares samtycke", "precisa da autorização dos seus pais"), in
 * eleven languages, with the number words 13-18. A required age of buying alcohol or tobacco ("You must be 18
 * to buy alcohol at the bar") is the age of a purchase, not of the service, and is not read; neither is the
 * age of a fare ("Passengers aged 65 and over").
 */
import { describe, expect, it } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { type LabelScores, SEGMENT_LABELS } from '../../../src/core/vocabulary';
import { practicesOf, segments } from './helpers';

type Case = { lang: Lang; text: string; age: number };

const AGED: readonly Case[] = [
  { lang: 'pt', text: 'O Faísca é exclusivo para maiores de 18 anos.', age: 18 },
  {
    lang: 'pt',
    text: 'Se tiver menos de dezasseis anos, precisa da autorização dos seus pais para criar uma conta.',
    age: 16,
  },
  { lang: 'sv', text: 'Är du yngre än sexton år krävs vårdnadshavares samtycke.', age: 16 },
  { lang: 'en', text: 'Sparky is exclusively for people aged 18 or over.', age: 18 },
  { lang: 'de', text: 'Funke ist exklusiv für Personen ab 18 Jahren.', age: 18 },
  { lang: 'nl', text: 'Vonk is exclusief voor personen vanaf 18 jaar.', age: 18 },
  { lang: 'nb', text: 'Gnist er eksklusivt for personer over 18 år.', age: 18 },
  { lang: 'sv', text: 'Gnista är exklusivt för personer över 18 år.', age: 18 },
  { lang: 'da', text: 'Gnist er eksklusivt for personer over 18 år.', age: 18 },
  { lang: 'fr', text: 'Étincelle est exclusivement réservé aux personnes âgées de plus de 18 ans.', age: 18 },
  { lang: 'es', text: 'Chispa es exclusivo para mayores de 18 años.', age: 18 },
  { lang: 'it', text: 'Scintilla è esclusivo per i maggiori di 18 anni.', age: 18 },
  { lang: 'pl', text: 'Iskra jest wyłącznie dla osób powyżej 18 lat.', age: 18 },
  {
    lang: 'en',
    text: "If you are under sixteen, you need your parents' permission to create an account.",
    age: 16,
  },
  {
    lang: 'de',
    text: 'Wenn Sie jünger als sechzehn Jahre sind, benötigen Sie die Zustimmung Ihrer Eltern, um ein Konto zu erstellen.',
    age: 16,
  },
  {
    lang: 'nl',
    text: 'Als je jonger bent dan zestien jaar, heb je toestemming van je ouders nodig om een account aan te maken.',
    age: 16,
  },
  {
    lang: 'nb',
    text: 'Er du yngre enn seksten år, trenger du samtykke fra foreldrene dine for å opprette en konto.',
    age: 16,
  },
  {
    lang: 'sv',
    text: 'Om du är under sexton år behöver du dina föräldrars samtycke för att skapa ett konto.',
    age: 16,
  },
  {
    lang: 'da',
    text: 'Er du under seksten år, skal du have dine forældres samtykke for at oprette en konto.',
    age: 16,
  },
  {
    lang: 'fr',
    text: "Si vous avez moins de seize ans, vous avez besoin de l'autorisation de vos parents pour créer un compte.",
    age: 16,
  },
  {
    lang: 'es',
    text: 'Si tienes menos de dieciséis años, necesitas la autorización de tus padres para crear una cuenta.',
    age: 16,
  },
  {
    lang: 'it',
    text: "Se hai meno di sedici anni, hai bisogno dell'autorizzazione dei tuoi genitori per creare un account.",
    age: 16,
  },
  {
    lang: 'pl',
    text: 'Jeśli masz mniej niż szesnaście lat, potrzebujesz zgody rodziców, aby założyć konto.',
    age: 16,
  },
  {
    lang: 'pt',
    text: 'Se tiver menos de dezesseis anos, precisa da autorização dos seus pais para criar uma conta.',
    age: 16,
  },
  { lang: 'nb', text: 'Er du yngre enn seksten år, kreves foresattes samtykke.', age: 16 },
  { lang: 'da', text: 'Er du yngre end seksten år, kræves forældres samtykke.', age: 16 },
  { lang: 'en', text: 'You must be thirteen or older to use the app.', age: 13 },
  { lang: 'de', text: 'Sie müssen mindestens vierzehn Jahre alt sein, um den Dienst zu nutzen.', age: 14 },
  { lang: 'nl', text: 'Je moet minimaal vijftien jaar oud zijn om de dienst te gebruiken.', age: 15 },
  { lang: 'nb', text: 'Du må være minst tretten år for å bruke tjenesten.', age: 13 },
  { lang: 'sv', text: 'Du måste vara minst fjorton år för att använda tjänsten.', age: 14 },
  { lang: 'da', text: 'Du skal være mindst femten år for at bruge tjenesten.', age: 15 },
  { lang: 'fr', text: 'Vous devez avoir au moins quinze ans pour utiliser le service.', age: 15 },
  { lang: 'es', text: 'Debes tener al menos catorce años para usar el servicio.', age: 14 },
  { lang: 'it', text: 'Devi avere almeno quattordici anni per usare il servizio.', age: 14 },
  { lang: 'pl', text: 'Musisz mieć ukończone trzynaście lat, aby korzystać z usługi.', age: 13 },
  { lang: 'pt', text: 'Tens de ter pelo menos treze anos para usar o serviço.', age: 13 },
  { lang: 'pt', text: 'Tem de ter pelo menos catorze anos para usar o serviço.', age: 14 },
  { lang: 'pt', text: 'Tem de ter pelo menos quatorze anos para usar o serviço.', age: 14 },
  { lang: 'pt', text: 'Tem de ter pelo menos quinze anos para usar o serviço.', age: 15 },
  { lang: 'pt', text: 'Tem de ter pelo menos dezoito anos para usar o serviço.', age: 18 },
  { lang: 'sv', text: 'Du måste vara minst arton år för att använda tjänsten.', age: 18 },
  { lang: 'nb', text: 'Du må være minst atten år for å bruke tjenesten.', age: 18 },
  { lang: 'da', text: 'Du skal være mindst atten år for at bruge tjenesten.', age: 18 },
  { lang: 'da', text: 'Du skal være mindst seksten år for at bruge tjenesten.', age: 16 },
  { lang: 'sv', text: 'Du måste vara minst sjutton år för att använda tjänsten.', age: 17 },
  { lang: 'en', text: 'You must be 18 to use the app.', age: 18 },
];

const NO_AGE: readonly { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'You must be 18 to buy alcohol at the bar.' },
  { lang: 'en', text: 'Passengers aged 65 and over travel at a reduced fare.' },
  { lang: 'de', text: 'Sie müssen mindestens 18 Jahre alt sein, um an der Bar Alkohol zu kaufen.' },
  { lang: 'fr', text: "Vous devez avoir au moins 18 ans pour acheter de l'alcool au bar." },
  { lang: 'es', text: 'Debes tener al menos 18 años para comprar alcohol en el bar.' },
  { lang: 'pt', text: 'Tem de ter pelo menos 18 anos para comprar bebidas alcoólicas no bar.' },
  { lang: 'sv', text: 'Du måste vara minst 18 år för att köpa alkohol i baren.' },
  { lang: 'it', text: 'Devi avere almeno 18 anni per acquistare alcolici al bar.' },
  { lang: 'pl', text: 'Musisz mieć ukończone 18 lat, aby kupić alkohol w barze.' },
  { lang: 'nl', text: 'Je moet minimaal 18 jaar oud zijn om alcohol te kopen aan de bar.' },
  { lang: 'nb', text: 'Du må være minst 18 år for å kjøpe alkohol i baren.' },
  { lang: 'da', text: 'Du skal være mindst 18 år for at købe alkohol i baren.' },
  { lang: 'en', text: 'Our parent company processes your data.' },
  { lang: 'de', text: 'Wir speichern Ihre Daten bis zu 18 Monate lang; Eltern können uns kontaktieren.' },
];

/** Scores of a classifier sure the passage is about audiences (children), silent on the rest. */
function audienceScores(): LabelScores[] {
  const zero = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 0])) as LabelScores;
  return [{ ...zero, audiences: 0.9 }];
}

function ages(text: string, lang: Lang): [number | null, number | null] {
  return [
    practicesOf([text], lang).children.minAge,
    extractPractices(segments([text]), audienceScores(), lang).children.minAge,
  ];
}

describe('minimum ages said as an exclusive audience or beside the parents', () => {
  it.each(AGED)('[$lang] $text', ({ lang, text, age }) => {
    expect(ages(text, lang)).toEqual([age, age]);
  });
});

describe('ages of a purchase, a fare or no age at all', () => {
  it.each(NO_AGE)('[$lang] $text', ({ lang, text }) => {
    expect(ages(text, lang)).toEqual([null, null]);
  });
});
