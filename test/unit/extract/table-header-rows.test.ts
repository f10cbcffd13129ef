/**
 * The header row of a cookie or processor table ("Navn Kategori Formål Udløb Leverandør", Cookiebot's
 * "Name Provider Purpose Expiry Type") names columns, not parties: its "Leverandør", "Udbyder", "Aanbieder"
 * column named service providers. A row of data, or a row of only two words, still reads as it did.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const rowRecipients = (text: string, lang: Lang) =>
  practicesOf([{ text, kind: 'table-row', heading: 'Cookies' }], lang).sharing.recipients;

describe('a table header names no recipient', () => {
  test.each<[Lang, string]>([
    ['da', 'Navn Kategori Formål Udløb Leverandør'],
    ['da', 'Navn Udbyder Formål Udløb Type'],
    ['nb', 'Navn Leverandør Formål Utløpsdato Type'],
    ['sv', 'Namn Leverantör Syfte Utgång Typ'],
    ['nl', 'Naam Aanbieder Doel Vervaldatum Type'],
    ['en', 'Name Provider Purpose Expiry Type'],
    ['de', 'Name Anbieter Zweck Ablauf Typ'],
    ['fr', 'Nom Fournisseur Finalité Expiration Type'],
    ['es', 'Nombre Proveedor Finalidad Caducidad Tipo'],
    ['it', 'Nome Fornitore Finalità Scadenza Tipo'],
    ['pl', 'Nazwa Dostawca Cel Wygaśnięcie Typ'],
    ['pt', 'Nome Fornecedor Finalidade Expiração Tipo'],
  ])('%s: %s', (lang, text) => {
    expect(rowRecipients(text, lang)).toEqual([]);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['da', 'Hosting Vores hostingudbyder gemmer data på servere i EU'],
    ['nl', 'Aanbieder Hosting Wij delen gegevens met onze hostingprovider'],
    ['en', 'Hosting We share your data with our hosting provider'],
  ])('%s: %s', (lang, text) => {
    expect(rowRecipients(text, lang)).toContain('service-providers');
  });
});
