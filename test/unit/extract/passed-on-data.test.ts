/**
 * Data passed on to others is data processed: "el nombre y apellidos de los participantes serán compartidos",
 * "Ihre IP-Adresse wird an YouTube gesendet", "transaksjons- og kontodata kan deles" state the data types they
 * name, as a collection verb would (`cues/passing-on.json` `passOn`). A denied passing on ("wird nicht
 * weitergegeben") states none, nor does mail "sent to" an address with no auxiliary ("correspondence sent to
 * security@..."). Embedded videos are no content the user uploads. A shared computer is no data passed on: the
 * participle passes data on only with its auxiliary or a party after it ("es compartido", "compartido con"),
 * and Italian and Spanish "communicated to" take the articled forms ("comunicato alla società", "comunicado al
 * organizador") (review10b findings 6, 7).
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('data passed on is data processed', () => {
  test.each<[Lang, string, DataType[]]>([
    ['en', 'Your name and email address are shared with the event organiser.', ['name', 'email']],
    ['en', 'Your IP address is sent to YouTube.', ['ip-address']],
    ['de', 'Dabei wird Ihre IP-Adresse an YouTube gesendet.', ['ip-address']],
    ['de', 'Ihre Telefonnummer wird an den Lieferdienst weitergegeben.', ['phone']],
    ['nl', 'Uw naam en e-mailadres worden gedeeld met de organisator.', ['name', 'email']],
    ['nb', 'Transaksjons- og kontodata kan deles med innløsere.', ['payment']],
    ['sv', 'Ditt namn och din e-postadress delas med arrangören.', ['name', 'email']],
    ['da', 'Dit navn og din e-mailadresse videregives til arrangøren.', ['name', 'email']],
    ['fr', "Votre nom et votre adresse e-mail sont partagés avec l'organisateur.", ['name', 'email']],
    [
      'es',
      'Para permitir el acceso, el nombre y apellidos de los participantes serán compartidos.',
      ['name'],
    ],
    ['it', "Il tuo nome e il tuo indirizzo email sono condivisi con l'organizzatore.", ['name', 'email']],
    ['pl', 'Twoje imię i adres e-mail są przekazywane organizatorowi.', ['name', 'email']],
    ['pt', 'O seu nome e endereço de e-mail são compartilhados com o organizador.', ['name', 'email']],
  ])('%s: %s', (lang, text, expected) => {
    expect(typesSilent(text, lang)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['de', 'Ihre IP-Adresse wird nicht weitergegeben.'],
    ['en', 'Your email address is never shared.'],
    ['es', 'Sus datos no serán compartidos con terceros.'],
    ['en', 'We consider correspondence sent to security@example.com our highest priority.'],
    ['fr', 'Le nom de domaine est partagé entre plusieurs sites.'],
    ['es', 'Publicamos comunicados de prensa con el nombre de la empresa.'],
    ['fr', "Nous publions un communiqué de presse avec le nom de l'entreprise."],
    ['pt', 'Publicamos comunicados à imprensa com o nome da empresa.'],
  ])('states none: %s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });
});

describe('a shared device passes nothing on; articled "communicated to" does', () => {
  test.each<[Lang, string]>([
    ['es', 'En un ordenador compartido, cierre la sesión para proteger su contraseña.'],
    ['pt', 'Num computador compartilhado, termine a sessão para proteger a sua senha.'],
    ['pt', 'Num computador partilhado, termine a sessão para proteger a sua palavra-passe.'],
    ['it', 'Su un computer condiviso, esci dalla sessione per proteggere la tua password.'],
    ['fr', 'Sur un ordinateur partagé, déconnectez-vous pour protéger votre mot de passe.'],
    ['en', 'On a shared computer, sign out to protect your password.'],
    ['da', 'På en delt computer skal du logge ud for at beskytte din adgangskode.'],
    ['es', 'El resultado es comunicado al número de teléfono indicado.'],
    ['it', "L'esito della pratica è comunicato al numero di cellulare del professionista."],
  ])('states none: %s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });

  test.each<[Lang, string, DataType[]]>([
    ['es', 'Su nombre será compartido.', ['name']],
    ['es', 'Su nombre y apellidos serán compartidos con la entidad organizadora.', ['name']],
    ['pt', 'O seu nome é partilhado com os nossos parceiros.', ['name']],
    ['pt', 'O seu nome será compartilhado com parceiros.', ['name']],
    ['it', 'Il tuo nome viene condiviso.', ['name']],
    ['it', 'Il tuo nome sarà condiviso con i nostri partner.', ['name']],
    ['fr', 'Votre nom est partagé avec nos partenaires.', ['name']],
    ['en', 'Your name is shared with our partners.', ['name']],
    ['nb', 'Navnet ditt blir delt med våre partnere.', ['name']],
    ['da', 'Dit navn bliver delt med vores partnere.', ['name']],
    ['it', 'Il tuo nome potrà essere comunicato ai nostri partner.', ['name']],
    ['it', "Il tuo nome potrà essere comunicato all'ente organizzatore.", ['name']],
    ['it', 'Il tuo indirizzo email verrà comunicato agli sponsor.', ['email']],
    ['it', 'Il tuo nome sarà inviato al comitato organizzatore.', ['name']],
    ['es', 'Su nombre podrá ser comunicado al organizador.', ['name']],
    ['es', 'Su nombre será enviado al organizador.', ['name']],
  ])('%s: %s', (lang, text, expected) => {
    expect(typesSilent(text, lang)).toEqual(expected);
  });
});

describe('embedded videos are no user content', () => {
  test.each<[Lang, string]>([
    ['de', 'Beim Aufruf einer Seite mit eingebetteten Videos wird Ihre IP-Adresse an YouTube übermittelt.'],
    ['en', 'When you view a page with embedded videos your IP address is sent to YouTube.'],
    ['nl', 'Bij het bekijken van ingesloten video’s wordt uw IP-adres naar YouTube verzonden naar Google.'],
    ['fr', 'Lors de la lecture des vidéos intégrées, votre adresse IP est transmise à YouTube.'],
    ['it', 'Guardando i video incorporati il tuo indirizzo IP viene trasmesso a YouTube.'],
    ['pl', 'Podczas odtwarzania osadzonych filmów Twój adres IP jest przekazywany do YouTube.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['ip-address']);
  });

  test.each<[Lang, string]>([
    ['en', 'We store the photos and videos you upload.'],
    ['de', 'Wir speichern die Videos und Fotos, die Sie hochladen.'],
  ])('uploaded videos still are: %s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['user-content']);
  });
});
