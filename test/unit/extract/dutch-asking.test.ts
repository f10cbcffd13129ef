/**
 * Dutch "vragen" is both "questions" (a weak `communications` term) and "to ask": "kunnen wij vragen om een
 * kopie", "vragen we naar uw geboortedatum", "Wij vragen u ..." ask for data and name no message, so the verb
 * is a mask. The questions a person sends ("uw vragen en opmerkingen", "naam, e-mailadres en vragen") are
 * still communications. Only Dutch spells the verb as the plural noun.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { DataType } from '../../../src/core/vocabulary';
import { segments, silentScores } from './helpers';

/** The data types of Dutch `text` read alone, with silent scores. */
function types(text: string): readonly DataType[] {
  return extractPractices(segments([{ text }]), silentScores(1), 'nl').collection.dataTypes;
}

describe('Dutch "vragen" as a verb is no message', () => {
  test.each<[string, DataType[]]>([
    [
      'Om uw identiteit te controleren kunnen wij vragen om een kopie van uw identiteitsbewijs.',
      ['government-id'],
    ],
    [
      'Op het inschrijfformulier vragen we naar uw geboortedatum en eventuele allergieën.',
      ['demographics', 'health'],
    ],
    ['Wij vragen u uw naam en e-mailadres op te geven.', ['name', 'email']],
    ['Wij bewaren uw vragen en opmerkingen.', ['communications']],
    ['Wij bewaren uw naam, e-mailadres en vragen.', ['name', 'email', 'communications']],
  ])('"%s"', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});
