/**
 * A host named as keeping data for a stated time is a service provider, as the labelling rule of
 * test/lang-eval/README.md says of hosting (review of session 10, finding 5: the rule that read "conservées
 * par notre hébergeur pour une durée maximale de 12 mois" as no recipient was tuned to one passage and is
 * gone). A party said to collect or store data, or to collect it as well as delete it, is one too.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a host keeping data for a stated time is a service provider', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Les données techniques de connexion (journaux serveur) sont conservées par notre hébergeur pour une durée maximale de 12 mois.',
    ],
    ['fr', 'Vos données sont conservées par notre hébergeur pendant 12 mois.'],
    ['en', 'Our hosting provider stores your data for 12 months on servers in Germany.'],
    ['en', 'Our hosting provider retains server data for 14 days.'],
    ['de', 'Unser Hosting-Anbieter speichert Ihre Daten für 12 Monate.'],
    ['de', 'Die Logdateien werden von unserem Hosting-Anbieter 7 Tage lang gespeichert.'],
    ['it', 'I dati del server sono conservati dal nostro fornitore di hosting per 30 giorni.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
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
  test.each<[Lang, string]>([
    ['en', 'We keep your data for 12 months.'],
    ['fr', 'Nous conservons vos données pendant 12 mois.'],
    ['de', 'Wir speichern Ihre Daten für 12 Monate.'],
  ])('%s: %s (no party named)', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
