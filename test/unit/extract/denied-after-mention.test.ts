/**
 * A collection denied after the data it names: "Your name is never collected", "Votre adresse e-mail n'est pas
 * conservée", "Ihre IP-Adresse wird nicht gespeichert", "Personnummer samlas inte in" name no data collected.
 * The negation before the mention was read already ("We do not collect names"); this is the subject first, the
 * denied verb after it. The object of an affirmed verb before it stays ("We store your e-mail address and do not
 * use it for ads"), and so does a mention in another statement than the denied verb. A negation that limits the
 * collection ("nicht länger als 7 Tage gespeichert", "n'est pas conservée plus de 7 jours", "not stored without
 * your consent") denies nothing: the data is processed within the limit.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { segments, silentScores } from './helpers';

/** The data types read with the classifier silent and with it sure the passage is about collection. */
function typesBoth(text: string, lang: Lang): [readonly DataType[], readonly DataType[]] {
  const segs = segments([text]);
  const sure = silentScores(1).map((s) => ({ ...s, collection: 0.9 }));
  return [
    extractPractices(segs, silentScores(1), lang).collection.dataTypes,
    extractPractices(segs, sure, lang).collection.dataTypes,
  ];
}

describe('a collection verb denied after the mention', () => {
  test.each<[Lang, string]>([
    ['en', 'Your name is never collected.'],
    ['en', 'Your IP address is not stored.'],
    ['de', 'Ihre IP-Adresse wird nicht gespeichert.'],
    ['nl', 'Uw IP-adres wordt niet opgeslagen.'],
    ['nb', 'IP-adressen din blir ikke lagret.'],
    ['sv', 'Personnummer samlas inte in.'],
    ['da', 'Din IP-adresse bliver ikke gemt.'],
    ['fr', 'Votre nom, vos contacts et votre photo de profil ne sont jamais collectés.'],
    [
      'fr',
      "Votre adresse e-mail n'est pas conservée : elle transite uniquement le temps de vérifier la connexion.",
    ],
    ['es', 'Su dirección IP no se almacena.'],
    ['it', 'Il tuo indirizzo IP non viene memorizzato.'],
    ['pl', 'Twój adres IP nie jest przechowywany.'],
    ['pt', 'O seu endereço IP não é armazenado.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test.each<[Lang, string, DataType[]]>([
    ['en', 'We collect your email address but do not use it for ads.', ['email']],
    ['de', 'Wir speichern Ihre E-Mail-Adresse und verarbeiten sie nicht für Werbung.', ['email']],
    ['fr', 'Nous conservons votre adresse e-mail et ne la vendons pas.', ['email']],
    ['es', 'Recogemos su correo electrónico. Su dirección IP no se almacena.', ['email']],
    ['en', 'Your email address is stored; your IP address is not stored.', ['email']],
    ['pt', 'Armazenamos o seu e-mail, mas o seu endereço IP não é armazenado.', ['email']],
  ])('what is affirmed stays: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['de', 'Die IP-Adresse wird nicht länger als 7 Tage gespeichert.'],
    ['de', 'IP-Adressen werden nach 7 Tagen nicht mehr gespeichert.'],
    ['de', 'Ihre IP-Adresse wird nicht dauerhaft gespeichert.'],
    ['en', 'Your IP address is not stored for longer than 7 days.'],
    ['en', 'Your IP address is not stored without your consent.'],
    ['fr', "Votre adresse IP n'est pas conservée plus de 7 jours."],
    ['es', 'Su dirección IP no se almacena más de 7 días.'],
    ['it', "L'indirizzo IP non viene memorizzato per più di 7 giorni."],
    ['nl', 'Uw IP-adres wordt niet langer dan 7 dagen opgeslagen.'],
    ['sv', 'IP-adressen sparas inte längre än 7 dagar.'],
    ['pt', 'O seu endereço IP não é armazenado por mais de 7 dias.'],
    ['pl', 'Twój adres IP nie jest przechowywany dłużej niż 7 dni.'],
  ])('a limit is no denial: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['ip-address']);
  });
});
