/**
 * An overwrite of stored data is its deletion: "Backups are overwritten after 30 days" says how long the
 * backups live, in every language ("overskrives", "écrasées", "se sobrescriben", "überschrieben"...). A
 * negated overwrite is integrity, not data kept forever; a user overwriting their own data is no rule.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang, heading = '') =>
  practicesOf([{ text, heading }], lang).retention;

describe('backups overwritten after a period: specific', () => {
  test.each<[Lang, string]>([
    ['en', 'Backups are overwritten after 30 days.'],
    ['de', 'Datensicherungen werden nach 30 Tagen überschrieben.'],
    ['nl', 'Back-ups worden na 30 dagen overschreven.'],
    ['nb', 'Sikkerhetskopier overskrives etter 30 dager.'],
    ['sv', 'Säkerhetskopior skrivs över efter 30 dagar.'],
    ['da', 'Sikkerhedskopier overskrives efter 30 dage.'],
    ['fr', 'Les sauvegardes sont écrasées au bout de 30 jours.'],
    ['es', 'Las copias de seguridad se sobrescriben a los 30 días.'],
    ['it', 'I backup vengono sovrascritti dopo 30 giorni.'],
    ['pl', 'Kopie zapasowe są nadpisywane po 30 dniach.'],
    ['pt', 'Os backups são sobrescritos após 30 dias.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang)).toMatchObject({ kind: 'specific', periods: ['P30D'] });
  });

  test.each<[Lang, string, string]>([
    ['nb', 'Datasikkerhet', 'Sikkerhetskopier overskrives etter 30 dager.'],
    ['fr', 'Sécurité', 'Les sauvegardes sont écrasées au bout de 30 jours.'],
  ])('%s under the heading "%s"', (lang, heading, text) => {
    expect(retentionOf(text, lang, heading)).toMatchObject({ kind: 'specific', periods: ['P30D'] });
  });
});

describe('an overwrite saying when, with no period: a criterion', () => {
  test.each<[Lang, string]>([
    ['en', 'Backups are overwritten automatically.'],
    ['de', 'Datensicherungen werden regelmäßig überschrieben.'],
    ['fr', 'Les sauvegardes sont écrasées automatiquement.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('criteria');
  });
});

describe('no retention from an overwrite that is no rule of keeping', () => {
  test.each<[Lang, string]>([
    // Integrity: a never-overwrite is no never-delete.
    ['en', 'Audit logs cannot be overwritten.'],
    ['de', 'Protokolle werden nicht überschrieben.'],
    ['nb', 'Loggene overskrives ikke.'],
    ['es', 'Los registros no se sobrescriben.'],
    // The person's own edit.
    ['en', 'You can overwrite your profile data at any time.'],
    ['de', 'Sie können Ihre Angaben jederzeit überschreiben.'],
    // A cookie's lifetime.
    ['en', 'The cookie is overwritten after 30 days.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });
});
