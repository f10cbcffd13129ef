/**
 * Session 18 (probe18): a sale of mailing lists, address lists, contact lists or names and addresses is a sale of
 * data. "We sell the mailing list of our auction bidders to selected antique dealers", "Vi säljer våra kunders namn
 * och adresser", "Vendemos listados de clientes" read sells null: the sold thing was no data noun of selling.json.
 * A shop that sells goods, domain names or mailing supplies sells no data; a denial stays a denial.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sells = (text: string, lang: Lang) => practicesOf([text], lang).sharing.sells;

describe('lists of people and their names and addresses are data sold', () => {
  test.each<[Lang, string]>([
    ['en', 'We sell the mailing list of our auction bidders to selected antique dealers.'],
    ['en', 'We sell customer names and addresses to other retailers.'],
    ['de', 'Wir verkaufen Namen und Adressen unserer Kunden an ausgewählte Partner.'],
    ['de', 'Wir verkaufen unsere Adresslisten an Partnerunternehmen.'],
    ['nl', 'Wij verkopen onze adresbestanden aan derden.'],
    ['nb', 'Vi selger navn og adresser til samarbeidspartnere.'],
    ['sv', 'Vi säljer våra kunders namn och adresser till utvalda partner.'],
    ['da', 'Vi sælger navne og adresser til udvalgte partnere.'],
    ['fr', 'Nous vendons nos listes d’adresses à des partenaires.'],
    ['es', 'Vendemos listados de clientes a empresas colaboradoras.'],
    ['it', 'Vendiamo liste di contatti a partner selezionati.'],
    ['pl', 'Sprzedajemy listy adresowe naszym partnerom.'],
    ['pt', 'Vendemos listas de contactos de clientes a outras empresas.'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });
});

describe('goods, names of things and denials are no sale of data', () => {
  test.each<[Lang, string, boolean | null]>([
    ['en', 'We sell furniture and home accessories to customers across Europe.', null],
    ['en', 'We sell domain names to businesses.', null],
    ['en', 'We sell mailing supplies to businesses.', null],
    ['en', 'We never sell our mailing list.', false],
    ['de', 'Wir verkaufen niemals Namen und Adressen unserer Kunden.', false],
    ['sv', 'Vi säljer aldrig våra kunders namn och adresser.', false],
    ['es', 'Nunca vendemos listados de clientes.', false],
  ])('%s: %s', (lang, text, expected) => {
    expect(sells(text, lang)).toBe(expected);
  });
});
