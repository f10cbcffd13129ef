/**
 * The bodies that suspicious transactions are reported to under anti-money-laundering law are
 * authorities: "Generalny Inspektor Informacji Finansowej (GIIF)", Tracfin, SEPBLAC, UIF, COAF,
 * Finanspolisen, Økokrim, Hvidvasksekretariatet, FIU-Nederland, a financial intelligence unit.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('financial intelligence units are authorities', () => {
  test.each<[Lang, string]>([
    ['pl', 'raportowania podejrzanych transakcji do Generalnego Inspektora Informacji Finansowej (GIIF).'],
    ['en', 'We report suspicious transactions to the Financial Intelligence Unit.'],
    ['de', 'Verdachtsfälle melden wir der Financial Intelligence Unit.'],
    ['nl', 'Ongebruikelijke transacties melden wij bij FIU-Nederland.'],
    ['nb', 'Mistenkelige transaksjoner rapporteres til Økokrim.'],
    ['sv', 'Misstänkta transaktioner rapporteras till Finanspolisen.'],
    ['da', 'Mistænkelige transaktioner indberettes til Hvidvasksekretariatet.'],
    ['fr', 'Nous déclarons les opérations suspectes à Tracfin.'],
    ['es', 'Comunicamos las operaciones sospechosas al SEPBLAC.'],
    ['it', "Segnaliamo le operazioni sospette all'Unità di Informazione Finanziaria."],
    ['pt', 'Comunicamos operações suspeitas ao COAF.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
