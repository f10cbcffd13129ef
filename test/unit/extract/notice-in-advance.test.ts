/**
 * Session 18 (fixp18x): a notice period or an "X days in advance" is no retention. "Abonnementet kan opsiges
 * med en måneds varsel" read P1M (the singular genitive "en måneds varsel" was not a contract period, only
 * "måneders varsel" was), and "skontaktuj się z nami co najmniej 3 dni wcześniej" read P3D (the lead word
 * "wcześniej" was there, but a lead time needed the operator's warning verb). An "in advance" adverb right
 * after the duration is a lead time whoever gives notice. Real keeping periods stay.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** Read in a retention section, where a duration alone may be taken as a keeping period. */
const HEADING: Record<Lang, string> = {
  en: 'How long we keep your data',
  de: 'Speicherdauer',
  nl: 'Bewaartermijn',
  nb: 'Lagringstid',
  sv: 'Lagringstid',
  da: 'Opbevaringsperiode',
  fr: 'Durée de conservation',
  es: 'Plazo de conservación',
  it: 'Periodo di conservazione',
  pl: 'Okres przechowywania',
  pt: 'Prazo de conservação',
};
const retentionOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: HEADING[lang] }], lang).retention;

describe('a notice period or a lead time is no retention period', () => {
  test.each<[Lang, string]>([
    ['da', 'Abonnementet kan opsiges med en måneds varsel til udgangen af en måned.'],
    ['pl', 'Jeśli zmieni się termin przeprowadzki, skontaktuj się z nami co najmniej 3 dni wcześniej.'],
    ['en', "The subscription can be cancelled with one month's notice to the end of a month."],
    ['en', 'If your moving date changes, contact us at least 3 days in advance.'],
    ['de', 'Wenn sich der Umzugstermin ändert, kontaktieren Sie uns bitte mindestens 3 Tage im Voraus.'],
    ['nl', 'Neem bij een gewijzigde verhuisdatum minimaal 3 dagen van tevoren contact met ons op.'],
    ['nb', 'Abonnementet kan sies opp med én måneds varsel.'],
    ['nb', 'Kontakt oss minst 3 dager i forveien hvis flyttedatoen endres.'],
    ['sv', 'Abonnemanget kan sägas upp med en månads varsel.'],
    ['sv', 'Kontakta oss minst 3 dagar i förväg om flyttdatumet ändras.'],
    ['da', 'Kontakt os mindst 3 dage i forvejen, hvis flyttedatoen ændres.'],
    ['fr', "Si la date du déménagement change, contactez-nous au moins 3 jours à l'avance."],
    ['es', 'Si cambia la fecha de la mudanza, contáctenos con al menos 3 días de antelación.'],
    ['it', 'Se la data del trasloco cambia, contattateci con almeno 3 giorni di anticipo.'],
    ['pl', 'Umowę można wypowiedzieć z miesięcznym okresem wypowiedzenia.'],
    ['pt', 'Se a data da mudança mudar, contacte-nos com pelo menos 3 dias de antecedência.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});

describe('a keeping period around a cancellation stays', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We keep your data for one month after you cancel.', 'P1M'],
    ['en', 'We keep your data for 30 days before deleting it.', 'P30D'],
    ['da', 'Vi opbevarer dine oplysninger i en måned, efter du har opsagt abonnementet.', 'P1M'],
    ['sv', 'Vi sparar dina uppgifter i en månad efter uppsägningen.', 'P1M'],
    ['de', 'Wir speichern Ihre Daten noch einen Monat nach der Kündigung.', 'P1M'],
    ['pl', 'Przechowujemy dane przez 3 dni, a następnie je usuwamy.', 'P3D'],
  ])('%s: %s', (lang, text, period) => {
    expect(retentionOf(text, lang).periods).toEqual([period]);
  });
});
