/**
 * Session 20 review (fixr20a): a sale asked about ("whether a business sells your name") or denied after its verb
 * ("verkaufen sie aber nicht") is no collection cue, so it names no data held. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('a sale asked about names no data', () => {
  test.each<[Lang, string, DataType]>([
    ['en', 'You can ask us whether we sell your postal address.', 'postal-address'],
    ['de', 'Sie können erfahren, ob ein Unternehmen Ihre Postanschrift verkauft.', 'postal-address'],
    ['nl', 'U kunt vragen of een bedrijf uw naam en adres verkoopt.', 'postal-address'],
    ['nb', 'Du kan spørre om et selskap selger navn og adresse.', 'postal-address'],
    ['sv', 'Du kan fråga huruvida ett företag säljer namn och adress.', 'postal-address'],
    ['da', 'Du kan spørge, om en virksomhed sælger navn og adresse.', 'postal-address'],
    ['fr', 'Vous pouvez demander si une entreprise vend votre adresse postale.', 'postal-address'],
    ['es', 'Puede preguntar si una empresa vende su dirección postal.', 'postal-address'],
    ['it', "Hai diritto di sapere se un'azienda vende il tuo indirizzo postale.", 'postal-address'],
    ['pl', 'Możesz zapytać, czy firma sprzedaje Twój adres pocztowy.', 'postal-address'],
    ['pt', 'Pode perguntar se uma empresa vende a sua morada.', 'postal-address'],
  ])('%s: %s', (lang, text, type) => {
    const p = practicesOf([{ kind: 'paragraph', text }], lang);
    expect(p.collection.dataTypes).not.toContain(type);
  });
});
