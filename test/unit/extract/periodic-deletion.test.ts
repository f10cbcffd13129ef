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

/**
 * Review 11, finding 1: a sweep that deletes only what meets a rule (a criterion, a condition, a relative
 * clause on the data) or a deletion on an event of its own says nothing about how long any item lives;
 * nor does a recurrence that belongs to another verb ("data you upload every day"). Was P1M / P1Y / P1D.
 */
describe('a periodic deletion of only some data, or on an event, states no period', () => {
  test.each<[Lang, string]>([
    ['en', 'Every month we delete records that are no longer needed.'],
    ['en', 'Every year, we delete data which we are no longer required to keep.'],
    ['de', 'Jedes Jahr löschen wir Daten, die nicht mehr benötigt werden.'],
    ['de', 'Nicht mehr benötigte Daten werden jedes Jahr gelöscht.'],
    ['fr', 'Chaque année, nous supprimons les données qui ne sont plus nécessaires.'],
    ['fr', "Les données dont nous n'avons plus besoin sont supprimées chaque année."],
    ['es', 'Cada año eliminamos los datos que ya no son necesarios.'],
    ['it', 'Ogni anno cancelliamo i dati che non sono più necessari.'],
    ['pt', 'Todos os anos eliminamos os dados que já não são necessários.'],
    ['nl', 'Elk jaar verwijderen wij gegevens die niet langer nodig zijn.'],
    ['nb', 'Hvert år sletter vi opplysninger som ikke lenger er nødvendige.'],
    ['sv', 'Varje år raderar vi uppgifter som inte längre behövs.'],
    ['da', 'Hvert år sletter vi oplysninger, som ikke længere er nødvendige.'],
    ['pl', 'Co roku usuwamy dane, które nie są już potrzebne.'],
    ['en', 'Each month we delete accounts of users who have not logged in for a while.'],
    ['de', 'Jeden Monat löschen wir die Konten von Nutzern, die sich länger nicht angemeldet haben.'],
    ['fr', 'Chaque mois, nous supprimons les comptes des utilisateurs qui ne se sont pas connectés.'],
    ['en', 'Data you upload every day is deleted when you close your account.'],
    ['en', 'Photos taken every day are deleted when you leave the programme.'],
    ['en', 'Reports we generate every month are deleted when the contract ends.'],
    ['de', 'Daten, die Sie jeden Tag hochladen, werden bei Kündigung gelöscht.'],
    ['sv', 'Uppgifter som du laddar upp varje dag raderas när du avslutar kontot.'],
    ['nl', 'Gegevens die u elke dag uploadt, worden verwijderd wanneer u uw account sluit.'],
    ['fr', 'Les données que vous téléchargez chaque jour sont supprimées lorsque vous fermez votre compte.'],
    ['es', 'Los datos que sube cada día se eliminan cuando cierra su cuenta.'],
    ['it', 'I dati che carichi ogni giorno vengono cancellati quando chiudi il tuo account.'],
    ['pt', 'Os dados que carrega todos os dias são apagados quando encerra a sua conta.'],
    ['pl', 'Dane przesyłane każdego dnia są usuwane, gdy zamkniesz konto.'],
    ['en', "We delete each day's logs when they are no longer needed."],
    ['en', 'Data is erased every 6 months unless you renew your subscription.'],
    ['de', 'Die Daten werden alle 6 Monate gelöscht, sofern Sie Ihr Abonnement nicht verlängern.'],
    ['fr', 'Les données sont supprimées tous les 6 mois, sauf si vous renouvelez votre abonnement.'],
    ['sv', 'Uppgifterna raderas var sjätte månad om du inte förnyar ditt abonnemang.'],
    ['es', 'Los datos se eliminan cada 6 meses salvo que renueve su suscripción.'],
  ])('%s: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('criteria');
    expect(r.periods).toEqual([]);
  });

  test.each<[Lang, string, string]>([
    // A routine word is no event: the whole of the data still goes every period.
    ['en', 'Backups are automatically deleted every 6 months.', 'P6M'],
    ['de', 'Sicherungen werden automatisch alle 6 Monate gelöscht.', 'P6M'],
    ['sv', 'Loggarna raderas automatiskt varje månad.', 'P1M'],
  ])('still a period with a routine word: %s: %s', (lang, text, period) => {
    expect(retentionOf(text, lang).periods).toEqual([period]);
  });
});

/** Review 11, finding 5: one word for "every other", and English ordinals in digits. */
describe('every other period', () => {
  test.each<[Lang, string, string]>([
    ['sv', 'Loggar raderas varannan månad.', 'P2M'],
    ['sv', 'Loggar raderas vartannat år.', 'P2Y'],
    ['nb', 'Logger slettes annenhver måned.', 'P2M'],
    ['da', 'Logfiler slettes hver anden måned.', 'P2M'],
    ['en', 'Logs are deleted every 2nd month.', 'P2M'],
    ['en', 'Logs are deleted every other month.', 'P2M'],
    ['en', 'Backups are deleted every 3rd week.', 'P3W'],
  ])('%s: %s', (lang, text, period) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([period]);
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
    ['sv', 'varannan vecka', ['P2W']],
    ['nb', 'annenhver uke', ['P2W']],
    ['en', 'every 2nd day', ['P2D']],
    // "varannan" takes no ordinal of its own.
    ['sv', 'varannan tredje månad', []],
  ])('%s: %s', (lang, text, periods) => {
    expect(findRecurrences(text, lang).map((d) => d.iso)).toEqual(periods);
  });
});
