/**
 * German and Dutch main clauses put the verb second, the data after it and the negation at the clause's end:
 * "Wir speichern Ihre IP-Adresse nicht", "Wij slaan uw IP-adres niet op". Such a clause denies the data as a
 * passive or fronted one does ("Ihre IP-Adresse wird nicht gespeichert", "Ihre IP-Adresse speichern wir nicht"),
 * but only when nothing but the verb's particle follows the negation before the clause ends. A duration, a
 * manner, a purpose, a contrast or a condition after it ("nicht länger als 7 Tage", "nicht im Klartext",
 * "niet langer dan nodig", "nicht, sondern nur gekürzt") limits the keeping: the data stays. So do a sharing
 * verb ("nicht an Dritte weiter"), an affirmed verb whose clause ends before the negation, and an extent before
 * the data ("Ihre vollständige IP-Adresse").
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a negation closing a German or Dutch clause', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir speichern Ihre IP-Adresse nicht.'],
    ['de', 'Wir erheben Ihre E-Mail-Adresse nicht.'],
    ['nl', 'Wij slaan uw IP-adres niet op.'],
    ['nl', 'Wij bewaren uw IP-adres niet.'],
    ['de', 'Daher speichern wir Ihre IP-Adresse nicht.'],
    ['de', 'Wir speichern Ihre IP-Adresse dabei nicht.'],
    ['de', 'Wir erheben Ihren Namen niemals.'],
    ['de', 'Wir bewahren Ihre E-Mail-Adresse nicht auf.'],
    ['de', 'Wir zeichnen Ihren Standort niemals auf.'],
    ['de', 'Wir speichern Ihre E-Mail-Adresse, Ihren Namen und Ihre IP-Adresse nicht.'],
    ['de', 'Wir speichern Ihre IP-Adresse nicht und geben sie nicht weiter.'],
    ['de', 'Wir speichern Ihre IP-Adresse nicht, da wir sie nicht benötigen.'],
    ['nl', 'We verzamelen je e-mailadres nooit.'],
    ['nl', 'Wij registreren uw locatie nooit.'],
    ['de', 'Wenn Sie unsere Website besuchen, speichern wir Ihre IP-Adresse nicht.'],
    ['nl', 'Wij leggen uw naam niet vast.'],
    ['nl', 'Wij houden uw locatie niet bij.'],
    ['nl', 'Wij slaan uw IP-adres niet op en delen het niet.'],
    ['nl', 'Wij bewaren uw naam en uw e-mailadres niet.'],
    ['nl', 'Wij verklaren dat wij uw IP-adres niet opslaan.'],
    ['nb', 'Vi lagrer ikke IP-adressen din.'],
    ['sv', 'Vi sparar inte din IP-adress.'],
    ['da', 'Vi gemmer ikke din IP-adresse.'],
    ['en', 'We do not store your IP address.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test.each<[Lang, string, DataType[]]>([
    ['de', 'Wir speichern Ihre IP-Adresse nicht länger als 7 Tage.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht dauerhaft.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht im Klartext.', ['ip-address']],
    ['de', 'Wir speichern Ihre E-Mail-Adresse nicht für Werbung.', ['email']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht, sondern nur gekürzt.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht sondern nur gekürzt.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht, wenn Sie widersprechen.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht und nur gekürzt.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse im Klartext nicht.', ['ip-address']],
    ['de', 'Wir speichern Ihre vollständige IP-Adresse nicht.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse, Ihre Daten verkaufen wir nicht.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse, wenn Sie dem nicht widersprechen.', ['ip-address']],
    ['de', 'Wir speichern Ihre E-Mail-Adresse und geben sie nicht an Dritte weiter.', ['email']],
    ['de', 'Speichern wir Ihre IP-Adresse nicht, können Sie die Website nicht nutzen.', ['ip-address']],
    ['de', 'Wir speichern Ihre IP-Adresse nicht mehr.', ['ip-address']],
    ['de', 'Wir erheben Ihre E-Mail-Adresse nicht ohne Ihre Einwilligung.', ['email']],
    ['de', 'Wir sammeln Ihre E-Mail-Adresse nicht automatisch.', ['email']],
    ['nl', 'Wij bewaren uw IP-adres niet, tenzij u toestemming geeft.', ['ip-address']],
    ['nl', 'Wij bewaren uw IP-adres niet, als u dat niet wilt.', ['ip-address']],
    ['nl', 'Wij bewaren uw IP-adres niet langer dan nodig.', ['ip-address']],
    ['nl', 'Wij bewaren uw IP-adres niet, maar alleen een ingekorte versie.', ['ip-address']],
    ['nl', 'Wij bewaren uw e-mailadres niet voor reclamedoeleinden.', ['email']],
    ['de', 'Wir speichern Ihr Passwort nicht im Klartext.', ['credentials']],
    ['nl', 'Wij bewaren uw IP-adres en delen het niet met derden.', ['ip-address']],
  ])('what limits the keeping keeps the data: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });

  test('a comma no "and" closes sets a contrast: the stored address stays (the name denied is left unread)', () => {
    const text = 'Wir speichern Ihre IP-Adresse, Ihren Namen nicht.';
    for (const types of typesBoth(text, 'de')) expect(types).toContain('ip-address');
  });
});
