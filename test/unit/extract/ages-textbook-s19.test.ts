/**
 * Session 19 (fixp19b): minimum ages said the textbook way, which probe18 left unread: users or customers who
 * must be or have turned N, "have reached the age of N", pt "ter, no mínimo, 16 anos", nl "achttien jaar en
 * ouder", fr "âgé(e)", the reader's declared age. Years counted from an event or of experience are no age.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const minAge = (text: string, lang: Lang) => practicesOf([text], lang).children.minAge;

describe('a minimum age said the textbook way reads', () => {
  test.each<[Lang, string, number]>([
    ['en', 'You must have reached the age of 16 to create an account.', 16],
    ['en', 'By placing an order you confirm that you are at least 18 years old.', 18],
    ['de', 'Kunden müssen mindestens achtzehn Jahre alt sein.', 18],
    ['de', 'Sie bestätigen, dass Sie das 18. Lebensjahr vollendet haben.', 18],
    ['de', 'Die Registrierung ist erst ab Vollendung des 16. Lebensjahres möglich.', 16],
    ['nl', 'Onze diensten zijn bedoeld voor personen van achttien jaar en ouder.', 18],
    ['nl', 'Gebruikers moeten minimaal 16 jaar oud zijn.', 16],
    ['nb', 'Brukere må ha fylt 16 år.', 16],
    ['nb', 'Kunden må ha fylt 18 år.', 18],
    ['sv', 'Användare måste ha fyllt 16 år.', 16],
    ['sv', 'Om du inte har fyllt 16 år behöver du målsmans samtycke.', 16],
    ['da', 'Brugere skal være fyldt 16 år.', 16],
    ['da', 'Tjenesten er kun for personer på 18 år og derover.', 18],
    ['fr', 'Vous devez être âgé(e) d’au moins 18 ans pour créer un compte.', 18],
    ['fr', 'Les utilisateurs doivent être âgés d’au moins 16 ans.', 16],
    ['fr', 'En passant commande, vous déclarez être âgé d’au moins 18 ans.', 18],
    ['es', 'Los usuarios deben ser mayores de 16 años.', 16],
    ['es', 'Para utilizar el servicio debe haber cumplido 18 años.', 18],
    ['es', 'El usuario declara ser mayor de 18 años.', 18],
    ['it', 'I servizi sono riservati a chi ha almeno 16 anni.', 16],
    ['it', 'Gli utenti devono avere compiuto 16 anni.', 16],
    ['pl', 'Użytkownik musi mieć ukończone 16 lat.', 16],
    ['pl', 'Kupujący musi mieć ukończone 16 lat.', 16],
    ['pt', 'Para se registar tem de ter, no mínimo, 16 anos.', 16],
    ['pt', 'Os utilizadores devem ter pelo menos 16 anos de idade.', 16],
    ['pt', 'Para usar o serviço precisa de ter completado 16 anos.', 16],
  ])('%s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('years that are no age, and requirements of others, give none', () => {
  test.each<[Lang, string]>([
    ['nl', 'Je ontvangt een cadeau vanaf 16 jaar na je lidmaatschap.'],
    ['nl', 'Onze klanten ontvangen 16 jaar na hun aanmelding een cadeau.'],
    ['en', 'We delete records older than 18 months.'],
    ['en', 'Our team has 16 years of experience.'],
    ['de', 'Um Alkohol zu kaufen, müssen Kunden mindestens 18 Jahre alt sein.'],
    ['nb', 'Medlemmer skal være 16 år for å delta i konkurranser.'],
    ['sv', 'Vi har 16 års erfarenhet.'],
    ['da', 'Vi gemmer data i 10 år og derover ved lovkrav.'],
    ['fr', 'Nos clients doivent avoir 18 ans d’ancienneté pour bénéficier de la remise.'],
    ['es', 'Nuestro servicio ha cumplido 18 años.'],
    ['it', 'L’azienda ha almeno 16 anni di esperienza nei servizi.'],
    ['pl', 'Mamy 16 lat doświadczenia.'],
    ['pt', 'A empresa tem, no mínimo, 16 anos de experiência no serviço.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test('consent needed up to an age keeps that age (children.ts, session 18)', () => {
    expect(minAge('Kinder bis 16 Jahre brauchen die Einwilligung der Eltern.', 'de')).toBe(16);
  });
});
