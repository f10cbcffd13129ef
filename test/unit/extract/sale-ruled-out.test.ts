import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/**
 * A sale ruled out by its clause's predicate, with no negation word, is a denial: "Ein Verkauf Ihrer Daten
 * ist ausgeschlossen" read as selling (a reader's unseen probe, session 11). The predicate counts only in
 * the sell word's own clause: a sale admitted beside an exclusion elsewhere stays a sale.
 */
const RULED_OUT: readonly [Lang, string][] = [
  ['en', 'A sale of your personal data is excluded.'],
  ['en', 'Selling your data to third parties is out of the question.'],
  [
    'de',
    'Eine Übermittlung an Dritte findet nicht statt, ausgenommen an unseren Hosting-Dienstleister; ein Verkauf Ihrer Daten ist ausgeschlossen.',
  ],
  ['de', 'Ein Verkauf Ihrer Daten ist ausgeschlossen.'],
  ['de', 'Ein Verkauf Ihrer Daten ist grundsätzlich ausgeschlossen.'],
  ['nl', 'Verkoop van uw gegevens is uitgesloten.'],
  ['nl', 'Het verkopen van uw gegevens is uitgesloten.'],
  ['nb', 'Salg av opplysningene dine er utelukket.'],
  ['sv', 'Försäljning av dina personuppgifter är utesluten.'],
  ['da', 'Salg af dine personoplysninger er udelukket.'],
  ['fr', 'La vente de vos données est exclue.'],
  ['es', 'La venta de sus datos está excluida.'],
  ['it', 'La vendita dei tuoi dati è esclusa.'],
  ['pl', 'Sprzedaż Twoich danych jest wykluczona.'],
  ['pt', 'A venda de seus dados está excluída.'],
];

/** A sale still stated: the exclusion is about something else, in another clause. */
const STILL_SOLD: readonly [Lang, string][] = [
  ['en', 'We sell your personal data to partners; health data is excluded.'],
  ['de', 'Wir verkaufen Ihre Daten an Partner; Gesundheitsdaten sind ausgeschlossen.'],
  ['fr', 'Nous vendons vos données à des partenaires ; les données de santé sont exclues.'],
  ['pl', 'Sprzedajemy Twoje dane partnerom; dane o zdrowiu są wykluczone.'],
];

describe('a sale ruled out by its predicate', () => {
  it.each(RULED_OUT)('%s: %s reads no sale', (lang, text) => {
    expect(practicesOf([{ text }], lang).sharing.sells).toBe(false);
  });
  it.each(STILL_SOLD)('%s: %s still reads a sale', (lang, text) => {
    expect(practicesOf([{ text }], lang).sharing.sells).toBe(true);
  });
});
