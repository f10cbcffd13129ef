/**
 * Categories said as categories: health a care provider documents (sv, nb, da, de, nl), and the Dutch 'we slaan ... op' with a long list after a denied first clause. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe('health noted by a care provider, lists kept after a long Dutch verb frame (session 21, fixq21b)', () => {
  // [lang, sentence, required]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[]]>([
    ['sv', 'Vid varje besök dokumenterar vårdgivaren dina symtom och diagnoser i journalen.', ['health']],
    ['sv', 'Vårdgivaren dokumenterar inte dina symtom i appen.', []],
    ['nb', 'Etter timen dokumenterer behandleren symptomene dine og diagnosen i journalen.', ['health']],
    [
      'da',
      'Efter konsultationen dokumenterer behandleren dine symptomer og diagnoser i journalen.',
      ['health'],
    ],
    ['de', 'Nach dem Termin dokumentiert der Behandler Ihre Symptome und Diagnosen in der Akte.', ['health']],
    ['nl', 'Na het consult noteert de zorgverlener uw klachten en diagnoses in uw dossier.', ['health']],
    [
      'nl',
      'Wij houden geen logboek bij van uw bezoeken; we slaan alleen uw e-mailadres, uw betaalgegevens voor het abonnement en het type apparaat op.',
      ['email', 'payment', 'device-info'],
    ],
    ['nl', 'We slaan geen gegevens over uw bezoeken op.', []],
    ['nl', 'We slaan uw e-mailadres niet op.', []],
  ])('%s: %s', (lang, text, required) => {
    expectTypes(lang, text, required, [], false);
    if (required.length === 0) expectTypes(lang, text, required, [], true);
  });
});
