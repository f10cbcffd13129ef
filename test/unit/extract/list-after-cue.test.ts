/**
 * A sentence that is only a list of data, right after the sentence of its paragraph that states the
 * collection, is the list that sentence announces ("Vi trenger opplysninger rundt levering. Navn, adresse,
 * postnummer og e-postadresse."), read even where the model does not call the paragraph collection.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf([text], lang).collection.dataTypes;

describe('a bare list of data after the sentence that announces it', () => {
  test.each<[Lang, string, DataType[]]>([
    [
      'nb',
      'Vi trenger opplysninger rundt levering av avisen. Navn, adresse, postnummer og e-postadresse.',
      ['name', 'email', 'postal-address'],
    ],
    [
      'en',
      'We need a few details when you subscribe. Name, address, postcode and email address.',
      ['name', 'email', 'postal-address'],
    ],
    [
      'de',
      'Für die Lieferung benötigen wir einige Angaben. Name, Anschrift, Postleitzahl und E-Mail-Adresse.',
      ['name', 'email', 'postal-address'],
    ],
  ])('%s: "%s"', (lang, text, types) => {
    expect(typesOf(text, lang)).toEqual(types);
  });

  test.each<[Lang, string]>([
    ['en', 'We do not collect anything. Name, address, postcode and email address.'],
    ['en', 'Our shop opened in 2019. Name, address, postcode and email address.'],
    ['en', 'We need a few details. You can later change your name, address and email address.'],
    [
      'en',
      'We collect some details when you register. Name, email address and phone number of our staff are listed below.',
    ],
    [
      'en',
      'We collect some details when you register. Name, email address and phone number are never shared with advertisers.',
    ],
  ])(
    '%s: not after a denied or missing collection, nor a sentence that is more than a list',
    (lang, text) => {
      expect(typesOf(text, lang)).toEqual([]);
    },
  );
});
