/**
 * Credentials the person chooses ("you choose a username and password", "eliges un nombre de usuario y una
 * contraseña", "você escolhe um nome de usuário e uma senha"): chosen to log in, so kept by the service; the
 * phrase states `credentials` by itself and is its own collection cue, so the e-mail given in the same
 * sentence ("e indicas tu correo electrónico") counts too, in every language. "You do not need to choose a
 * password" states nothing, and choosing anything else ("whether to receive") names no credentials.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('credentials chosen by the person are credentials', () => {
  test.each<[Lang, string, DataType[]]>([
    [
      'en',
      'To create an account, you choose a username and password and give us your email address.',
      ['email', 'credentials'],
    ],
    [
      'es',
      'Para crear una cuenta eliges un nombre de usuario y una contraseña e indicas tu correo electrónico.',
      ['email', 'credentials'],
    ],
    [
      'it',
      'Per creare un account scegli un nome utente e una password e ci indichi il tuo indirizzo e-mail.',
      ['email', 'credentials'],
    ],
    [
      'pt',
      'Para criar uma conta, você escolhe um nome de usuário e uma senha e informa seu e-mail.',
      ['email', 'credentials'],
    ],
    ['de', 'Für ein Konto wählen Sie einen Benutzernamen und ein Passwort.', ['credentials']],
    ['nl', 'Voor een account kiest u een gebruikersnaam en een wachtwoord.', ['credentials']],
    ['nb', 'For å opprette en konto velger du et brukernavn og et passord.', ['credentials']],
    ['sv', 'För att skapa ett konto väljer du ett användarnamn och ett lösenord.', ['credentials']],
    ['da', 'For at oprette en konto vælger du et brugernavn og en adgangskode.', ['credentials']],
    ['fr', "Pour créer un compte, vous choisissez un nom d'utilisateur et un mot de passe.", ['credentials']],
    ['pl', 'Aby założyć konto, wybierasz nazwę użytkownika i hasło.', ['credentials']],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(typesSilent(text, lang)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['en', 'You do not need to choose a password.'],
    ['fr', 'Il est interdit de choisir un pseudo injurieux.'],
  ])('%s: no credentials in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('credentials');
  });
});
