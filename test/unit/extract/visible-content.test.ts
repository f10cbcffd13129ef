/**
 * Content shown to other users ("Your profile picture and the comments you post are visible to other members",
 * "Ihr Profilbild und Ihre Kommentare sind für andere Mitglieder sichtbar", "Votre photo de profil et vos
 * commentaires sont visibles par les autres membres"): data made visible to others is data processed, so
 * "visible to" states what the sentence names as a passing on does (cues/passing-on.json `passOn`), in every
 * language; the singular "foto de perfil", Italian "foto profilo" and Polish "publikowane komentarze" are user
 * content. A visibility said of no data ("The link is visible at the bottom of the page") names none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('content visible to other users is user content', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile picture and the comments you post are visible to other members.'],
    ['de', 'Ihr Profilbild und Ihre Kommentare sind für andere Mitglieder sichtbar.'],
    ['nl', 'Uw profielfoto en de reacties die u plaatst zijn zichtbaar voor andere leden.'],
    ['nb', 'Profilbildet ditt og kommentarene du legger ut, er synlige for andre medlemmer.'],
    ['sv', 'Din profilbild och dina kommentarer är synliga för andra medlemmar.'],
    ['da', 'Dit profilbillede og dine kommentarer er synlige for andre medlemmer.'],
    ['fr', 'Votre photo de profil et vos commentaires sont visibles par les autres membres.'],
    ['es', 'Tu foto de perfil y los comentarios que publiques serán visibles para los demás socios.'],
    ['it', 'La tua foto profilo e i commenti che pubblichi sono visibili agli altri soci.'],
    ['pl', 'Twoje zdjęcie profilowe i publikowane komentarze są widoczne dla innych członków.'],
    ['pt', 'Sua foto de perfil e os comentários que você publica ficam visíveis para os demais membros.'],
  ])('%s: user-content in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['user-content']);
  });

  test.each<[Lang, string]>([
    ['en', 'The link is visible at the bottom of the page.'],
    ['de', 'Der Link ist am Ende der Seite sichtbar.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });
});
