/**
 * The Italian data-protection authority's model notice, reused word for word by many Italian sites:
 * e-mails sent to the site (the sender's address and the letter's content), navigation data (URI of the
 * resources requested, time of the request) and analytics cookies counting how the site is visited.
 */
import { describe, expect, test } from 'vitest';
import type { DataType } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const dataTypesOf = (text: string): readonly DataType[] => practicesOf([text], 'it').collection.dataTypes;

describe('Italian model notice: data types', () => {
  test.each<[string, DataType[]]>([
    [
      "L'invio facoltativo, esplicito e volontario di posta elettronica agli indirizzi indicati su questo sito comporta la successiva acquisizione dell'indirizzo del mittente, necessario per rispondere alle richieste, nonché degli eventuali altri dati personali inseriti nella missiva.",
      ['email', 'communications'],
    ],
    [
      "L'invio facoltativo di messaggi agli indirizzi di contatto del sito comporta l'acquisizione dei dati di contatto del mittente, nonché dei dati personali inclusi nelle comunicazioni.",
      ['email', 'communications'],
    ],
    [
      "In questa categoria di dati rientrano gli indirizzi IP, gli indirizzi in notazione URI delle risorse richieste, l'orario della richiesta e il metodo utilizzato nel sottoporre la richiesta al server.",
      ['ip-address', 'usage-data'],
    ],
  ])('%s', (text, expected) => {
    expect([...dataTypesOf(text)].sort()).toEqual([...expected].sort());
  });
});
