/**
 * The operator's deletion in the future first person: "Excluiremos sua conta após dois anos sem login",
 * "We will delete your account after a period of inactivity", "Wir werden Ihr Konto ... löschen", "nous
 * supprimerons", "eliminaremos", "elimineremo", "usuniemy". With a period it is specific; saying when with
 * no period, a rule of deletion (criteria), as its present and passive twins are; negated, a never-delete.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a future deletion with its period: specific', () => {
  test.each<[Lang, string]>([
    ['pt', 'Excluiremos sua conta após dois anos sem login.'],
    ['pt', 'Se você não fizer login por dois anos, excluiremos sua conta.'],
    ['en', 'We will delete your account after two years of inactivity.'],
    ['es', 'Eliminaremos su cuenta después de dos años sin iniciar sesión.'],
    ['pl', 'Usuniemy Twoje konto po dwóch latach nieaktywności.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang)).toMatchObject({ kind: 'specific', periods: ['P2Y'] });
  });
});

describe('a future deletion saying when, with no period: a criterion', () => {
  test.each<[Lang, string]>([
    ['en', 'We will delete your account after a period of inactivity.'],
    ['de', 'Wir werden Ihr Konto nach einer längeren Inaktivität löschen.'],
    ['nl', 'We zullen je account na een periode van inactiviteit verwijderen.'],
    ['nb', 'Vi vil slette kontoen din etter en periode uten innlogging.'],
    ['sv', 'Vi kommer att radera ditt konto efter en period av inaktivitet.'],
    ['da', 'Vi vil slette din konto efter en periode uden login.'],
    ['fr', "Nous supprimerons votre compte après une période d'inactivité."],
    ['es', 'Eliminaremos su cuenta tras un periodo de inactividad.'],
    ['it', 'Elimineremo il tuo account dopo un periodo di inattività.'],
    ['pl', 'Usuniemy Twoje konto po okresie nieaktywności.'],
    ['pt', 'Excluiremos sua conta após um período de inatividade.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('criteria');
  });
});

describe('no rule from a future deletion that says no when', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We will delete offensive comments.', 'none'],
    ['en', 'We will delete your data when you ask us to.', 'none'],
    ['pt', 'Não excluiremos seus dados.', 'indefinite'],
    ['fr', 'Nous ne supprimerons pas vos données.', 'indefinite'],
  ])('%s: %s', (lang, text, kind) => {
    expect(retentionOf(text, lang).kind).toBe(kind);
  });
});
