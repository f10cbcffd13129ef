/**
 * Session 21 (fixr21c, after review21a): a game box's playing time, a coach's record of players, lottery results, a
 * course's levels, loyalty levels and articles saved to a reading list are no usage data; the reader's own playing time
 * still is. Eleven languages; read sure of collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe("the reader's playing time is read", () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'usage-data', 'We record your playing time and your high scores.'],
    ['de', 'usage-data', 'Wir speichern deine Spieldauer und deine Highscores.'],
    ['nl', 'usage-data', 'We bewaren je speeltijd.'],
    ['nb', 'usage-data', 'Vi lagrer spilletiden din.'],
    ['sv', 'usage-data', 'Vi sparar din speltid.'],
    ['da', 'usage-data', 'Vi gemmer din spilletid.'],
    ['fr', 'usage-data', 'Nous enregistrons votre temps de jeu.'],
    ['es', 'usage-data', 'Registramos tu tiempo de juego.'],
    ['it', 'usage-data', 'Registriamo il tuo tempo di gioco.'],
    ['pl', 'usage-data', 'Zapisujemy Twój czas gry.'],
    ['pt', 'usage-data', 'Registamos o seu tempo de jogo.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('playing time of a box, a team or a course is not read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'usage-data', 'Playing time: about 20 minutes, for 2 players.'],
    ['de', 'usage-data', 'Spieldauer: etwa 20 Minuten, für zwei Spieler.'],
    ['nl', 'usage-data', 'Speeltijd ongeveer 20 minuten, voor twee spelers.'],
    ['nb', 'usage-data', 'Spilletid: ca. 20 minutter, for to spillere.'],
    ['sv', 'usage-data', 'Speltid cirka 20 minuter för två spelare.'],
    ['da', 'usage-data', 'Spilletid omkring 20 minutter for to spillere.'],
    ['fr', 'usage-data', 'Temps de jeu environ 20 minutes, pour deux joueurs.'],
    ['es', 'usage-data', 'Tiempo de juego aproximado: 20 minutos, para dos jugadores.'],
    ['it', 'usage-data', 'Tempo di gioco circa 20 minuti, per due giocatori.'],
    ['pl', 'usage-data', 'Czas gry około 20 minut, dla dwóch graczy.'],
    ['pt', 'usage-data', 'Tempo de jogo de cerca de 20 minutos, para dois jogadores.'],
    ['en', 'usage-data', 'Our trainers note the playing time of every child at matches.'],
    ['en', 'usage-data', 'Add the stories you read to your favourites.'],
    ['en', 'usage-data', 'Loyalty levels you reach give you discounts.'],
    ['pl', 'usage-data', 'Zapisujemy ukończone poziomy szkolenia BHP.'],
    ['pl', 'usage-data', 'Publikujemy wyniki gry po każdym losowaniu.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
