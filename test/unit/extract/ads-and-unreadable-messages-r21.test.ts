/**
 * Session 21 (fixr21c, after review21a): 'your ads' that are the ads shown to the reader, ads a site or a network
 * publishes, a job advert's text and messages between users the company cannot read are neither user content nor
 * communications; reviews the reader writes and messages kept on the servers still are. Eleven languages; read sure of
 * collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('reviews and stored messages are read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'communications', 'Messages between members are stored on our servers for 90 days.'],
    ['it', 'communications', 'Conserviamo i messaggi che invii agli altri utenti.'],
    ['es', 'communications', 'Guardamos los mensajes entre compradores y vendedores.'],
    ['sv', 'user-content', 'Vi sparar dina recensioner och omdömen.'],
    ['nl', 'user-content', "We bewaren je reviews en foto's."],
    ['fr', 'user-content', 'Nous gardons les avis que vous laissez.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('ads shown, third-party senders and unreadable messages are not read', () => {
  test.each<[Lang, DataType, string]>([
    ['nl', 'user-content', 'Met cookies maken we je advertenties relevanter.'],
    ['nb', 'user-content', 'Vi bruker data for å gjøre annonsene dine mer relevante.'],
    ['sv', 'user-content', 'Vi visar dina annonser utifrån dina intressen.'],
    ['da', 'user-content', 'Vi tilpasser dine annoncer efter dine interesser.'],
    ['fr', 'user-content', "Nous adaptons vos annonces à vos centres d'intérêt."],
    ['es', 'user-content', 'Adaptamos tus anuncios a tus intereses.'],
    ['it', 'user-content', 'Adattiamo i tuoi annunci ai tuoi interessi.'],
    ['pt', 'user-content', 'Adaptamos os seus anúncios aos seus interesses.'],
    ['es', 'user-content', 'Los anuncios que publica Google en nuestra web usan cookies.'],
    ['it', 'user-content', 'Gli annunci che pubblica il nostro sito sono gestiti da Google.'],
    ['pl', 'user-content', 'Przetwarzamy dane zgodnie z treścią ogłoszenia o naborze.'],
    ['en', 'communications', 'Messages between members are end-to-end encrypted.'],
    [
      'de',
      'communications',
      'Nachrichten zwischen Mitgliedern sind Ende-zu-Ende-verschlüsselt; wir haben keinen Zugriff darauf.',
    ],
    ['nl', 'communications', 'Berichten tussen leden zijn end-to-end versleuteld en voor ons niet leesbaar.'],
    [
      'nb',
      'communications',
      'Meldinger mellom medlemmer er ende-til-ende-krypterte, og vi har ingen tilgang til dem.',
    ],
    ['sv', 'communications', 'Meddelanden mellan medlemmar är krypterade och vi kan aldrig läsa dem.'],
    ['da', 'communications', 'Beskeder mellem medlemmer er krypterede, og vi kan ikke læse dem.'],
    ['es', 'communications', 'Los mensajes entre miembros están cifrados y no tenemos acceso a ellos.'],
    ['it', 'communications', 'I messaggi tra membri sono cifrati e non possiamo leggerli.'],
    ['pl', 'communications', 'Wiadomości między członkami są szyfrowane i nie możemy ich przeczytać.'],
    ['pt', 'communications', 'As mensagens entre membros são cifradas e não temos acesso a elas.'],
    ['it', 'communications', 'I messaggi che il corriere invia riguardano la consegna.'],
    ['de', 'communications', 'Nachrichten, die du per Brief schickst, beantworten wir schriftlich.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
