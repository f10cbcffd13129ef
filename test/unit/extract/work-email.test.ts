/**
 * A work e-mail ("your work e-mail", "Ihre geschäftliche E-Mail", "din jobbmejl", "din arbejdsmail", "e-mail
 * professionnel", "correo de trabajo", "e-mail di lavoro", "służbowy e-mail", "e-mail de trabalho") is an e-mail
 * address, in every language (`types-identity.json` `email`). The Danish probe read nothing for want of a cue in
 * V2 order: "beder vi om", "har vi brug for", nb "ber vi om", sv "ber vi om", as German "fragen wir nach Ihrem
 * ..." (a possessive after it), ask for data as "beder om" does. Not changed: an apology or a plea for patience
 * ("Vi ber om ursäkt", "Vi beder om forståelse") names no data, and the operator's own address names none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('a demo booked: name, work e-mail, company and position', () => {
  test.each<[Lang, string]>([
    ['en', 'When you book a demo we ask for your name, your work e-mail, your company and your position.'],
    [
      'de',
      'Wenn Sie eine Demo buchen, fragen wir nach Ihrem Namen, Ihrer geschäftlichen E-Mail, Ihrem Unternehmen und Ihrer Position.',
    ],
    ['nl', 'Als je een demo boekt, vragen we je naam, je werk-e-mail, je bedrijf en je functie.'],
    ['nb', 'Når du bestiller en demo, ber vi om navn, jobb-e-post, firma og stilling.'],
    ['sv', 'När du bokar en demo behöver vi ditt namn, din jobbmejl, ditt företag och din roll.'],
    ['sv', 'När du bokar en demo ber vi om ditt namn, din jobbmejl, ditt företag och din roll.'],
    ['da', 'Når du booker en demo, beder vi om dit navn, din arbejdsmail, din virksomhed og din stilling.'],
    [
      'da',
      'Når du booker en demo, har vi brug for dit navn, din arbejdsmail, din virksomhed og din stilling.',
    ],
    [
      'fr',
      'Lorsque vous réservez une démo, nous vous demandons votre nom, votre e-mail professionnel, votre entreprise et votre poste.',
    ],
    ['es', 'Cuando reservas una demo te pedimos tu nombre, tu correo de trabajo, tu empresa y tu cargo.'],
    ['it', 'Quando prenoti una demo ti chiediamo nome, e-mail di lavoro, azienda e ruolo.'],
    ['pl', 'Gdy rezerwujesz demo, prosimy o imię i nazwisko, służbowy e-mail, nazwę firmy i stanowisko.'],
    ['pt', 'Quando você agenda uma demonstração, pedimos seu nome, e-mail de trabalho, empresa e cargo.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toEqual(expect.arrayContaining(['name', 'email', 'professional']));
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'Our company email is info@example.com.'],
    ['da', 'Vi beder om forståelse for ventetiden.'],
    ['sv', 'Vi ber om ursäkt för besväret.'],
    ['nb', 'Vi ber om forståelse for ventetiden.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesOf(text, lang)).toEqual([]);
  });
});
