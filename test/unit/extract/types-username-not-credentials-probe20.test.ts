/**
 * data types: a username shown to others (leaderboards, reviews, public pages) is no credential (session 20,
 * fixq20, family C); a username collected for an account stays credentials, and so does one beside a password.
 * Sentences of our own in eleven languages: what must not be read (N) and what must stay read (P).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSure } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return typesSure(text, lang);
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'credentials', 'Your username and your scores appear on the public leaderboard.'],
  ['en', 'credentials', 'Reviews are published together with your username.'],
  ['de', 'credentials', 'Dein Nutzername und deine Highscores erscheinen in der öffentlichen Rangliste.'],
  ['de', 'credentials', 'Bewertungen werden mit Ihrem Benutzernamen veröffentlicht.'],
  ['nl', 'credentials', 'Je gebruikersnaam en je scores zijn zichtbaar in het klassement.'],
  ['nl', 'credentials', 'Recensies worden gepubliceerd met je gebruikersnaam.'],
  ['nb', 'credentials', 'Brukernavnet ditt og poengsummene dine vises på resultatlisten.'],
  ['nb', 'credentials', 'Anmeldelser publiseres sammen med brukernavnet ditt.'],
  ['sv', 'credentials', 'Ditt användarnamn och dina betyg syns för andra medlemmar i forumet.'],
  ['sv', 'credentials', 'Ditt användarnamn syns på topplistan tillsammans med dina poäng.'],
  ['da', 'credentials', 'Dit brugernavn og dine point vises på ranglisten.'],
  ['da', 'credentials', 'Anmeldelser offentliggøres med dit brugernavn.'],
  ['fr', 'credentials', "Votre nom d'utilisateur et vos scores apparaissent dans le classement public."],
  ['fr', 'credentials', "Les avis sont publiés avec votre nom d'utilisateur."],
  ['es', 'credentials', 'Tu nombre de usuario y tus puntuaciones aparecen en la clasificación pública.'],
  ['es', 'credentials', 'Las reseñas se publican con tu nombre de usuario.'],
  ['it', 'credentials', 'Il tuo nome utente appare accanto ai commenti che pubblichi nel forum.'],
  ['it', 'credentials', 'Il tuo nome utente compare nella classifica insieme ai tuoi punteggi.'],
  ['pl', 'credentials', 'Twoja nazwa użytkownika i Twoje wyniki są widoczne w publicznym rankingu.'],
  ['pl', 'credentials', 'Opinie są publikowane wraz z Twoją nazwą użytkownika.'],
  ['pt', 'credentials', 'O seu nome de utilizador e as suas pontuações aparecem na classificação pública.'],
  ['pt', 'credentials', 'As avaliações são publicadas com o seu nome de usuário.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'credentials', 'We store your username and password in encrypted form.'],
  ['en', 'credentials', 'To log in we ask for your e-mail address and a password.'],
  ['de', 'credentials', 'Wir speichern Ihren Benutzernamen und Ihr Passwort verschlüsselt.'],
  ['nl', 'credentials', 'We bewaren je gebruikersnaam en wachtwoord versleuteld.'],
  ['nb', 'credentials', 'Vi lagrer brukernavn og passord kryptert.'],
  ['sv', 'credentials', 'Vi lagrar ditt användarnamn och lösenord krypterat.'],
  ['da', 'credentials', 'Vi gemmer dit brugernavn og din adgangskode krypteret.'],
  ['fr', 'credentials', "Nous conservons votre nom d'utilisateur et votre mot de passe sous forme chiffrée."],
  ['es', 'credentials', 'Guardamos tu nombre de usuario y tu contraseña cifrados.'],
  ['it', 'credentials', 'Conserviamo il tuo nome utente e la tua password in forma cifrata.'],
  ['pl', 'credentials', 'Przechowujemy Twoją nazwę użytkownika i hasło w formie zaszyfrowanej.'],
  ['pt', 'credentials', 'Guardamos o seu nome de utilizador e a sua palavra-passe de forma encriptada.'],
  ['en', 'credentials', 'When you create an account we collect your username and e-mail address.'],
  ['de', 'credentials', 'Bei der Registrierung erheben wir Ihren Benutzernamen und Ihre E-Mail-Adresse.'],
  [
    'fr',
    'credentials',
    "Lors de votre inscription, nous collectons votre nom d'utilisateur et votre adresse e-mail.",
  ],
  ['sv', 'credentials', 'Ditt användarnamn och lösenord visas aldrig för andra användare.'],
];

describe('data types: a username alone is no credential', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
