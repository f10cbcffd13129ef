/**
 * Session 21 (fixr21c, after review21a): the number of a library, loyalty, membership or other non-payment card is no
 * payment datum (a bare 'the card' only when the reader's and nothing names another card); a phone's serial, model, IMEI
 * or SIM number is no phone number; the sending of e-mails with the reader's consent still reads the address. Eleven
 * languages; read sure of collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('card numbers, phone numbers and e-mail sent with consent are read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'payment', 'We store the number of your card to take the monthly payment.'],
    ['fr', 'payment', 'Nous conservons le numéro de votre carte pour le paiement.'],
    ['es', 'payment', 'Guardamos el número de tu tarjeta para cobrar la reserva.'],
    ['it', 'payment', 'Conserviamo il numero della tua carta per il pagamento.'],
    ['pl', 'payment', 'Przechowujemy numer Twojej karty, aby pobrać opłatę.'],
    ['pt', 'payment', 'Guardamos o número do seu cartão para o pagamento.'],
    ['nb', 'payment', 'Vi lagrer nummeret på kortet ditt for å belaste deg.'],
    ['sv', 'payment', 'Vi sparar numret på ditt kort för betalningen.'],
    ['da', 'payment', 'Vi gemmer nummeret på dit kort til betalingen.'],
    ['de', 'payment', 'Wir speichern die Nummer Ihrer Kreditkarte.'],
    ['nl', 'payment', 'Wij bewaren het nummer van je creditcard.'],
    ['en', 'phone', 'We store the number of your phone to send you delivery updates.'],
    ['de', 'email', 'Der Versand von E-Mails erfolgt ausschließlich mit deiner Zustimmung.'],
    ['nl', 'email', 'Het versturen van e-mails gebeurt uitsluitend met uw toestemming.'],
    ['es', 'email', 'El envío de e-mails se hace con tu autorización.'],
    ['pt', 'email', 'O envio de e-mails é realizado com a sua autorização.'],
    ['da', 'email', 'Afsendelse af e-mails sker kun med dit samtykke.'],
    ['pl', 'email', 'Wysyłka e-maili odbywa się tylko za Twoją zgodą.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('other cards, device numbers and providers are not read', () => {
  test.each<[Lang, DataType, string]>([
    [
      'en',
      'payment',
      'When you pay with your loyalty card, we note the number of your card and your points.',
    ],
    ['en', 'payment', 'Win battles to increase the number of your cards.'],
    ['de', 'payment', 'Wir speichern die Nummer Ihrer Kundenkarte für Rabatte.'],
    ['nl', 'payment', 'We bewaren het nummer van je klantenkaart voor je punten.'],
    ['fr', 'payment', "Nous enregistrons le numéro de votre carte d'adhérent au club."],
    ['fr', 'payment', 'Pour le prêt, indiquez le numéro de votre carte de lecteur.'],
    ['es', 'payment', 'Guardamos el número de tu tarjeta de socio del gimnasio.'],
    ['it', 'payment', 'Registriamo il numero della tua carta fedeltà per i punti.'],
    ['pl', 'payment', 'Zapisujemy numer Twojej karty miejskiej, aby naliczyć ulgę.'],
    ['pt', 'payment', 'Guardamos o número do seu cartão de leitor da biblioteca.'],
    ['nb', 'payment', 'Når du bruker bibliotekkortet, lagrer vi nummeret på kortet.'],
    ['sv', 'payment', 'När du visar ditt bonuskort sparar vi numret på kortet.'],
    ['da', 'payment', 'Når du bruger dit klubkort, gemmer vi nummeret på kortet.'],
    ['en', 'phone', 'We record the serial number of your phone for repairs.'],
    ['en', 'phone', "We read the number of your phone's SIM card to set up the eSIM."],
    ['en', 'phone', 'You may link up to five phones; we limit the number of the phones per account.'],
    ['de', 'phone', 'Wir speichern die Seriennummer Ihres Handys für Garantiefälle.'],
    ['nl', 'phone', 'We registreren het serienummer van je telefoon voor de garantie.'],
    ['fr', 'phone', 'Nous enregistrons le numéro de série de votre téléphone pour la garantie.'],
    ['es', 'phone', 'Registramos el número de serie de tu teléfono para la garantía.'],
    ['it', 'phone', 'Registriamo il numero di serie del tuo telefono per la garanzia.'],
    ['pl', 'phone', 'Zapisujemy numer seryjny Twojego telefonu na potrzeby gwarancji.'],
    ['pt', 'phone', 'Registamos o número de série do seu telemóvel para a garantia.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
