/**
 * "Ihre Daten werden nicht gelöscht, sondern anonymisiert": the deletion is denied only to name the way the
 * data end. Anonymised data are no longer the person's, so the sentence keeps nothing without limit: it
 * reads as the deletion it corrects (no rule alone, a criterion with a "when").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('not deleted but anonymised is no never-delete', () => {
  test.each<[Lang, string]>([
    ['en', 'Your data are not deleted but anonymised.'],
    ['en', 'We do not delete your data but anonymise it.'],
    ['de', 'Ihre Daten werden nicht gelöscht, sondern anonymisiert.'],
    ['nl', 'Uw gegevens worden niet verwijderd maar geanonimiseerd.'],
    ['nb', 'Opplysningene slettes ikke, men anonymiseres.'],
    ['sv', 'Uppgifterna raderas inte utan anonymiseras.'],
    ['da', 'Oplysningerne slettes ikke, men anonymiseres.'],
    ['fr', 'Vos données ne sont pas supprimées mais anonymisées.'],
    ['es', 'Sus datos no se eliminan, sino que se anonimizan.'],
    ['es', 'Sus datos no serán eliminados sino anonimizados.'],
    ['it', 'I dati non vengono cancellati ma anonimizzati.'],
    ['pl', 'Dane nie są usuwane, lecz anonimizowane.'],
    ['pt', 'Os dados não são apagados, mas anonimizados.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });

  test('with a "when" it is the deletion rule it corrects: a criterion', () => {
    const text = 'Nach Vertragsende werden Ihre Daten nicht gelöscht, sondern anonymisiert.';
    expect(retentionOf(text, 'de').kind).toBe('criteria');
  });

  test('with a period it is that period', () => {
    const r = retentionOf('Nach 2 Jahren werden Ihre Daten nicht gelöscht, sondern anonymisiert.', 'de');
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(['P2Y']);
  });
});

/**
 * Review 11, finding 2: only the correcting form (the conjunction, then at most an adverb or auxiliary, then
 * the anonymising word of the same subject) takes the never-delete back; something else anonymised after
 * "but" leaves the data never deleted. Was nothing.
 */
describe('a never-delete beside other things anonymised stays indefinite', () => {
  test.each<[Lang, string]>([
    ['en', 'Your data is not deleted, but we may anonymise parts of it for statistics.'],
    ['en', 'We never delete your messages, but anonymised statistics are kept.'],
    ['en', 'Your data is never deleted, but anonymised reports are shared with partners.'],
    ['de', 'Ihre Daten werden nicht gelöscht, aber wir anonymisieren die Statistiken.'],
    ['de', 'Ihre Daten werden niemals gelöscht, jedoch werden Auswertungen anonymisiert.'],
    ['de', 'Ihre Daten werden nicht gelöscht, aber anonymisierte Statistiken werden erstellt.'],
    ['nl', 'Uw gegevens worden nooit verwijderd, maar statistieken worden geanonimiseerd.'],
    ['nb', 'Opplysningene slettes ikke, men statistikken anonymiseres.'],
    ['sv', 'Uppgifterna raderas inte, men statistik anonymiseras.'],
    ['da', 'Oplysningerne slettes aldrig, men statistikker anonymiseres.'],
    ['fr', 'Vos données ne sont jamais supprimées, mais les statistiques sont anonymisées.'],
    ['es', 'Sus datos no se eliminan, pero las estadísticas se anonimizan.'],
    ['it', 'I dati non vengono mai cancellati, ma le statistiche sono anonimizzate.'],
    ['pl', 'Dane nie są usuwane, a statystyki są anonimizowane.'],
    ['pt', 'Os seus dados nunca são apagados, mas as estatísticas são anonimizadas.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('indefinite');
  });

  test.each<[Lang, string]>([
    ['en', 'Your data is not deleted, but rather anonymised.'],
    ['en', 'Your data is not deleted but kept in anonymised form.'],
    ['de', 'Ihre Daten werden nicht gelöscht, sondern in anonymisierter Form gespeichert.'],
    ['nb', 'Opplysningene slettes ikke, men blir anonymisert.'],
    ['sv', 'Uppgifterna raderas inte, utan de anonymiseras.'],
    ['fr', 'Vos données ne sont pas supprimées, mais plutôt anonymisées.'],
    ['es', 'Sus datos no se eliminan, pero se anonimizan.'],
    ['it', 'I dati non vengono cancellati, ma vengono anonimizzati.'],
    // Polish "nie …, a …" is the correcting pair ("not … but …"), as "lecz".
    ['pl', 'Dane nie są usuwane, a anonimizowane.'],
    ['pl', 'Dane nie są usuwane, ale są anonimizowane.'],
    ['pt', 'Os dados não são apagados, mas sim anonimizados.'],
  ])('the correcting form still reads no never-delete: %s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });

  test('the correcting form with a "when" is still the criterion it corrects', () => {
    const text = 'Your data is not deleted, but rather anonymised, when you close your account.';
    expect(retentionOf(text, 'en').kind).toBe('criteria');
  });
});

describe('a plain never-delete stays indefinite', () => {
  test.each<[Lang, string]>([
    ['en', 'Results are never deleted.'],
    // Kept, not anonymised: still never deleted.
    ['en', 'Results are never deleted but kept in our archive.'],
    ['de', 'Die Ergebnisse werden nicht gelöscht.'],
    ['nl', 'De resultaten worden nooit verwijderd.'],
    ['nb', 'Resultatene slettes ikke.'],
    ['sv', 'Resultaten tas inte bort.'],
    ['da', 'Resultaterne slettes ikke.'],
    ['fr', 'Les résultats ne sont jamais supprimés.'],
    ['es', 'Los resultados no se eliminan.'],
    ['it', 'I risultati non vengono mai cancellati.'],
    ['pl', 'Wyniki nie są usuwane.'],
    ['pt', 'Os resultados nunca são apagados.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('indefinite');
  });
});
