/**
 * Minimum ages fix17a invented (review17a findings 1-3, session 17 fixr17a): an age question answered with a
 * discount, price or gift; a bank account ("Girokonto", "Sparkontot") read as a user account; an age from which
 * a perk starts ("from the age of 18 you receive our newsletter", "Mitglieder ab 16 Jahren erhalten einen
 * Geburtstagsgutschein"). The readings fix17a meant still hold: an answer about consent or an account, a user
 * account compound, a from-age beside joining, and the COPPA "collect from anyone under".
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const NO_AGE: readonly [Lang, string][] = [
  // Finding 1: a question answered by a price, discount or gift.
  ['en', 'Are you under 16? Then you get a 20% discount on your membership.'],
  ['en', 'Are you under 18? Then our service costs only half.'],
  ['en', 'Are you under 16? Then you receive a free gift with your first order.'],
  ['de', 'Bist du unter 16? Dann erhältst du 20 % Rabatt auf deine Mitgliedschaft.'],
  ['nl', 'Ben je jonger dan 16 jaar? Dan krijg je 50% korting op je lidmaatschap.'],
  ['nl', 'Ben je jonger dan 18? Dan ontvang je een gratis cadeau.'],
  ['nb', 'Er du under 18? Da får du studentrabatt på medlemskapet.'],
  ['sv', 'Är du under 16? Då får du rabatt på medlemskapet.'],
  ['da', 'Er du under 16? Så får du rabat på medlemskabet.'],
  ['fr', "Avez-vous moins de 16 ans ? Alors vous bénéficiez d'une réduction sur l'adhésion."],
  ['es', '¿Tienes menos de 16 años? Entonces tienes un descuento en la afiliación.'],
  ['it', "Hai meno di 16 anni? Allora hai uno sconto sull'adesione."],
  ['pt', 'Tens menos de 16 anos? Então tens desconto na adesão.'],
  ['pl', 'Masz mniej niż 16 lat? Wtedy otrzymujesz zniżkę na członkostwo.'],
  // Finding 2: a bank account is no user account.
  ['de', 'Für Personen unter 18 Jahren ist das Girokonto kostenlos.'],
  ['de', 'Für Personen unter 18 Jahren ist das Bankkonto gebührenfrei.'],
  ['de', 'Personen unter 18 Jahren erhalten ein kostenloses Girokonto.'],
  ['nb', 'Brukskontoen er gratis for personer under 18 år.'],
  ['sv', 'Sparkontot är avgiftsfritt för personer under 18 år.'],
  ['da', 'Lønkontoen er gebyrfri for personer under 18 år.'],
  ['nl', 'De spaarrekening is gratis voor personen onder 18 jaar, net als een bankaccount.'],
  // Finding 3: the age a perk starts from.
  ['en', 'From the age of 18 you receive our adult newsletter.'],
  ['en', 'We receive a notification when a user turns 18, from the age of 18 the profile becomes public.'],
  ['en', 'Members from the age of 16 receive a birthday voucher as part of their membership.'],
  ['en', 'From the age of 16 we send every member of our service a birthday voucher.'],
  ['de', 'Mitglieder ab 16 Jahren erhalten einen Geburtstagsgutschein.'],
  ['de', 'Ab 18 Jahren erhalten Sie automatisch die Vollmitgliedschaft.'],
  ['nl', 'Vanaf 16 jaar ontvang je als lid een verjaardagscadeau.'],
  ['nb', 'Fra 16 år får alle medlemmer en bursdagsrabatt.'],
  ['sv', 'Från 16 år får alla medlemmar en födelsedagsrabatt.'],
  ['da', 'Fra 16 år får alle medlemmer en fødselsdagsrabat.'],
  ['fr', 'À partir de 16 ans, chaque membre reçoit un bon d’anniversaire.'],
  ['es', 'A partir de los 16 años cada socio recibe un regalo de cumpleaños.'],
  ['it', 'A partire dai 16 anni ogni socio riceve un regalo di compleanno.'],
  ['pt', 'A partir dos 16 anos cada sócio recebe um presente de aniversário.'],
  ['pl', 'Od 16 lat każdy członek otrzymuje prezent urodzinowy.'],
];

const READ: readonly [Lang, string, number][] = [
  ['en', "Are you under 16? Then you need your parents' consent to create an account.", 16],
  ['en', 'Are you under 18? Then please ask your parents before you create an account.', 18],
  ['de', 'Bist du unter 16? Dann brauchst du die Einwilligung deiner Eltern für dein Konto.', 16],
  ['fr', 'Avez-vous moins de 16 ans ? Alors vos parents doivent donner leur consentement.', 16],
  ['de', 'Personen unter 16 Jahren dürfen kein Benutzerkonto anlegen.', 16],
  ['nb', 'Personer under 13 år kan ikke opprette en brukerkonto.', 13],
  ['sv', 'Personer under 13 år kan inte skapa ett användarkonto.', 13],
  ['en', 'You can become a member of our party from the age of 16.', 16],
  ['en', 'Membership is open to anyone from the age of 16.', 16],
  ['es', 'Puedes hacerte socio a partir de los 16 años.', 16],
  ['fr', "L'adhésion au syndicat est ouverte à partir de 16 ans.", 16],
  ['pt', 'A filiação no partido é possível a partir dos 16 anos.', 16],
  ['de', 'Mitglied in unserer Partei kann werden, wer 16 Jahre oder älter ist.', 16],
  ['en', 'We do not knowingly collect personal information from anyone under the age of 13.', 13],
  ['de', 'Wir erheben wissentlich keine Daten von Personen unter 16 Jahren.', 16],
];

describe('ages fix17a invented read none (review17a)', () => {
  it.each(NO_AGE)('[%s] %s states no minimum age', (lang, text) => {
    expect(practicesOf([text], lang).children.minAge).toBeNull();
  });
});

describe('ages fix17a meant still read (review17a)', () => {
  it.each(READ)('[%s] %s reads %i', (lang, text, age) => {
    expect(practicesOf([text], lang).children.minAge).toBe(age);
  });
});
