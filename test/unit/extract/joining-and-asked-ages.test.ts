/**
 * Minimum ages session 16's unseen probe left misread (session 17, fix17a): an age said as "18 or over" to the
 * reader, in words after "collect from anyone under the age of", of who may become a member of a party, a union
 * or a club ("wer das 16. Lebensjahr vollendet hat", "à partir de 16 ans", "igual ou superior a 18 anos"), on a
 * compound account word ("brukerkonto"), and asked in a question the next sentence answers ("Ben je jonger dan
 * 16 jaar? Dan heb je toestemming van je ouders nodig"). Not read: the age of free entry ("attend for free"), a
 * band's upper age ("Kinder bis 14 Jahre erhalten einen Lesepass"), a dead person's age ("Dersom avdøde var
 * under 18 år"), and a question answered with a discount.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const READ: readonly [Lang, string, number][] = [
  ['en', 'You must be 18 or over to buy a ticket or play any of our games.', 18],
  ['en', 'We do not knowingly collect personal information from anyone under the age of sixteen.', 16],
  ['en', 'We do not knowingly collect personal information from anyone under the age of 13.', 13],
  ['de', 'Mitglied der Partei kann werden, wer das 16. Lebensjahr vollendet hat.', 16],
  ['de', 'Kinder bis 16 Jahre brauchen die Einwilligung ihrer Eltern.', 16],
  [
    'nl',
    'Ben je jonger dan 16 jaar? Dan heb je toestemming van je ouders of voogd nodig om een account aan te maken.',
    16,
  ],
  ['en', "Are you under 16? Then you need your parents' consent to create an account.", 16],
  ['de', 'Bist du jünger als 16? Dann brauchst du die Einwilligung deiner Eltern.', 16],
  ['nb', 'Barn under 13 år kan ikke opprette egen brukerkonto.', 13],
  ['sv', 'Barn under 13 år kan inte skapa ett eget användarkonto.', 13],
  ['en', "We ask for parental consent for children under 13; the deceased's family may contact us.", 13],
  ['da', 'Medlemskab af partiet forudsætter, at man er fyldt 15 år.', 15],
  ['sv', 'Medlemskap i föreningen förutsätter att man har fyllt 15 år.', 15],
  ['fr', "L'adhésion au syndicat est ouverte à partir de 16 ans.", 16],
  ['es', 'La afiliación al sindicato está abierta a partir de los 16 años.', 16],
  ['it', "L'iscrizione al partito è consentita a partire dai sedici anni.", 16],
  ['pt', 'A filiação no partido é possível a partir dos 16 anos.', 16],
  ['pl', 'Członkiem partii może zostać osoba, która ukończyła 18 lat.', 18],
  ['en', 'You can become a member of the party from the age of 16.', 16],
  ['pt', 'Só podem participar nos jogos os utilizadores com idade igual ou superior a 18 anos.', 18],
  ['es', 'Solo pueden participar en los juegos los usuarios con edad igual o superior a 18 años.', 18],
  ['fr', "Seuls les joueurs d'un âge égal ou supérieur à 18 ans peuvent participer aux jeux.", 18],
];

const NO_AGE: readonly [Lang, string][] = [
  ['en', 'Children under 12 can attend for free but must be accompanied by an adult ticket holder.'],
  [
    'de',
    'Kinder bis 14 Jahre erhalten im Kinderbuchclub einen Lesepass, in dem jeder Besuch in der Buchhandlung abgestempelt wird.',
  ],
  ['en', 'Children up to 12 receive a free reading passport in our book club.'],
  ['fr', "Les enfants jusqu'à 12 ans reçoivent un passeport lecture au club."],
  ['en', 'Are you under 26? Then you get a discount on every ticket.'],
  ['en', 'Are you under 16? Then you get a discount on every ticket.'],
  [
    'nb',
    'Dersom avdøde var under 18 år, innhenter vi samtykke fra begge foreldrene før dødsannonsen publiseres.',
  ],
  ['en', 'If the deceased was under 18, we ask both parents for consent before the notice is published.'],
  ['de', 'War der Verstorbene jünger als 18 Jahre, holen wir die Einwilligung beider Eltern ein.'],
  ['fr', "Les enfants de moins de 12 ans assistent gratuitement au spectacle accompagnés d'un adulte."],
  ['es', 'Los niños menores de 12 años asisten gratis al concierto si van acompañados de un adulto.'],
  ['en', 'Membership costs 10 euros a year; children under 12 attend for free.'],
];

describe('minimum ages of joining, asking and consent (fix17a)', () => {
  it.each(READ)('[%s] %s reads %i', (lang, text, age) => {
    expect(practicesOf([text], lang).children.minAge).toBe(age);
  });
});

describe('ages that limit no one (fix17a)', () => {
  it.each(NO_AGE)('[%s] %s states no minimum age', (lang, text) => {
    expect(practicesOf([text], lang).children.minAge).toBeNull();
  });
});
