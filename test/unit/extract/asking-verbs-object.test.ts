/**
 * Asking verbs with the data as their object (probe17's "vragen wij uw naam, e-mailadres en IBAN", checked again
 * in session 19 after session 18's fix): the operator asking for data collects it in eleven languages. A denied
 * asking ("we will never ask for your password") collects nothing.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('the data the operator asks for is collected', () => {
  test.each<[Lang, string, DataType[]]>([
    [
      'nl',
      'Bij het afsluiten van een abonnement vragen wij uw naam, e-mailadres en IBAN.',
      ['name', 'email', 'payment'],
    ],
    ['nl', 'Wij vragen u om uw naam en telefoonnummer.', ['name', 'phone']],
    [
      'en',
      'When you subscribe, we ask for your name, email address and bank details.',
      ['name', 'email', 'payment'],
    ],
    ['en', 'We ask you for your name and phone number.', ['name', 'phone']],
    [
      'de',
      'Beim Abschluss eines Abonnements fragen wir Ihren Namen, Ihre E-Mail-Adresse und Ihre IBAN ab.',
      ['name', 'email', 'payment'],
    ],
    ['de', 'Wir erfragen Ihren Namen und Ihre Telefonnummer.', ['name', 'phone']],
    ['de', 'Bei der Anmeldung bitten wir Sie um Ihren Namen und Ihre E-Mail-Adresse.', ['name', 'email']],
    [
      'nb',
      'Når du tegner abonnement, spør vi om navn, e-postadresse og kontonummer.',
      ['name', 'email', 'payment'],
    ],
    ['nb', 'Vi ber om navnet ditt og telefonnummeret ditt.', ['name', 'phone']],
    [
      'sv',
      'När du tecknar ett abonnemang frågar vi efter ditt namn, din e-postadress och ditt kontonummer.',
      ['name', 'email', 'payment'],
    ],
    ['sv', 'Vi ber om ditt namn och telefonnummer.', ['name', 'phone']],
    [
      'da',
      'Når du tegner et abonnement, spørger vi om dit navn, din e-mailadresse og dit kontonummer.',
      ['name', 'email', 'payment'],
    ],
    ['da', 'Vi beder om dit navn og telefonnummer.', ['name', 'phone']],
    [
      'fr',
      "Lors de l'abonnement, nous vous demandons votre nom, votre adresse e-mail et votre IBAN.",
      ['name', 'email', 'payment'],
    ],
    ['fr', 'Nous vous demandons votre nom et votre numéro de téléphone.', ['name', 'phone']],
    [
      'es',
      'Al suscribirse, le pedimos su nombre, su correo electrónico y su IBAN.',
      ['name', 'email', 'payment'],
    ],
    ['es', 'Le preguntamos su nombre y su número de teléfono.', ['name', 'phone']],
    [
      'it',
      "Al momento dell'abbonamento ti chiediamo nome, indirizzo email e IBAN.",
      ['name', 'email', 'payment'],
    ],
    ['it', 'Ti domandiamo il tuo nome e il numero di telefono.', ['name', 'phone']],
    [
      'pl',
      'Przy zakładaniu subskrypcji prosimy o imię i nazwisko, adres e-mail i numer IBAN.',
      ['name', 'email', 'payment'],
    ],
    ['pl', 'Pytamy o Twoje imię i numer telefonu.', ['name', 'phone']],
    ['pt', 'Ao subscrever, pedimos o seu nome, endereço de e-mail e IBAN.', ['name', 'email', 'payment']],
    ['pt', 'Perguntamos o seu nome e número de telefone.', ['name', 'phone']],
  ])('%s: %s', (lang, text, kinds) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expect.arrayContaining(kinds));
  });
});

describe('an asking denied collects nothing', () => {
  test.each<[Lang, string, DataType[]]>([
    ['nl', 'Wij vragen nooit om uw wachtwoord of pincode per e-mail.', ['credentials']],
    ['en', 'We will never ask for your password by email.', ['credentials']],
    ['de', 'Wir fragen niemals nach Ihrem Passwort.', ['credentials']],
    ['nb', 'Vi spør aldri om passordet ditt på e-post.', ['credentials']],
    ['sv', 'Vi frågar aldrig efter ditt lösenord via e-post.', ['credentials']],
    ['da', 'Vi spørger aldrig om din adgangskode via e-mail.', ['credentials']],
    ['fr', 'Nous ne vous demanderons jamais votre mot de passe par e-mail.', ['credentials']],
    ['es', 'Nunca le pediremos su contraseña por correo electrónico.', ['credentials']],
    ['it', 'Non ti chiederemo mai la password via email.', ['credentials']],
    ['pl', 'Nigdy nie prosimy o hasło w wiadomości e-mail.', ['credentials']],
    ['pt', 'Nunca lhe pediremos a palavra-passe por e-mail.', ['credentials']],
  ])('%s: %s', (lang, text, kinds) => {
    for (const types of typesBoth(text, lang)) for (const kind of kinds) expect(types).not.toContain(kind);
  });
});
