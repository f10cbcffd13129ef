import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/**
 * The user giving data is a collection even where the page says it with a noun or an infinitive ("die
 * Angabe einer E-Mail-Adresse", "musisz podać", "il conferimento"), with no model or heading to help.
 */
describe('data the user is asked to give', () => {
  test.each<[Lang, string, DataType[]]>([
    ['de', 'Hierfür ist die Angabe einer validen E-Mail-Adresse erforderlich.', ['email']],
    ['de', 'Dazu ist eine Telefonnummer anzugeben.', ['phone']],
    ['pl', 'Komentując dowolny wpis, musisz podać swój adres e-mail oraz nick.', ['email']],
    ['nl', 'Voor een afspraak moet u uw naam en telefoonnummer opgeven.', ['name', 'phone']],
    ['it', "Il conferimento dell'indirizzo email è facoltativo.", ['email']],
  ])('%s: %s', (lang, text, types) => {
    expect(practicesOf([text], lang).collection.dataTypes).toEqual(types);
  });

  test('de: "Angaben zur verantwortlichen Stelle" are the operator\'s details, not data the user gives', () => {
    const text =
      'Angaben zur verantwortlichen Stelle gemäß Art. 13 DSGVO: Max Mustermann, Musterstraße 1, 12345 Berlin, E-Mail-Adresse info@muster.de.';
    expect(practicesOf([text], 'de').collection.dataTypes).toEqual([]);
  });
});

describe('a giving noun names data only when what is given is data', () => {
  test.each<[Lang, string]>([
    // Italian "conferimento" is also the granting of a task or a prize.
    ['it', "Il conferimento dell'incarico è comunicato al numero di telefono del professionista."],
    ['it', "Il conferimento del premio avviene all'indirizzo email del vincitore."],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).collection.dataTypes).toEqual([]);
  });

  test('it: "il conferimento dei dati" is giving data', () => {
    const text = 'Il conferimento dei dati di contatto, come il numero di telefono, è facoltativo.';
    expect(practicesOf([text], 'it').collection.dataTypes).toEqual(['phone']);
  });
});
