/**
 * Probe15: addresses spelled out in the page language's words, with no brackets, were not read ("privacy
 * apenstaartje energiegroen punt nl", "gdpr snabel-a campusaa punktum dk"). An "at" word only an address uses
 * (contact.json spokenAt) and a known top-level domain after a dot or a spoken dot word (knownTlds, spokenDot)
 * make one; ordinary prose with a dot word ("punto de venta", "at the point of sale") never does.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf } from './helpers';

describe('an address spelled out in words is read in normal form', () => {
  test.each<[Lang, string, string]>([
    ['nl', 'Stuur je verzoek naar privacy apenstaartje energiegroen punt nl.', 'privacy@energiegroen.nl'],
    ['da', 'Skriv til gdpr snabel-a campusaa punktum dk.', 'gdpr@campusaa.dk'],
    ['it', 'Indirizzo e-mail: dpo chiocciola studiolegaleferri punto it.', 'dpo@studiolegaleferri.it'],
    ['pt', 'Escreva para privacidade arroba luzverde ponto pt.', 'privacidade@luzverde.pt'],
    [
      'sv',
      'Mejla dataskydd snabel-a bostadsbolaget punkt se om du har frågor.',
      'dataskydd@bostadsbolaget.se',
    ],
    ['nb', 'Send en e-post til personvern krøllalfa fjellbanken punktum no.', 'personvern@fjellbanken.no'],
    [
      'de',
      'Schreiben Sie an datenschutz Klammeraffe stadtwerke-nord Punkt de.',
      'datenschutz@stadtwerke-nord.de',
    ],
    ['fr', 'Écrivez à dpo arobase mairie-saint-leu point fr.', 'dpo@mairie-saint-leu.fr'],
    ['es', 'Escriba a privacidad arroba clinicasol punto es.', 'privacidad@clinicasol.es'],
    ['pl', 'Napisz na adres iod małpa szpital-miejski kropka pl.', 'iod@szpital-miejski.pl'],
    ['it', 'Scrivi a privacy chiocciola comune punto esempio punto it.', 'privacy@comune.esempio.it'],
    ['da', 'Skriv til gdpr snabel-a campusaa.dk.', 'gdpr@campusaa.dk'],
    ['nl', 'Mail naar privacy apenstaartje energiegroen [punt] nl.', 'privacy@energiegroen.nl'],
  ])('[%s] %s', (lang, text, email) => {
    expect(emailsOf(text, lang)).toEqual([email]);
  });
});

describe('prose with the same words is no address', () => {
  test.each<[Lang, string]>([
    ['en', 'Privacy at heart: we design every product with care.'],
    ['en', 'We collect your card details at the point of sale.'],
    ['en', 'Write to privacy at example dot com.'],
    ['es', 'Sus datos se recogen en el punto de venta.'],
    ['es', 'El paquete pesa una arroba y media.'],
    ['pt', 'Os dados estão a ponto de ser apagados.'],
    ['pt', 'A mala pesa uma arroba ponto final.'],
    ['it', 'La chiocciola è il simbolo usato negli indirizzi e-mail.'],
    ['pl', 'W zoo mieszka małpa kropka w kropkę podobna do nas.'],
    ['nl', 'Het apenstaartje punt is een teken.'],
    ['de', 'Der Klammeraffe steht in jeder Adresse; Punkt.'],
  ])('[%s] %s', (lang, text) => {
    expect(emailsOf(text, lang)).toEqual([]);
  });
});
