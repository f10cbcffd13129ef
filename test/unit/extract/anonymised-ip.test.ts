/**
 * Anonymising data is processing it: "IP-adressen din anonymiseres", "IP-Adressen werden anonymisiert" say the
 * address is processed (then truncated), as the labelling rule has it, and "Google Analytics mit
 * IP-Anonymisierung", "z anonimizacją IP" name the IP address. Anonymised data that names no type gives none,
 * and a denied collection stays denied.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('an anonymised IP address is an IP address processed', () => {
  test.each<[Lang, string]>([
    ['en', 'Your IP address is anonymized.'],
    ['en', 'We use Google Analytics with IP anonymization.'],
    ['de', 'Ihre IP-Adresse wird anonymisiert.'],
    ['de', 'Wir nutzen Google Analytics mit IP-Anonymisierung.'],
    ['nl', 'Uw IP-adres wordt geanonimiseerd.'],
    ['nb', 'IP-adressen din anonymiseres.'],
    ['sv', 'IP-adressen anonymiseras direkt.'],
    ['da', 'IP-adresser anonymiseres øjeblikkeligt.'],
    ['fr', 'Votre adresse IP est anonymisée.'],
    ['es', 'Su dirección IP se anonimiza.'],
    ['it', "L'indirizzo IP viene anonimizzato."],
    ['pl', 'Używamy Google Analytics z anonimizacją IP.'],
    ['pt', 'O endereço IP é anonimizado.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['ip-address']);
  });

  test.each<[Lang, string, DataType[]]>([
    ['de', 'Diese Daten werden anonymisiert.', []],
    ['fr', 'Ces données sont anonymisées.', []],
    ['en', 'We do not collect IP addresses.', []],
    [
      'fr',
      'Les journaux de serveur (adresses IP anonymisées, pages consultées) sont conservés.',
      ['ip-address', 'usage-data'],
    ],
    ['fr', 'Adresses IP anonymisees, pages consultees.', ['ip-address', 'usage-data']],
  ])('%s: %s', (lang, text, expected) => {
    expect(typesSilent(text, lang)).toEqual(expected);
  });
});
