/**
 * Retention "for all time" (session 20, fixs20c): sv "bevaras för all framtid" is kept indefinitely, and its
 * twins ("for all time", "für alle Zeiten", "voor eeuwig", "for all fremtid", "for al fremtid", "à tout jamais",
 * "por siempre"; it/pl/pt "per sempre", "na zawsze", "para sempre" were read before) where data is kept; never
 * where it is deleted for good, nor where keeping it so is denied.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const kind = (text: string, lang: Lang) => practicesOf([text], lang).retention.kind;

const KEPT: readonly [Lang, string][] = [
  ['sv', 'Handlingar i vårt arkiv bevaras för all framtid enligt lag.'],
  ['sv', 'Uppgifterna sparas för all framtid i vårt register.'],
  ['en', 'Records in the archive are kept for all time.'],
  ['de', 'Die Protokolle werden für alle Zeiten gespeichert.'],
  ['nl', 'De archiefstukken worden voor eeuwig bewaard.'],
  ['nb', 'Arkivet oppbevares for all fremtid.'],
  ['da', 'Arkivalierne opbevares for al fremtid.'],
  ['fr', 'Les archives sont conservées à tout jamais.'],
  ['es', 'Los registros del archivo se conservan por siempre.'],
  ['it', "I documenti dell'archivio sono conservati per sempre."],
  ['pl', 'Dokumenty archiwalne są przechowywane na zawsze.'],
  ['pt', 'Os documentos do arquivo são conservados para sempre.'],
];

const NOT_KEPT: readonly [Lang, string][] = [
  ['sv', 'Du kan när som helst radera ditt konto och dina uppgifter försvinner för all framtid.'],
  ['sv', 'Vi sparar inte dina uppgifter för all framtid.'],
  ['en', 'You can delete your account at any time, and it is then gone for all time.'],
  ['en', 'We do not keep your data for all time.'],
  ['de', 'Wir speichern Ihre Daten nicht für alle Zeiten.'],
  ['de', 'Sie können Ihr Konto jederzeit löschen; es ist dann für alle Zeiten gelöscht.'],
  ['nl', 'Je kunt je account altijd verwijderen; het is dan voor eeuwig weg.'],
  ['nb', 'Vi lagrer ikke opplysningene for all fremtid.'],
  ['nb', 'Du kan når som helst slette kontoen, og den slettes da for all fremtid.'],
  ['da', 'Du kan til enhver tid slette din konto, og den slettes da for al fremtid.'],
  ['da', 'Vi opbevarer ikke dine oplysninger for al fremtid.'],
  ['fr', 'Vous pouvez supprimer votre compte à tout moment ; il est alors effacé à jamais.'],
  ['es', 'Puedes eliminar tu cuenta en cualquier momento y se borrará por siempre.'],
  ['it', 'Puoi cancellare il tuo account in qualsiasi momento; sarà cancellato per sempre.'],
  ['pl', 'Możesz w każdej chwili usunąć konto; zostanie ono usunięte na zawsze.'],
  ['pt', 'Pode eliminar a sua conta a qualquer momento; ela será apagada para sempre.'],
];

describe('data kept for all time is kept indefinitely', () => {
  it.each(KEPT)('%s: %s', (lang, text) => {
    expect(kind(text, lang)).toBe('indefinite');
  });
});

describe('deleted for all time, or not kept for all time, is no indefinite keeping', () => {
  it.each(NOT_KEPT)('%s: %s', (lang, text) => {
    expect(kind(text, lang)).not.toBe('indefinite');
  });
});
