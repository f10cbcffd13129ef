/**
 * A lead time is how long before an event the operator warns ("We will notify you 30 days before we delete
 * your account", "Wir informieren Sie 30 Tage vorher", "Ti avviseremo 30 giorni prima"), not how long data is
 * kept: a duration right before a lead word ("before", "vorher", "avant", "przed", "days' notice") and right
 * after a warning verb ("notify you", "informieren Sie", "Te avisaremos con"). Kept for a duration before a
 * deletion ("We keep your data for 30 days before deleting it") still reads the period, in every language, and
 * so does the period of the rule the warning is about, or a sentence whose notice word governs nothing
 * ("As explained in this Privacy Notice, ...", "... and will notify you").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a warning ahead of a deletion states no retention period', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij sturen je 14 dagen van tevoren een bericht voordat je account wordt verwijderd.'],
    [
      'da',
      'Prisændringer varsles mindst 30 dage i forvejen pr. e-mail og gælder først fra næste betalingsperiode.',
    ],
    ['en', 'Price changes are announced 30 days in advance.'],
    ['en', 'We will notify you 30 days before we delete your account.'],
    ['en', "We will give you 30 days' notice before your account is deleted."],
    ['en', 'We will email you two weeks in advance before closing inactive accounts.'],
    ['de', 'Wir benachrichtigen Sie 30 Tage vor der Löschung Ihres Kontos.'],
    ['de', 'Wir informieren Sie zwei Wochen vorher, bevor wir inaktive Konten löschen.'],
    ['nl', 'We informeren je 30 dagen voordat we je account verwijderen.'],
    ['nl', 'Wij sturen je 14 dagen van tevoren een bericht voordat je account wordt verwijderd.'],
    ['nb', 'Vi varsler deg 30 dager før vi sletter kontoen din.'],
    ['sv', 'Vi meddelar dig 30 dagar innan vi raderar ditt konto.'],
    ['da', 'Vi giver dig besked 30 dage før vi sletter din konto.'],
    ['fr', 'Nous vous informerons 30 jours avant la suppression de votre compte.'],
    ['fr', 'Nous vous prévenons avec un préavis de 30 jours avant de supprimer votre compte.'],
    ['es', 'Te avisaremos con 30 días de antelación antes de eliminar tu cuenta.'],
    ['it', 'Ti avviseremo 30 giorni prima di cancellare il tuo account.'],
    ['pl', 'Powiadomimy Cię 30 dni przed usunięciem konta.'],
    ['pt', 'Iremos notificá-lo 30 dias antes de eliminar a sua conta.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});

describe('data kept for a duration before its deletion still reads the period', () => {
  test.each<[Lang, string]>([
    ['en', 'We keep your data for 30 days before deleting it.'],
    ['de', 'Wir speichern Ihre Daten 30 Tage, bevor wir sie löschen.'],
    ['nl', 'We bewaren je gegevens 30 dagen voordat we ze verwijderen.'],
    ['nb', 'Vi lagrer opplysningene i 30 dager før de slettes.'],
    ['sv', 'Vi sparar uppgifterna i 30 dagar innan de raderas.'],
    ['da', 'Vi opbevarer oplysningerne i 30 dage, før de slettes.'],
    ['fr', 'Nous conservons vos données 30 jours avant de les supprimer.'],
    ['es', 'Conservamos tus datos durante 30 días antes de eliminarlos.'],
    ['it', 'Conserviamo i tuoi dati per 30 giorni prima di cancellarli.'],
    ['pl', 'Przechowujemy Twoje dane przez 30 dni przed ich usunięciem.'],
    ['pt', 'Guardamos os seus dados durante 30 dias antes de os eliminar.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual(['P30D']);
  });

  test.each<[Lang, string]>([
    ['en', 'Inactive accounts are deleted after 24 months; we will notify you 30 days before.'],
    ['de', 'Inaktive Konten löschen wir nach 24 Monaten; wir informieren Sie 30 Tage vorher.'],
    ['fr', 'Les comptes inactifs sont supprimés après 24 mois ; nous vous prévenons 30 jours avant.'],
    ['en', 'If you do not log in for 24 months, we will notify you 30 days before we delete your account.'],
  ])('the rule the warning is about: %s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual(['P24M']);
  });

  test.each<[Lang, string, string]>([
    [
      'en',
      'We keep your data for 30 days before deleting it, and we will notify you when it is deleted.',
      'P30D',
    ],
    [
      'en',
      'We retain log files for 90 days and inform you of any change before we extend this period.',
      'P90D',
    ],
  ])('a warning elsewhere in the sentence: %s: %s', (lang, text, period) => {
    expect(retentionOf(text, lang).periods).toEqual([period]);
  });
});

describe('a warning or a notice word that does not govern the duration leaves the period (review12 finding 1)', () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'As explained in this Privacy Notice, deleted accounts are kept for 30 days before they are permanently erased.',
      'P30D',
    ],
    ['es', 'Conforme a este aviso de privacidad, conservamos las copias 30 días antes de borrarlas.', 'P30D'],
    [
      'pt',
      'Nos termos deste aviso de privacidade, os registos são guardados 90 dias antes de serem eliminados.',
      'P90D',
    ],
    [
      'it',
      'Ai sensi della presente informativa, i dati sono conservati 6 mesi prima della cancellazione.',
      'P6M',
    ],
    ['nl', 'Zoals vermeld in deze melding bewaren we back-ups 30 dagen voor verwijdering.', 'P30D'],
    ['en', 'We keep your data for 30 days before deleting it and will notify you.', 'P30D'],
    ['de', 'Wir speichern Ihre Daten 30 Tage vor der Löschung und informieren Sie darüber.', 'P30D'],
    [
      'fr',
      'Nous conservons vos données 30 jours avant de les supprimer, comme indiqué dans cette notice.',
      'P30D',
    ],
    ['sv', 'Vi sparar uppgifterna i 30 dagar innan de raderas och meddelar dig.', 'P30D'],
    ['pl', 'Przechowujemy dane przez 30 dni przed ich usunięciem, o czym informujemy.', 'P30D'],
    ['da', 'Vi opbevarer data i 30 dage før sletning og informerer dig.', 'P30D'],
    ['nb', 'Vi lagrer dataene i 30 dager før sletting og varsler deg.', 'P30D'],
    ['en', 'We keep information about your visits for 30 days before deleting it.', 'P30D'],
    ['sv', 'Vi sparar meddelanden i 30 dagar innan de raderas.', 'P30D'],
  ])('%s: %s', (lang, text, period) => {
    expect(retentionOf(text, lang).periods).toEqual([period]);
  });
});
