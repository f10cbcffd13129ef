/**
 * Data kept "temporarily" (for a limited, unstated time) is retention by criteria: neither a period nor
 * without limit. "Les journaux de serveur ... sont conservés temporairement" and its twins.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('kept temporarily is a criterion', () => {
  test.each<[Lang, string]>([
    ['en', 'Server logs are stored temporarily.'],
    ['en', 'We keep the uploaded file for a short period of time.'],
    ['de', 'Die Server-Logs werden vorübergehend gespeichert.'],
    ['de', 'Die Daten werden nur für eine begrenzte Zeit gespeichert.'],
    ['nl', 'De serverlogs worden tijdelijk opgeslagen.'],
    ['nb', 'Serverloggene lagres midlertidig.'],
    ['sv', 'Serverloggarna sparas tillfälligt.'],
    ['da', 'Serverlogfilerne opbevares midlertidigt.'],
    ['fr', 'Les journaux du serveur sont conservés temporairement.'],
    // The page written without accents ("conserves").
    [
      'fr',
      'Les journaux de serveur (adresses IP anonymisees, pages consultees) sont conserves temporairement.',
    ],
    ['es', 'Los registros del servidor se almacenan temporalmente.'],
    ['it', 'I log del server sono conservati temporaneamente.'],
    ['pl', 'Logi serwera są przechowywane tymczasowo.'],
    ['pt', 'Os registros do servidor são armazenados temporariamente.'],
  ])('%s: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('criteria');
    expect(r.periods).toEqual([]);
  });

  test.each<[Lang, string, string[]]>([
    ['en', 'IP addresses are stored temporarily for 7 days.', ['P7D']],
    ['de', 'IP-Adressen werden vorübergehend für 7 Tage gespeichert.', ['P7D']],
    ['fr', 'Les adresses IP sont conservées temporairement pendant 7 jours.', ['P7D']],
  ])('%s: a stated period still wins: %s', (lang, text, periods) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(periods);
  });

  test.each<[Lang, string]>([
    // No keeping verb and no passage about retention: "temporarily" alone says nothing.
    ['en', 'The service may be temporarily unavailable.'],
    ['de', 'Die Website ist vorübergehend nicht erreichbar.'],
    ['fr', 'Le site peut être temporairement indisponible.'],
    ['es', 'El servicio puede estar temporalmente no disponible.'],
    // "temporär" is not "temporäre Cookies".
    ['de', 'Wir speichern temporäre Cookies.'],
    // Nor is "unbegrenzt" "zeitlich begrenzt".
    ['de', 'Die Beiträge werden zeitlich unbegrenzt gespeichert.'],
  ])('%s: no criterion from "%s"', (lang, text) => {
    expect(retentionOf(text, lang).kind).not.toBe('criteria');
  });
});
