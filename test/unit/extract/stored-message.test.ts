/**
 * The message the person wrote, kept to answer it ("Se ci scrivi via e-mail, conserviamo il messaggio per
 * risponderti", "guardamos a mensagem para responder", "przechowujemy wiadomość", "Henvendelser du sender oss på
 * e-post, lagres"): a verb of keeping with the message under a definite article or demonstrative ("the message",
 * "il messaggio", "meldingen", "meddelandet", "beskeden") is `communications` in every language, as "your message"
 * was; nb and da "henvendelser du sender" are the messages sent, as "meldinger du sender" were. Writing to us by
 * e-mail is an address processed where the sentence says what is done with it: Polish "napiszesz do nas e-mail",
 * "wyślesz nam e-mail", English "if you email us", Dutch "als je ons mailt" (`data-types/writing.json`). Not
 * changed: a denied keeping ("Non conserviamo il messaggio"), an invitation to write ("Możesz napisać do nas
 * e-mail w każdej sprawie").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('the message written by e-mail, kept to answer it', () => {
  test.each<[Lang, string]>([
    ['en', 'If you email us, we store the message in order to reply.'],
    ['de', 'Wenn Sie uns eine E-Mail schreiben, speichern wir die Nachricht, um Ihnen zu antworten.'],
    ['nl', 'Als je ons mailt, bewaren we het bericht om te antwoorden.'],
    ['nb', 'Hvis du sender oss en e-post, lagrer vi meldingen for å kunne svare.'],
    ['sv', 'Om du skickar ett mejl till oss sparar vi meddelandet för att kunna svara.'],
    ['da', 'Hvis du sender os en e-mail, gemmer vi beskeden for at kunne svare.'],
    ['fr', 'Si vous nous envoyez un e-mail, nous conservons le message pour vous répondre.'],
    ['es', 'Si nos envías un correo electrónico, guardamos el mensaje para responderte.'],
    ['it', 'Se ci scrivi via e-mail, conserviamo il messaggio per risponderti.'],
    ['it', "Se ci invii un'e-mail, conserviamo il messaggio per risponderti."],
    ['pl', 'Jeśli napiszesz do nas e-mail, przechowujemy wiadomość, aby udzielić odpowiedzi.'],
    ['pl', 'Jeśli wyślesz nam e-mail, przechowujemy wiadomość, aby odpowiedzieć.'],
    ['pt', 'Se você nos enviar um e-mail, guardamos a mensagem para responder.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toEqual(expect.arrayContaining(['email', 'communications']));
  });
});

test('nb: the inquiries sent are messages (the address by mail is the channel: read in a passage about collection)', () => {
  expect(typesOf('Henvendelser du sender oss på e-post, lagres for å kunne besvare dem.', 'nb')).toContain(
    'communications',
  );
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['it', 'Non conserviamo il messaggio dopo la risposta.'],
    ['it', 'Puoi scriverci via e-mail per qualsiasi domanda.'],
    ['pl', 'Możesz napisać do nas e-mail w każdej sprawie.'],
    ['pt', 'Você pode nos enviar um e-mail a qualquer momento.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesOf(text, lang)).toEqual([]);
  });
});
