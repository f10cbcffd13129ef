/**
 * Authorities (session 21, fixs21c): the reader's own duty to report or declare something to an authority ("You
 * must report the accident to the police", "Vous devez déclarer vos revenus à l'administration fiscale", "Du må selv
 * melde ulykken til politiet") passes no data on; the company's notice to one ("we notify the police", "avisamos a
 * la policía", "varsler vi politiet", sv "för vi vidare ... till polisen") does.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

const NOT_AUTHORITIES: readonly [Lang, string][] = [
  ['en', 'You must report the accident to the police within 24 hours.'],
  ['en', 'You are required to declare your income to the tax authority.'],
  ['de', 'Sie müssen den Unfall selbst der Polizei melden.'],
  ['de', 'Wird Ihre Karte gestohlen, melden Sie dies der Polizei und danach uns.'],
  ['nl', 'U moet een ongeval zelf bij de politie melden.'],
  ['nb', 'Du må selv melde ulykken til politiet.'],
  ['sv', 'Du måste själv anmäla olyckan till polisen.'],
  ['sv', 'Vi för inte vidare dina uppgifter till någon annan.'],
  ['sv', 'Vi använder uppgifterna för vidare analys av tjänsten.'],
  ['da', 'Du skal selv anmelde ulykken til politiet.'],
  ['fr', "Vous devez déclarer vos revenus à l'administration fiscale chaque année."],
  ['fr', "Vous devez signaler l'accident à la police dans les 24 heures."],
  ['es', 'Debes comunicar el accidente a la policía en un plazo de 24 horas.'],
  ['es', 'Estás obligado a declarar tus ingresos a la Agencia Tributaria.'],
  ['it', "Devi comunicare l'incidente alla polizia entro 24 ore."],
  ['it', "Sei tenuto a dichiarare i tuoi redditi all'Agenzia delle Entrate."],
  ['pl', 'Jesteś zobowiązany przekazać informacje o swoich dochodach do urzędu skarbowego.'],
  ['pt', 'Você deve comunicar o acidente à polícia no prazo de 24 horas.'],
  ['pt', 'Você é obrigado a declarar os seus rendimentos à Autoridade Tributária.'],
];

const AUTHORITIES: readonly [Lang, string][] = [
  ['en', 'If a guest damages the room, we notify the police and give them your contact details.'],
  ['en', 'We must report suspected fraud to the police.'],
  ['de', 'Wir leiten Ihre Daten an die Fahrerlaubnisbehörde weiter.'],
  ['de', 'Wir müssen Verdachtsfälle der Polizei melden.'],
  ['nl', 'Bij fraude geven wij uw gegevens door aan de politie.'],
  ['nb', 'Ved mistanke om tyveri varsler vi politiet og oppgir navnet ditt.'],
  ['nb', 'Vi må melde mistanke om svindel til politiet.'],
  ['sv', 'Vid bedrägeri för vi vidare dina uppgifter till polisen.'],
  ['sv', 'Vid bedrägeri för vi dina uppgifter vidare till polisen.'],
  ['da', 'Vi skal indberette dine oplysninger til Skattestyrelsen.'],
  ['fr', 'En cas de fraude, nous prévenons la police et lui communiquons vos coordonnées.'],
  ['fr', "Nous devons déclarer certaines opérations à l'administration fiscale."],
  ['es', 'Si un huésped causa daños, avisamos a la policía y le facilitamos sus datos de contacto.'],
  ['es', 'Debemos comunicar tus datos a la policía si lo exige la ley.'],
  ['it', 'In caso di frode, avvisiamo la polizia e le forniamo i tuoi dati di contatto.'],
  ['pl', 'W przypadku oszustwa powiadamiamy policję i przekazujemy jej Twoje dane kontaktowe.'],
  ['pt', 'Em caso de fraude, avisamos a polícia e fornecemos-lhe os seus dados de contacto.'],
];

describe("the reader's own report to an authority is no disclosure", () => {
  it.each(NOT_AUTHORITIES)('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('the company passing data to an authority is read', () => {
  it.each(AUTHORITIES)('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
