/**
 * Words that are a period by themselves: "a fortnight" (P2W) and the Romance fifteen days ("une quinzaine
 * de jours", "una quincena", "una quindicina di giorni", "uma quinzena": P15D), each only right after a
 * duration preposition ("after a fortnight", "durante una quincena"). Not a calendar half-month ("la
 * primera quincena de enero"), "une quinzaine d'années" (about fifteen years). "A decade" is no period:
 * it is mostly company history ("For over a decade we have helped...", "Seit über einem Jahrzehnt"), and
 * Polish "dekada" is also a ten-day third of a month.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a period said in one word: specific', () => {
  test.each<[Lang, string, string]>([
    ['en', 'Messages are deleted after a fortnight.', 'P2W'],
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
    ['en', 'For over a decade, we have helped businesses store and protect their data.'],
    ['en', 'With a decade of experience, we keep your data only as long as your account is active.'],
    ['en', 'We keep invoices for a decade.'],
    [
      'de',
      'Seit über einem Jahrzehnt speichern wir Kundendaten sicher und löschen sie, sobald Sie Ihr Konto schließen.',
    ],
    ['fr', 'Depuis une décennie, nous conservons vos données uniquement tant que votre compte est actif.'],
    ['es', 'Durante una década hemos protegido los datos; los conservamos mientras su cuenta esté activa.'],
    ['pl', 'Faktury przechowujemy przez dekadę.'],
    ['en', 'A fortnight is a short time, and we store your data securely.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});

describe('Polish "dekada" of a month is ten days, not ten years', () => {
  test('pl: deleted in the first ten days of every month reads its monthly recurrence only', () => {
    expect(retentionOf('Dane usuwamy w pierwszej dekadzie każdego miesiąca.', 'pl').periods).toEqual(['P1M']);
  });
});
