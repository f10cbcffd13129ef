/**
 * A party named as keeping or deleting data for a stated time ("conservées par notre hébergeur pour une
 * durée maximale de 12 mois", "durée fixée par l'hébergeur, n'excédant pas douze mois") is where the data is
 * kept, said for the retention: with no verb of passing data on, such a sentence names no recipient (the
 * labels of the validation set agree). A party said to collect or store data with no retention stated, to
 * collect it as well as delete it ("collects ... and deletes it after 7 days"), or one data is passed to,
 * still is one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('a party keeping data for a stated time is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Les données techniques de connexion (journaux serveur) sont conservées par notre hébergeur pour une durée maximale de 12 mois.',
    ],
    ['fr', "Conservation : durée fixée par l'hébergeur, n'excédant pas douze mois."],
    ['en', 'Our hosting provider retains server data for 14 days.'],
    ['de', 'Die Logdateien werden von unserem Hosting-Anbieter 7 Tage lang gespeichert.'],
    [
      'es',
      'Los registros del servidor son conservados por nuestro proveedor de alojamiento durante 30 días.',
    ],
    ['it', 'I dati del server sono conservati dal nostro fornitore di hosting per 30 giorni.'],
    ['pt', 'Os registos do servidor são conservados pelo nosso fornecedor de alojamento durante 30 dias.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['de', 'Unser Hosting-Anbieter speichert Ihre IP-Adresse in Logdateien.'],
    ['en', 'Our hosting provider collects your IP address.'],
    ['en', 'Our hosting provider collects your IP address and deletes it after 7 days.'],
    ['de', 'Unser Hoster erhebt Ihre IP-Adresse und löscht sie nach 7 Tagen.'],
    ['en', 'We share server logs with our hosting provider, who deletes them after 30 days.'],
    [
      'fr',
      "L'hébergeur du site enregistre les données de connexion : adresse IP, date et heure de la requête.",
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
