/**
 * What is "published on this page" is the policy (or its changes) on its own page, not anyone's data made
 * public: "alterações ... entrarão em vigor imediatamente após serem publicadas neste página" named other
 * users. Masks in recipients.json, in the languages whose publishing terms matched; content published on
 * "our website" ("Tu reseña será publicada en nuestra web") still names other users.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: 'Sharing' }], lang).sharing.recipients;

describe('published on this page: the policy, no recipient', () => {
  test.each<[Lang, string]>([
    [
      'pt',
      'Esta Política de Privacidade permanece em vigor, exceto nos casos em que houver alterações em seus termos no futuro, que entrarão em vigor imediatamente após serem publicadas neste página.',
    ],
    [
      'es',
      'Los cambios en los términos de uso entrarán en vigor inmediatamente después de ser publicados en esta página.',
    ],
    [
      'it',
      'Le variazioni dei termini entreranno in vigore immediatamente dopo essere state pubblicate su questa pagina.',
    ],
    [
      'de',
      'Anpassungen der Bedingungen gelten ab dem Zeitpunkt, an dem sie auf dieser Seite veröffentlicht werden.',
    ],
    ['nl', 'Aanpassingen van de voorwaarden gaan in zodra ze op deze pagina worden gepubliceerd.'],
    ['nb', 'Justeringer av vilkårene gjelder fra de er publisert på denne siden.'],
    ['sv', 'Justeringar av villkoren gäller från det att de publiceras på denna sida.'],
    ['da', 'Justeringer af vilkårene gælder fra de er publiceret på denne side.'],
    ['pl', 'Korekty warunków obowiązują od momentu opublikowania ich na tej stronie.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['es', 'Tu reseña será publicada en nuestra web.'],
    ['pt', 'Seu comentário será publicado no nosso site.'],
    ['de', 'Ihre Bewertung wird auf unserer Website veröffentlicht.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});
