/**
 * Our e-mails opened, read, forwarded or clicked ("Information about your interactions with our email
 * messages, such as the links you click on and whether you open or forward a message") are the use made of
 * our mail: `usage-data`, not an e-mail address. "E-mail" naming the kind of message ("email messages",
 * "messages e-mail", "mensajes de correo electrónico") is the message, not the address: it no longer reads
 * `email` by supporting the weak "messages" beside it. An address collected still reads, and so does mail
 * we send the person (the sending rule, which holds their address).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('interactions with our e-mails are usage data, not an address', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Information about your interactions with our email messages, such as the links you click on and whether you open or forward a message.',
    ],
    ['en', 'We use this to understand whether our users read email messages and click on links.'],
    ['de', 'Wir erfassen, ob Sie unsere E-Mails öffnen.'],
    ['nl', 'Wij registreren of u onze e-mails opent.'],
    ['nb', 'Vi registrerer om du åpner e-postene våre.'],
    ['sv', 'Vi registrerar om du öppnar våra e-postmeddelanden.'],
    ['da', 'Vi registrerer, om du åbner vores e-mails.'],
    ['fr', 'Nous collectons des informations sur vos interactions avec nos e-mails.'],
    ['es', 'Recopilamos información sobre si abres nuestros correos electrónicos.'],
    ['it', 'Raccogliamo informazioni su se apri le nostre e-mail.'],
    ['pl', 'Zbieramy informacje o tym, czy otwierasz nasze e-maile.'],
    ['pt', 'Coletamos informações sobre se você abre nossos e-mails.'],
  ])('%s: usage-data, no e-mail address in "%s"', (lang, text) => {
    const found = typesSilent(text, lang);
    expect(found).toContain('usage-data');
    expect(found).not.toContain('email');
  });

  test.each<[Lang, string]>([
    ['en', 'We collect information from email messages and your device.'],
    ['fr', 'Nous collectons des informations issues des messages e-mail et de votre appareil.'],
    ['es', 'Recopilamos información de mensajes de correo electrónico y de su dispositivo.'],
    ['it', 'Raccogliamo informazioni dai messaggi di posta elettronica e dal tuo dispositivo.'],
    ['pl', 'Zbieramy informacje z wiadomości e-mail i z urządzenia.'],
    ['pt', 'Coletamos informações de mensagens de e-mail e do seu dispositivo.'],
  ])('%s: an e-mail message is no address in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('email');
  });

  test.each<[Lang, string]>([
    ['en', 'We collect your name and email address.'],
    ['en', 'We send you emails about our products.'],
    ['de', 'Wir erfassen Ihre E-Mail-Adresse.'],
    ['fr', 'Nous collectons votre adresse e-mail.'],
    ['es', 'Recopilamos su dirección de correo electrónico.'],
  ])('%s: the address still reads in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('email');
  });
});

describe('e-mail messages we send the reader hold their address (session 18, fixr18a)', () => {
  // "Le enviaremos mensajes de correo electrónico": mail we send reaches the reader's address, as the English
  // "send you e-mail messages" already read; "receiving e-mail messages from us" too.
  test.each<[Lang, string]>([
    ['fr', 'Nous vous envoyons des messages e-mail concernant votre commande.'],
    ['es', 'Le enviaremos mensajes de correo electrónico sobre su pedido.'],
    ['it', 'Ti invieremo messaggi di posta elettronica sul tuo ordine.'],
    ['pt', 'Enviaremos mensagens de e-mail sobre a sua encomenda.'],
    ['en', 'You may receive e-mail messages from us about new products.'],
    ['en', 'You may opt out of receiving commercial email messages from us.'],
  ])('%s: %s', (lang, text) => expect(typesSilent(text, lang)).toContain('email'));

  // The messages named, no mail sent to the reader: still no address.
  test.each<[Lang, string]>([
    ['es', 'Los mensajes de correo electrónico se cifran durante la transmisión.'],
    ['en', 'E-mail messages are encrypted in transit.'],
  ])('%s: %s', (lang, text) => expect(typesSilent(text, lang)).not.toContain('email'));
});

describe("the reader's own e-mail messages to us are communications (session 18, fixr18a)", () => {
  test.each<[Lang, string]>([
    ['en', 'We store your e-mail messages to our customer service for 30 days.'],
    ['en', 'Your email messages to our support team are stored for 30 days.'],
    ['es', 'Conservamos los mensajes de correo electrónico que nos envía.'],
    ['fr', 'Nous conservons les messages e-mail que vous nous envoyez.'],
    ['it', 'Conserviamo i messaggi di posta elettronica che ci invii.'],
    ['pt', 'Conservamos as mensagens de e-mail que nos envia.'],
    ['pl', 'Przechowujemy wiadomości e-mail, które do nas wysyłasz.'],
  ])('%s: %s', (lang, text) => expect(typesSilent(text, lang)).toEqual(['communications']));
});
