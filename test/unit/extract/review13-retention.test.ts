/**
 * Regressions review13 found in session 13's retention look-alikes (fix13f), narrowed.
 *
 * The contract periods had taken the bare cancelling event ("résili…", "disdetta", "con antelación",
 * "gekündigt", "opgezegd", "sies opp", "rescindido"), so the duration of a real retention rule built around
 * a cancellation ("En cas de résiliation, les données restent accessibles pendant 30 jours") became a
 * contract period whenever its clause had no keep or delete verb. Only the notice-period shape counts now: a
 * duration of notice ("mit einer Frist von", "tre måneders varsel", "con una antelación de", "di anticipo",
 * "de antecedência", "trzymiesięcznym wyprzedzeniem", "three months' notice"), or a duration just before the
 * cancelling verb ("drei Monaten zum Jahresende gekündigt", "maanden ... worden opgezegd").
 *
 * The "while we review an objection" masks took a retention rule ("Wij bewaren uw gegevens zolang wij uw
 * bezwaar behandelen en verwijderen ze daarna"). They now need the restriction verb before them
 * ("beperken", "restrict", "einschränken", "limiter" ...), as in the sentence they were made for.
 *
 * Read with the model sure of retention (as in card mode).
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, sureScores } from './helpers';

const retentionSure = (text: string, lang: Lang) =>
  extractPractices(segments([text]), sureScores(1, 'retention'), lang).retention;

describe('data kept for a while after a cancellation is retention', () => {
  test.each<[Lang, string, string]>([
    ['fr', 'En cas de résiliation, les données restent accessibles pendant 30 jours.', 'P30D'],
    ['it', 'In caso di disdetta, i dati restano disponibili per 30 giorni.', 'P30D'],
    ['es', 'Si se da de baja con antelación, sus datos se guardan 30 días.', 'P30D'],
    ['nl', 'Na opzegging blijven de gegevens 30 dagen beschikbaar.', 'P30D'],
    ['pt', 'Após a rescisão, os dados ficam disponíveis durante 30 dias.', 'P30D'],
  ])('%s: %s', (lang, text, period) => {
    expect(retentionSure(text, lang).periods).toEqual([period]);
  });
});

describe('data kept while an objection is reviewed is retention', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij bewaren uw gegevens zolang wij uw bezwaar behandelen en verwijderen ze daarna.'],
    ['de', 'Wir speichern Ihre Daten, solange wir Ihren Widerspruch prüfen, und löschen sie danach.'],
    ['fr', 'Nous conservons vos données tant que nous examinons votre opposition, puis nous les supprimons.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionSure(text, lang).kind).toBe('criteria');
  });
});
