/**
 * Session 11 read a duration beside an "ago" word ("vor", "il y a", "hace", "fa", "geleden", "temu", "há",
 * "atrás") as a point in the past. The words have other senses that matter more: "nicht vor 6 Monaten
 * gelöscht" is a minimum keeping time, "last used more than two years ago are deleted" and "inativas há
 * 2 anos" are inactivity periods, "fa riferimento" is "refers", "il y a 30 jours" is "there are 30 days".
 * So the rule is gone: these read their periods again, as before it. "Founded ten years ago, we store
 * your data" reads P10Y again (a company's age, rare beside a keeping verb); "a decade" is no period.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a minimum keeping time or an inactivity period beside an "ago" word: the period', () => {
  test.each<[Lang, string, string]>([
    ['de', 'Ihre Daten werden nicht vor 6 Monaten gelöscht.', 'P6M'],
    ['de', 'Die Daten werden nicht vor 30 Tagen gelöscht.', 'P30D'],
    ['en', 'Accounts that were last used more than two years ago are deleted.', 'P2Y'],
    ['en', 'We delete accounts whose last login was two years ago.', 'P2Y'],
    ['de', 'Konten, deren letzte Anmeldung vor 2 Jahren erfolgte, werden gelöscht.', 'P2Y'],
    ['es', 'Eliminamos las cuentas que no se han utilizado desde hace 2 años.', 'P2Y'],
    ['pt', 'Excluímos contas que estão inativas há 2 anos.', 'P2Y'],
    ['it', 'Cancelliamo gli account il cui ultimo accesso risale a più di 2 anni fa.', 'P2Y'],
    [
      'nl',
      'Wij verwijderen accounts waarop u meer dan 2 jaar geleden voor het laatst heeft ingelogd.',
      'P2Y',
    ],
    ['pl', 'Usuwamy konta, na które ostatnio zalogowano się ponad 2 lata temu.', 'P2Y'],
    ['it', "Il periodo di conservazione di 24 mesi fa riferimento all'ultimo accesso.", 'P24M'],
    ['fr', 'Après la suppression, il y a 30 jours pendant lesquels vos données sont conservées.', 'P30D'],
  ])('%s: %s', (lang, text, iso) => {
    expect(retentionOf(text, lang).periods).toEqual([iso]);
  });
});

describe('a minimum keeping time is never "kept forever"', () => {
  test.each<[Lang, string]>([
    ['de', 'Ihre Daten werden nicht vor 6 Monaten gelöscht.'],
    ['de', 'Eine Löschung erfolgt nicht vor 10 Jahren.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).not.toBe('indefinite');
  });
});

describe('the same words beside a period that is one: unchanged', () => {
  test.each<[Lang, string, string]>([
    ['de', 'Daten werden vor Ablauf von zehn Jahren nicht gelöscht.', 'P10Y'],
    ['de', 'Rechnungen werden zehn Jahre aufbewahrt.', 'P10Y'],
    ['da', 'Vi sletter kontoen, når der er gået 3 år siden sidste login.', 'P3Y'],
    ['sv', 'Kontot raderas när det har gått två år sedan senaste inloggningen.', 'P2Y'],
    ['it', 'I dati sono conservati per dieci anni.', 'P10Y'],
  ])('%s: %s', (lang, text, iso) => {
    expect(retentionOf(text, lang).periods).toEqual([iso]);
  });
});
