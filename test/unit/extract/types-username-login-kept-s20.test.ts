/**
 * data types: a username said not to be shown, used on public Wi-Fi or kept with a PIN stays credentials (session 20,
 * fixr20c, review20c finding 5); a username shown to others stays no credential.
 * Sentences of our own in eleven languages: what must not be read (NOT_READ) and what must be read (READ).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSure } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return typesSure(text, lang);
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'credentials', 'Your username and your scores are shown on the public leaderboard.'],
  ['de', 'credentials', 'Ihr Benutzername ist für andere Nutzer sichtbar.'],
  ['nb', 'credentials', 'Brukernavnet ditt vises på resultatlisten.'],
  ['sv', 'credentials', 'Ditt användarnamn visas för andra användare.'],
  ['da', 'credentials', 'Dit brugernavn er synligt for andre brugere.'],
  ['fr', 'credentials', "Votre nom d'utilisateur est visible par les autres joueurs."],
  ['es', 'credentials', 'Su nombre de usuario aparece en la clasificación pública.'],
  ['it', 'credentials', 'Il tuo nome utente è visibile agli altri giocatori.'],
  ['pl', 'credentials', 'Twoja nazwa użytkownika jest widoczna w rankingu.'],
  ['pt', 'credentials', 'O seu nome de utilizador aparece na classificação pública.'],
  ['nl', 'credentials', 'Je gebruikersnaam is zichtbaar voor andere spelers.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'credentials', 'We store your username and PIN; neither is shown to other members.'],
  ['nb', 'credentials', 'Vi lagrer brukernavnet ditt, som aldri vises for andre brukere.'],
  ['sv', 'credentials', 'Vi sparar ditt användarnamn, som aldrig visas för andra användare.'],
  ['da', 'credentials', 'Vi gemmer dit brugernavn, som ikke er synligt for andre brugere.'],
  [
    'fr',
    'credentials',
    "Nous enregistrons votre nom d'utilisateur lorsque vous vous connectez sur nos bornes publiques.",
  ],
  ['es', 'credentials', 'Guardamos su nombre de usuario, que nunca se muestra a otros usuarios.'],
  ['pt', 'credentials', 'Guardamos o seu nome de utilizador, que nunca é mostrado a outros utilizadores.'],
  ['de', 'credentials', 'Ihr Benutzername und Ihre PIN werden gespeichert.'],
  ['de', 'credentials', 'Wir erheben Ihren Benutzernamen, wenn Sie sich an öffentlichen Terminals anmelden.'],
  ['en', 'credentials', 'We collect your username when you log in to our public Wi-Fi.'],
  ['nl', 'credentials', 'Uw gebruikersnaam is niet zichtbaar voor andere gebruikers.'],
  ['it', 'credentials', 'Conserviamo il tuo nome utente, che non è mai visibile agli altri utenti.'],
  [
    'pl',
    'credentials',
    'Przechowujemy Twoją nazwę użytkownika, która nigdy nie jest widoczna dla innych użytkowników.',
  ],
];

describe('data types: a login username stays credentials', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
