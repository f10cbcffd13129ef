/**
 * Data types read from the site's own security wording or from another sense of a word (audit13 en-2, nl-2,
 * de-1, es-2, pl-2). Access restricted by a password, a password policy, blocking cookies in the browser are
 * the operator's measures or advice, no credentials or device data collected; a "reunión de diagnóstico" of
 * an architect is no health data; "adres nadawcy" (the sender's address) is no postal address. Passwords,
 * browser types, diagnoses and home addresses collected stay read.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('security wording and homonyms are no data type', () => {
  test.each<[Lang, string, DataType]>([
    [
      'en',
      'All access to your information is restricted by a password and/or secure key and is logged and monitored.',
      'credentials',
    ],
    ['nl', 'We hanteren een gebruikersnaam en wachtwoordbeleid op al onze systemen;', 'credentials'],
    ['de', 'Der Zugriff auf Ihre Daten ist passwortgeschützt und wird protokolliert.', 'credentials'],
    ['fr', 'L’accès à vos données est protégé par un mot de passe et journalisé.', 'credentials'],
    ['es', 'El acceso a sus datos está protegido con contraseña y se registra.', 'credentials'],
    ['it', 'L’accesso ai tuoi dati è protetto da password e registrato.', 'credentials'],
    ['pt', 'O acesso aos seus dados é protegido por senha e registado.', 'credentials'],
    ['sv', 'Åtkomsten till dina uppgifter är skyddad med lösenord och loggas.', 'credentials'],
    [
      'de',
      'Möchten Sie dies verhindern, so müssen Sie das Speichern von Cookies im Browser blockieren.',
      'device-info',
    ],
    ['es', 'Responder tu consulta y coordinar una reunión de diagnóstico', 'health'],
    ['fr', 'Répondre à votre demande et organiser une réunion de diagnostic.', 'health'],
    ['pt', 'Responder ao seu pedido e marcar uma reunião de diagnóstico.', 'health'],
    [
      'pl',
      'Jeśli piszesz do mnie, w sposób naturalny przekazujesz mi swój adres e-mail jako adres nadawcy wiadomości.',
      'postal-address',
    ],
    ['es', 'Guardamos la dirección del remitente de cada mensaje.', 'postal-address'],
    ['it', 'Conserviamo l’indirizzo del mittente di ogni messaggio.', 'postal-address'],
  ])('[%s] %s -/-> %s', (lang, text, type) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain(type);
  });
});

describe('the data collected stay read', () => {
  test.each<[Lang, string, DataType]>([
    ['en', 'We collect your username and password when you register.', 'credentials'],
    ['nl', 'Wij verzamelen je gebruikersnaam en wachtwoord.', 'credentials'],
    ['de', 'Wir erheben Ihren Browsertyp und Ihre IP-Adresse.', 'device-info'],
    ['es', 'Recogemos datos de salud como diagnósticos y tratamientos.', 'health'],
    ['pl', 'Zbieramy Twój adres zamieszkania.', 'postal-address'],
  ])('[%s] %s -> %s', (lang, text, type) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain(type);
  });
});
