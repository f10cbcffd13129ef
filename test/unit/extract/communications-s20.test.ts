/**
 * Session 20 (fixs20a): the reader's correspondence with the company (conversations with customer service,
 * recorded calls, chats, e-mails sent to support, enquiries) reads communications in all eleven languages, and
 * "e-mails" beside such messages are messages, no e-mail address. Mail the company sends, unsubscribing, a
 * channel to contact us, call prices and denied recordings read no communications.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('correspondence with the company reads communications', () => {
  test.each<[Lang, string, boolean]>([
    ['en', 'Conversations with our support staff may be recorded for training and quality purposes.', false],
    ['en', 'We keep your chats and e-mails with our customer service team for two years.', false],
    ['en', 'We store your e-mail address and the e-mails you send to our help desk.', true],
    ['de', 'Gespräche mit unserem Kundenservice können zu Schulungszwecken aufgezeichnet werden.', false],
    [
      'de',
      'Wir speichern Ihre E-Mails und Chatnachrichten an unseren Kundendienst, um Ihr Anliegen zu bearbeiten.',
      false,
    ],
    ['nl', 'Gesprekken met onze klantendienst kunnen worden opgenomen om onze service te verbeteren.', false],
    ['nl', 'Wij bewaren je e-mails en chatberichten aan onze klantenservice in ons klantsysteem.', false],
    ['nb', 'Henvendelser til kundesenteret vårt lagres i saksbehandlingssystemet.', false],
    ['nb', 'Samtaler med kundeservice kan bli tatt opp for opplæringsformål.', false],
    ['nb', 'Vi lagrer e-poster og chatmeldinger du sender til kundeservice.', false],
    ['sv', 'Samtal med vår kundtjänst kan komma att spelas in.', false],
    ['sv', 'Vi sparar dina ärenden och mejl till kundtjänst i vårt ärendesystem.', false],
    ['da', 'Samtaler med vores kundeservice kan blive optaget.', false],
    ['da', 'Vi gemmer dine henvendelser og e-mails til kundeservice i vores system.', false],
    ['fr', 'Vos échanges avec notre service client sont conservés pendant trois ans.', false],
    ['fr', 'Les appels vers notre service client peuvent être enregistrés.', false],
    ['fr', 'Nous conservons les courriels et les messages que vous adressez à notre support.', false],
    ['es', 'Las conversaciones con nuestro servicio de atención al cliente pueden ser grabadas.', false],
    ['es', 'Guardamos los correos y mensajes de chat que envías a nuestro equipo de soporte.', false],
    ['it', 'Le conversazioni con il nostro servizio clienti possono essere registrate.', false],
    ['it', 'Conserviamo le e-mail e i messaggi in chat che invii al nostro servizio clienti.', false],
    ['pl', 'Rozmowy z naszym biurem obsługi klienta mogą być nagrywane.', false],
    ['pl', 'Przechowujemy e-maile i rozmowy na czacie z naszym działem obsługi klienta.', false],
    ['pt', 'As chamadas para o nosso apoio ao cliente podem ser gravadas.', false],
    ['pt', 'Guardamos as conversas que mantém com o nosso serviço de apoio ao cliente.', false],
  ])('%s: %s', (lang, text, address) => {
    const [, sure] = typesBoth(text, lang);
    expect(sure).toContain('communications');
    if (address) expect(sure).toContain('email');
    else expect(sure).not.toContain('email');
  });
});

describe('mail sent to the reader, unsubscribing, channels, prices and denials read no communications', () => {
  test.each<[Lang, string]>([
    ['en', 'We will send you e-mails about your order and delivery.'],
    ['en', 'You can unsubscribe from our e-mails at any time using the link in each message.'],
    ['de', 'Wir senden Ihnen E-Mails zu Ihrer Bestellung.'],
    ['de', 'Sie können sich jederzeit von unseren E-Mails abmelden.'],
    ['nl', 'Wij sturen je e-mails over je bestelling.'],
    ['nl', 'Je kunt je op elk moment afmelden voor onze e-mails.'],
    ['nb', 'Vi sender deg e-post om bestillingen din.'],
    ['nb', 'Ta kontakt med oss på e-post eller telefon hvis du har spørsmål.'],
    ['sv', 'Vi skickar e-post till dig om din beställning.'],
    ['sv', 'Kontakta oss via e-post om du har frågor.'],
    ['da', 'Vi sender dig e-mails om din ordre.'],
    ['da', 'Du kan altid framelde dig vores e-mails.'],
    ['fr', 'Nous vous envoyons des courriels concernant votre commande.'],
    ['fr', 'Vous pouvez vous désabonner de nos courriels à tout moment.'],
    ['es', 'Te enviaremos correos sobre tu pedido.'],
    ['es', 'Puedes darte de baja de nuestros correos en cualquier momento.'],
    ['it', 'Ti invieremo e-mail sul tuo ordine.'],
    ['it', "Puoi annullare l'iscrizione alle nostre e-mail in qualsiasi momento."],
    ['pl', 'Wysyłamy Ci e-maile dotyczące zamówienia.'],
    ['pl', 'Możesz w każdej chwili zrezygnować z naszych e-maili.'],
    ['pt', 'Enviamos-lhe e-mails sobre a sua encomenda.'],
    ['pt', 'Pode cancelar a subscrição dos nossos e-mails a qualquer momento.'],
    ['en', 'Calls to our customer service cost 10 pence per minute.'],
    ['en', 'Calls with our support team are never recorded.'],
    ['en', 'You can chat with our customer service team on weekdays.'],
    ['de', 'Gespräche mit unserem Kundenservice werden nicht aufgezeichnet.'],
    ['de', 'Anrufe bei unserem Kundenservice kosten 14 Cent pro Minute.'],
    ['nl', 'Gesprekken met onze klantenservice worden niet opgenomen.'],
    ['nl', 'Bel of chat met onze klantenservice op werkdagen.'],
    ['nb', 'Samtaler med kundeservice blir ikke tatt opp.'],
    ['nb', 'Du kan chatte med kundeservice på hverdager.'],
    ['sv', 'Samtal med vår kundtjänst spelas inte in.'],
    ['sv', 'Samtal till kundtjänst kostar 2 kronor per minut.'],
    ['da', 'Samtaler med vores kundeservice bliver ikke optaget.'],
    ['da', 'Du kan chatte med vores kundeservice på hverdage.'],
    ['fr', 'Les appels vers notre service client ne sont pas enregistrés.'],
    ['fr', 'Les appels vers notre service client sont facturés 0,15 euro par minute.'],
    ['es', 'Las llamadas a nuestro servicio de atención al cliente no se graban.'],
    ['es', 'Las llamadas a nuestro servicio de atención al cliente son gratuitas.'],
    ['it', 'Le chiamate al nostro servizio clienti non vengono registrate.'],
    ['it', 'Le chiamate al nostro servizio clienti sono gratuite.'],
    ['pl', 'Rozmowy z naszym biurem obsługi klienta nie są nagrywane.'],
    ['pl', 'Połączenia z naszym biurem obsługi klienta są bezpłatne.'],
    ['pt', 'As chamadas para o nosso apoio ao cliente não são gravadas.'],
    ['pt', 'As chamadas para o nosso apoio ao cliente são gratuitas.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain('communications');
    expect(sure).not.toContain('communications');
  });
});
