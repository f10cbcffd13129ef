/**
 * Other users said by who sees the data (probe14): visible to the friends or followers the reader has ("für
 * Freunde sichtbar", "visible to friends", "synlig for venner", "visibles par vos amis", "widoczne dla
 * znajomych", eleven languages), and the seeing verb before its subject where the word order allows it
 * ("widzą inni użytkownicy", "sehen andere Nutzer", "ser andre brukere", "la pueden ver otros usuarios").
 * Polish "inni użytkownicy" was no kind at all: the stem "użytkownik" does not spell the plural
 * "użytkownicy" (nor "uczestnik" "uczestnicy"). A negated visibility and an invitation to friends stay none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('data other users or friends see', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Ihre Trainingsaktivitäten und Bestzeiten sind für Freunde sichtbar, denen Sie in der App folgen.',
    ],
    ['pl', 'Twoje zdjęcia i opis profilu widzą inni użytkownicy aplikacji.'],
    ['en', 'Your workouts and best times are visible to friends you follow in the app.'],
    ['nl', 'Je trainingen en beste tijden zijn zichtbaar voor vrienden die je in de app volgt.'],
    ['nb', 'Treningene og bestetidene dine er synlige for venner du følger i appen.'],
    ['sv', 'Dina träningspass och bästa tider är synliga för vänner du följer i appen.'],
    ['da', 'Dine træninger og bedste tider er synlige for venner, du følger i appen.'],
    ['fr', "Vos entraînements et meilleurs temps sont visibles par vos amis dans l'application."],
    ['es', 'Tus entrenamientos y mejores tiempos son visibles para tus amigos en la app.'],
    ['it', "I tuoi allenamenti e i tuoi tempi migliori sono visibili ai tuoi amici nell'app."],
    ['pl', 'Twoje treningi i najlepsze czasy są widoczne dla znajomych w aplikacji.'],
    ['pt', 'Os seus treinos e melhores tempos são visíveis para os seus amigos na aplicação.'],
    ['de', 'Ihr Profilfoto sehen andere Nutzer der App.'],
    ['nl', 'Je profielfoto kunnen andere gebruikers van de app zien.'],
    ['nb', 'Profilbildet ditt ser andre brukere av appen.'],
    ['sv', 'Din profilbild ser andra användare av appen.'],
    ['da', 'Dit profilbillede ser andre brugere af appen.'],
    ['es', 'Tu foto de perfil la pueden ver otros usuarios de la app.'],
    ['it', "La tua foto profilo la vedono gli altri utenti dell'app."],
    ['pt', 'A sua foto de perfil podem ver os outros utilizadores da aplicação.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['other-users']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['de', 'Ihre Trainingsaktivitäten sind nicht für Freunde sichtbar.'],
    ['en', 'Invite your friends to join the app.'],
    ['pl', 'Twoje zdjęcia nie są widoczne dla znajomych.'],
    ['es', 'Tu perfil no es visible para tus amigos.'],
    ['de', 'Ihr Profilfoto können andere Nutzer nicht sehen.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
