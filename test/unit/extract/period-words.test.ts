/**
 * Words that are a period by themselves: "a fortnight" (P2W), "a decade" and its twins ("ein Jahrzehnt",
 * "een decennium", "et tiår", "ett årtionde", "et årti", "une décennie", "una década", "un decennio",
 * "dekadę", "uma década": P10Y), and the Romance fifteen days ("une quinzaine de jours", "una quincena",
 * "una quindicina di giorni", "uma quinzena": P15D). Not a calendar half-month ("la primera quincena de
 * enero"), "une quinzaine d'années" (about fifteen years) or the plural "for decades" (no number).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a period said in one word: specific', () => {
  test.each<[Lang, string, string]>([
    ['en', 'Messages are deleted after a fortnight.', 'P2W'],
    ['en', 'We keep invoices for a decade.', 'P10Y'],
    ['de', 'Rechnungen speichern wir ein Jahrzehnt lang.', 'P10Y'],
    ['nl', 'Facturen bewaren wij een decennium.', 'P10Y'],
    ['nb', 'Fakturaer lagres i et tiår.', 'P10Y'],
    ['sv', 'Fakturor sparas i ett decennium.', 'P10Y'],
    ['da', 'Fakturaer opbevares i et årti.', 'P10Y'],
    ['fr', 'Les factures sont conservées pendant une décennie.', 'P10Y'],
    ['es', 'Las facturas se conservan durante una década.', 'P10Y'],
    ['it', 'Le fatture sono conservate per un decennio.', 'P10Y'],
    ['pl', 'Faktury przechowujemy przez dekadę.', 'P10Y'],
    ['pt', 'As faturas são mantidas por uma década.', 'P10Y'],
    ['fr', 'Les messages sont supprimés après une quinzaine de jours.', 'P15D'],
    ['es', 'Los mensajes se eliminan después de una quincena.', 'P15D'],
    ['it', 'I messaggi vengono cancellati dopo una quindicina di giorni.', 'P15D'],
    ['pt', 'As mensagens são apagadas após uma quinzena.', 'P15D'],
  ])('%s: %s', (lang, text, iso) => {
    expect(retentionOf(text, lang)).toMatchObject({ kind: 'specific', periods: [iso] });
  });
});

describe('no period from these words elsewhere: unchanged', () => {
  test.each<[Lang, string]>([
    ['en', 'A notice period of a fortnight applies.'],
    ['en', 'Our staff have ten years of experience.'],
    ['en', 'We were founded a decade ago.'],
    ['es', 'Los datos de la primera quincena de enero se conservan en nuestros servidores.'],
    ['fr', "Nous conservons les données depuis une quinzaine d'années."],
    ['en', 'We have kept records for decades.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});
