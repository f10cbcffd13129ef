/**
 * Shown to the other members with the article ("visíveis para os outros membros", "visibles para los otros
 * miembros", "für die anderen Mitglieder der Community sichtbar", "synlig for de andre medlemmene", "synliga
 * för de andra medlemmarna") is published to other users, as "visible to other members" is: the article is
 * allowed where the languages put one, and nb sv read the definite plural ("medlemmene", "medlemmarna").
 * Visible to staff is no publication.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('visible to the other members is other-users, in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'Your name and photo are visible to the other members of the community.'],
    ['de', 'Ihr Name und Ihr Foto sind für die anderen Mitglieder der Community sichtbar.'],
    ['nl', 'Je naam en foto zijn zichtbaar voor de andere leden van de community.'],
    ['nb', 'Navnet og bildet ditt er synlig for de andre medlemmene i fellesskapet.'],
    ['sv', 'Ditt namn och din bild är synliga för de andra medlemmarna i gemenskapen.'],
    ['da', 'Dit navn og billede er synlige for de andre medlemmer af fællesskabet.'],
    ['fr', 'Votre nom et votre photo sont visibles par les autres membres de la communauté.'],
    ['es', 'Su nombre y su fotografía son visibles para los otros miembros de la comunidad.'],
    ['it', 'Il tuo nome e la tua foto sono visibili agli altri membri della community.'],
    ['pl', 'Twoje imię i zdjęcie są widoczne dla innych członków społeczności.'],
    ['pt', 'O seu nome e a sua fotografia ficam visíveis para os outros membros da comunidade.'],
    ['pt', 'O seu perfil fica visível aos outros utilizadores.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['pt', 'Os dados ficam visíveis para os nossos técnicos de suporte.'],
    ['es', 'Sus datos solo son visibles para nuestro personal de soporte.'],
    ['de', 'Ihre Daten sind nur für unsere Mitarbeiter sichtbar.'],
    ['pt', 'O seu nome não fica visível para os outros membros.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});
