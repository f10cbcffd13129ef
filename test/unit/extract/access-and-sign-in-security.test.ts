/**
 * Probe15: measures that protect data were not read as security: card numbers tokenised, access restricted
 * by role and every access logged, sign-in with one-time codes or two factors ("Innlogging med BankID og
 * engangskoder sikrer at bare du får tilgang til nettbanken"). Each is a strong security term now, eleven
 * languages. A sign-in method alone ("you can log in with BankID"), access to a building restricted, and an
 * app that logs workouts are no security statement.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('tokenisation, role-based access, access logging and strong sign-in are security', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Card numbers are tokenised by our payment provider and are never stored on our own servers in readable form.',
    ],
    [
      'en',
      'Access to client files in our document management system is restricted by role, and every access is logged.',
    ],
    ['nb', 'Innlogging med BankID og engangskoder sikrer at bare du får tilgang til nettbanken.'],
    ['en', 'We send you a one-time passcode each time you sign in.'],
    ['de', 'Kartendaten werden von unserem Zahlungsdienstleister tokenisiert.'],
    ['de', 'Jeder Zugriff auf die Patientenakte wird protokolliert.'],
    ['de', 'Für die Anmeldung nutzen wir eine Zwei-Faktor-Authentifizierung mit Einmalcodes.'],
    ['nl', 'Elke toegang tot uw dossier wordt gelogd.'],
    ['nl', 'Inloggen gaat met tweestapsverificatie.'],
    ['sv', 'Inloggning sker med engångskod via sms.'],
    ['sv', 'All åtkomst till journalen loggas.'],
    ['da', 'Adgangen til sagerne er begrænset ud fra medarbejdernes rolle.'],
    ['da', 'Du logger ind med en engangskode.'],
    ['fr', "L'accès aux dossiers est restreint en fonction des rôles et chaque accès est journalisé."],
    ['es', 'Utilizamos autenticación de dos factores en el área de clientes.'],
    ['es', 'Los números de tarjeta se tokenizan antes de guardarlos.'],
    ['it', 'Ogni accesso ai fascicoli viene registrato.'],
    ['it', "L'accesso all'area riservata richiede l'autenticazione a due fattori."],
    ['pl', 'Logowanie wymaga kodu jednorazowego wysyłanego SMS-em.'],
    ['pt', 'Os números de cartão são tokenizados pelo nosso prestador de pagamentos.'],
    ['pt', 'Cada acesso aos processos fica registado.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});

describe('a sign-in method, a building, a workout log are no security statement', () => {
  test.each<[Lang, string]>([
    ['en', 'You can log in with BankID.'],
    ['en', 'We restrict access to the building outside opening hours.'],
    ['en', 'The app logs your workouts.'],
    ['en', 'Use this one-time code for 10% off your first order.'],
    ['nb', 'Du kan logge inn med BankID.'],
    ['de', 'Die App protokolliert Ihre Trainingseinheiten.'],
    ['fr', "Nous limitons l'accès au bâtiment en dehors des heures d'ouverture."],
    ['sv', 'Du kan logga in med BankID eller Freja eID.'],
    ['es', 'El acceso al aparcamiento está limitado a los clientes.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});
