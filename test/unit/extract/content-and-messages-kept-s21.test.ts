/**
 * Session 21 (fixq21a): content and messages kept, said passively or with other nouns: forum posts, uploaded
 * assignments and drawings the reader or the child makes (user-content), messages to tutors, teachers or customer
 * service and chats with the courier or driver (communications), in all eleven languages; en "are kept" and de
 * "aufbewahrt" / "bewahren ... auf" are collection verbs. Messages the company sends, homework deadlines and denials
 * are not read. Files the reader uploads that are end-to-end encrypted are still read: the operator stores them.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('content and messages kept are read', () => {
  test.each<[Lang, DataType[], string]>([
    [
      'en',
      ['user-content', 'communications'],
      'We store the essays you upload and the messages you exchange with our support team.',
    ],
    ['en', ['communications'], 'Chat conversations with the courier are kept for 30 days.'],
    [
      'en',
      ['user-content'],
      'Your forum posts and the drawings your child makes in the app are saved on our servers.',
    ],
    ['en', ['user-content'], 'Files you upload are end-to-end encrypted and we cannot read them.'],
    [
      'de',
      ['user-content', 'communications'],
      'Von Ihnen verfasste Beiträge und Nachrichten an Ihre Lehrkräfte werden gespeichert.',
    ],
    ['de', ['user-content'], 'Forenbeiträge und hochgeladene Arbeiten bewahren wir bis zum Kursende auf.'],
    ['de', ['communications'], 'Wir speichern die Chats mit dem Fahrer für 30 Tage.'],
    [
      'nl',
      ['user-content', 'communications'],
      'We bewaren de opdrachten die je inlevert en je berichten aan je docent.',
    ],
    ['nl', ['communications'], 'Chatgesprekken met de bezorger worden 30 dagen bewaard.'],
    ['nl', ['user-content'], 'Forumberichten worden op onze servers opgeslagen.'],
    [
      'nb',
      ['user-content', 'communications'],
      'Filene du laster opp og meldingene du sender til læreren, lagres hos oss.',
    ],
    ['nb', ['user-content'], 'Foruminnlegg og tegningene barnet selv lager lagres i appen.'],
    ['nb', ['communications'], 'Vi lagrer samtalene med sjåføren i 30 dager.'],
    [
      'sv',
      ['user-content', 'communications'],
      'Diskussionsinlägg och meddelanden till läraren sparas i plattformen.',
    ],
    ['sv', ['user-content'], 'Vi sparar filerna du laddar upp och teckningarna barnet själv gör.'],
    ['sv', ['communications'], 'Chattmeddelanden med budet sparas i 30 dagar.'],
    ['da', ['user-content', 'communications'], 'Forumindlæg og beskeder til læreren gemmes på platformen.'],
    ['da', ['user-content'], 'Vi gemmer de tegninger, barnet selv tegner, og de opgaver, du uploader.'],
    ['da', ['communications'], 'Vi gemmer samtaler med chaufføren i 30 dage.'],
    [
      'fr',
      ['communications'],
      'Nous conservons vos échanges avec les vendeurs et vos messages à votre professeur.',
    ],
    ['fr', ['user-content'], 'Les devoirs que vous déposez et vos messages sur le forum sont conservés.'],
    ['es', ['communications'], 'Guardamos las conversaciones con el repartidor durante 30 días.'],
    ['es', ['user-content'], 'Conservamos las tareas que entregas y tus mensajes en el foro.'],
    ['it', ['communications'], 'Conserviamo le conversazioni in chat con il rider per 30 giorni.'],
    ['it', ['user-content'], 'Conserviamo i compiti che carichi e i tuoi messaggi nel forum.'],
    ['pl', ['communications'], 'Przechowujemy rozmowy na czacie z kurierem przez 30 dni.'],
    ['pl', ['user-content'], 'Przechowujemy prace domowe, które przesyłasz, oraz Twoje wpisy na forum.'],
    ['pt', ['communications'], 'Guardamos as conversas do chat com o estafeta durante 30 dias.'],
    ['pt', ['user-content'], 'Guardamos os trabalhos que entrega e os anúncios que cria.'],
    ['de', ['communications'], 'Chats mit dem Fahrer werden 30 Tage aufbewahrt.'],
    [
      'de',
      ['communications'],
      'Kundendaten, z. B. von Ihnen verfasstes Feedback und Fragen, die Sie uns senden, speichern wir.',
    ],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent, sure] = typesBoth(text, lang);
    for (const type of types) {
      expect(silent).toContain(type);
      expect(sure).toContain(type);
    }
  });
});

describe('messages the company sends, deadlines and denials are not read', () => {
  test.each<[Lang, DataType[], string]>([
    ['en', ['communications'], 'We send messages to our customers about their orders.'],
    ['en', ['user-content'], 'Homework must be handed in by Friday.'],
    ['en', ['communications'], 'We do not store the messages you exchange with the courier.'],
    ['de', ['communications'], 'Wir senden unseren Kunden Nachrichten zu ihren Bestellungen.'],
    ['de', ['user-content'], 'Hausarbeiten sind bis Freitag abzugeben.'],
    ['de', ['communications'], 'Nachrichten an Ihre Lehrkräfte speichern wir nicht.'],
    ['nl', ['communications'], 'Wij sturen onze klanten berichten over hun bestelling.'],
    ['nl', ['communications'], 'Wij bewaren geen berichten aan je docent.'],
    ['nb', ['communications'], 'Vi sender kundene våre meldinger om bestillingen.'],
    ['nb', ['communications'], 'Vi lagrer ikke meldingene du sender til læreren.'],
    ['sv', ['user-content'], 'Inlämningsuppgifter ska lämnas in senast på fredag.'],
    ['sv', ['communications'], 'Vi sparar inte meddelanden till läraren.'],
    ['da', ['communications'], 'Vi sender vores kunder beskeder om deres ordre.'],
    ['da', ['communications'], 'Vi gemmer ikke beskeder til læreren.'],
    ['fr', ['communications'], 'Nous envoyons des messages à nos clients au sujet de leurs commandes.'],
    ['fr', ['communications'], 'Nous ne conservons pas vos échanges avec les livreurs.'],
    ['fr', ['user-content'], 'Les devoirs doivent être rendus avant vendredi.'],
    ['es', ['communications'], 'Enviamos mensajes a nuestros clientes sobre sus pedidos.'],
    ['es', ['communications'], 'No guardamos las conversaciones con el repartidor.'],
    ['it', ['communications'], 'Inviamo messaggi ai nostri clienti sui loro ordini.'],
    ['it', ['communications'], 'Non conserviamo le conversazioni con il rider.'],
    ['pl', ['communications'], 'Wysyłamy naszym klientom wiadomości o ich zamówieniach.'],
    ['pl', ['communications'], 'Nie przechowujemy rozmów z kurierem.'],
    ['pt', ['communications'], 'Enviamos mensagens aos nossos clientes sobre as suas encomendas.'],
    ['pt', ['communications'], 'Não guardamos as conversas com o estafeta.'],
    ['en', [], 'Your password is kept secret and is never shown to our staff.'],
    ['en', ['communications'], 'Messages are not kept after you close the chat.'],
    ['de', ['communications'], 'Nachrichten an den Fahrer bewahren wir nicht auf.'],
    ['de', ['user-content'], 'Wir analysieren die von Ihnen hochgeladenen Daten nicht.'],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent] = typesBoth(text, lang);
    if (types.length === 0) expect(silent).toEqual([]);
    for (const type of types) expect(silent).not.toContain(type);
  });
});
