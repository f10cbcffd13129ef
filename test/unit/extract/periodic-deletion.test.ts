/**
 * "Backups are deleted every 6 months": data deleted every period live at most that long, a specific
 * period (P6M). Not a review that recurs ("we review every 6 months whether ..."), not a sending, not a
 * deletion chosen by a state ("inactive accounts are deleted every 6 months": how often the state is
 * checked, a criterion), not a count per period ("once a year").
 */
import { describe, expect, test } from 'vitest';
import { findRecurrences } from '../../../src/core/extract/durations';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a periodic deletion states its period', () => {
  test.each<[Lang, string, string]>([
    ['en', 'Backups are deleted every 6 months.', 'P6M'],
    ['en', 'Backups are deleted every sixth month.', 'P6M'],
    ['en', 'Every 6 months, we delete old backups.', 'P6M'],
    ['en', 'Server logs are deleted from our systems every month.', 'P1M'],
    ['de', 'Die Sicherungen werden alle 6 Monate gelöscht.', 'P6M'],
    ['de', 'Die Sicherungen werden alle sechs Monate gelöscht.', 'P6M'],
    ['de', 'Die Protokolle werden jeden Monat gelöscht.', 'P1M'],
    ['nl', 'Back-ups worden elke zes maanden verwijderd.', 'P6M'],
    ['nl', 'Back-ups worden om de 6 maanden verwijderd.', 'P6M'],
    ['nb', 'Sikkerhetskopier slettes hver sjette måned.', 'P6M'],
    ['nb', 'Sikkerhetskopier slettes hvert halvår.', 'P6M'],
    ['sv', 'Säkerhetskopiorna raderas var sjätte månad.', 'P6M'],
    ['sv', 'Loggarna raderas varje månad.', 'P1M'],
    ['da', 'Sikkerhedskopier slettes hver 6. måned.', 'P6M'],
    ['da', 'Sikkerhedskopier slettes hver sjette måned.', 'P6M'],
    ['fr', 'Les sauvegardes sont supprimées tous les 6 mois.', 'P6M'],
    ['fr', 'Les journaux sont supprimés chaque mois.', 'P1M'],
    ['es', 'Las copias de seguridad se eliminan cada seis meses.', 'P6M'],
    ['it', 'I backup vengono cancellati ogni 6 mesi.', 'P6M'],
    ['pl', 'Kopie zapasowe są usuwane co 6 miesięcy.', 'P6M'],
    ['pl', 'Kopie zapasowe są usuwane co pół roku.', 'P6M'],
    ['pt', 'As cópias de segurança são apagadas a cada 6 meses.', 'P6M'],
  ])('%s: %s', (lang, text, period) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([period]);
  });
});

describe('no period from a recurrence that is no deletion of the data', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We review every 6 months whether we still need your data.', 'none'],
    ['en', 'We send a newsletter every 6 months.', 'none'],
    ['en', 'Data is not deleted every 6 months.', 'none'],
    ['en', 'You may have your data deleted every month.', 'none'],
    ['de', 'Wir prüfen alle 6 Monate, ob Ihre Daten gelöscht werden.', 'none'],
    ['de', 'Wir versenden alle 6 Monate einen Newsletter.', 'none'],
    ['fr', 'Nous vérifions tous les 6 mois si vos données doivent être supprimées.', 'none'],
    ['sv', 'Vi går igenom var sjätte månad om uppgifterna ska raderas.', 'none'],
    // A recurring review beside a deletion: the "every" is a "when" as before, no period.
    ['en', 'We review every 6 months whether your data is deleted.', 'criteria'],
    ['nl', 'Wij controleren elke zes maanden of de gegevens worden verwijderd.', 'criteria'],
    ['nb', 'Vi vurderer hver sjette måned om opplysningene slettes.', 'criteria'],
    ['da', 'Vi vurderer hver sjette måned, om oplysningerne slettes.', 'criteria'],
    ['es', 'Revisamos cada seis meses si sus datos se eliminan.', 'criteria'],
    ['it', 'Verifichiamo ogni 6 mesi se i dati vengono cancellati.', 'criteria'],
    ['pt', 'Verificamos a cada 6 meses se os dados são apagados.', 'criteria'],
    // Joined to the deletion by "and": the recurrence is the sending's.
    [
      'en',
      'We send a newsletter every 6 months and your data will be deleted when you unsubscribe.',
      'criteria',
    ],
    // Data chosen by a state: how often the state is checked.
    ['en', 'Inactive accounts are deleted every 6 months.', 'criteria'],
    ['de', 'Inaktive Konten werden alle 6 Monate gelöscht.', 'criteria'],
    ['pl', 'Nieaktywne konta są usuwane co roku.', 'criteria'],
    // A count per period, not a period.
    ['en', 'Backups are deleted once a year.', 'criteria'],
  ])('%s: %s', (lang, text, kind) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe(kind);
    expect(r.periods).toEqual([]);
  });

  test("a sentence's own period wins over its recurrence", () => {
    expect(retentionOf('Logs older than 30 days are deleted every week.', 'en').periods).toEqual(['P30D']);
  });

  test('a deletion on a date of the calendar stays scheduled, with no period', () => {
    const text = 'Den 1:e april varje år tar vi bort alla in- och utgående email från föregående kalenderår.';
    const r = retentionOf(text, 'sv');
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([]);
  });
});

describe('findRecurrences', () => {
  test.each<[Lang, string, string[]]>([
    ['en', 'every 6 months', ['P6M']],
    ['en', 'every other week', ['P2W']],
    ['en', 'once a year', []],
    ['en', 'for 6 months', []],
    ['de', 'jeden zweiten Monat', ['P2M']],
    ['sv', 'var sjätte månad', ['P6M']],
    ['da', 'hver 3. måned', ['P3M']],
    ['pl', 'co pół roku', ['P6M']],
    ['fr', 'tous les ans', ['P1Y']],
  ])('%s: %s', (lang, text, periods) => {
    expect(findRecurrences(text, lang).map((d) => d.iso)).toEqual(periods);
  });
});
