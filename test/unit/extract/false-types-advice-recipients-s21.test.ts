/**
 * False data types: advice to choose a strong password or never share it (credentials), comments on an order (payment), 'to companies that' as the buyer of data (professional). The operator's own store of a password and a job's company are still read. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe('false data types: password advice, order notes, companies as recipients (session 21, fixq21b)', () => {
  // [lang, sentence, required, defensible]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[], DataType[]]>([
    ['en', 'Please choose a strong password and never share your login details with anyone.', [], []],
    ['en', 'Never give your password to third parties.', [], []],
    [
      'de',
      'Bitte wählen Sie ein sicheres Passwort und geben Sie Ihre Zugangsdaten niemals an Dritte weiter.',
      [],
      [],
    ],
    ['de', 'Geben Sie Ihr Passwort niemals an Dritte weiter.', [], []],
    ['nl', 'Kies een sterk wachtwoord en deel uw inloggegevens nooit met anderen.', [], []],
    ['nb', 'Velg et sterkt passord og del aldri påloggingsopplysningene dine med andre.', [], []],
    ['sv', 'Välj ett starkt lösenord och dela aldrig dina inloggningsuppgifter med någon.', [], []],
    ['da', 'Vælg en stærk adgangskode, og del aldrig dine loginoplysninger med andre.', [], []],
    [
      'fr',
      'Choisissez un mot de passe robuste et ne communiquez jamais vos identifiants à des tiers.',
      [],
      [],
    ],
    ['es', 'Elige una contraseña segura y no compartas nunca tus credenciales con terceros.', [], []],
    ['it', 'Scegli una password sicura e non comunicare mai le tue credenziali a terzi.', [], []],
    ['pl', 'Wybierz silne hasło i nigdy nie udostępniaj swoich danych logowania osobom trzecim.', [], []],
    ['pt', 'Escolha uma palavra-passe forte e nunca partilhe as suas credenciais com terceiros.', [], []],
    ['en', 'When you register, we store your username and an encrypted password.', ['credentials'], []],
    [
      'de',
      'Bei der Registrierung speichern wir Ihren Benutzernamen und ein verschlüsseltes Passwort.',
      ['credentials'],
      [],
    ],
    [
      'nl',
      'Het restaurant ontvangt uw naam, uw adres en eventuele opmerkingen bij de bestelling.',
      ['name', 'postal-address'],
      ['user-content'],
    ],
    [
      'de',
      'Das Restaurant erhält Ihren Namen, Ihre Adresse und Ihre Anmerkungen zur Bestellung.',
      [],
      ['name', 'postal-address', 'user-content'],
    ],
    ['sv', 'Vi säljer adressuppgifter till företag som vill skicka reklam.', ['postal-address'], []],
    ['nb', 'Vi selger adresseopplysninger til bedrifter som vil sende reklame.', [], ['postal-address']],
    ['da', 'Vi sælger adresseoplysninger til virksomheder, der vil sende reklame.', [], ['postal-address']],
    ['en', 'We sell address data to companies that want to send advertising.', ['postal-address'], []],
    [
      'de',
      'Wir verkaufen Adressdaten an Unternehmen, die Werbung verschicken möchten.',
      ['postal-address'],
      [],
    ],
    [
      'fr',
      "Lors de l'inscription, vous choisissez un mot de passe que nous conservons sous forme chiffrée.",
      ['credentials'],
      [],
    ],
    [
      'it',
      'Al momento della registrazione scegli una password, che conserviamo in forma cifrata.',
      ['credentials'],
      [],
    ],
    [
      'fr',
      'Le restaurant reçoit vos remarques sur la commande et votre adresse.',
      [],
      ['postal-address', 'user-content'],
    ],
    ['sv', 'Vi samlar in uppgifter om din titel och ditt företag.', ['professional'], []],
    ['de', 'Wir erfassen Ihre Position und das Unternehmen, für das Sie arbeiten.', ['professional'], []],
  ])('%s: %s', (lang, text, required, defensible) => {
    expectTypes(lang, text, required, defensible, false);
    if (required.length === 0) expectTypes(lang, text, required, defensible, true);
  });
});
