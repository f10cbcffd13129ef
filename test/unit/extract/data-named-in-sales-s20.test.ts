/**
 * Session 20 (fixs20a): the data a sale is of are data the site holds. A sentence that admits a sale of data
 * (sells true) is its own collection cue, so "We may sell or rent your name and postal address", "Die
 * Adressdaten unserer Kunden verkaufen wir", "Vi selger kundelister med navn og adresse" read the data types
 * they name, in all eleven languages. A denied sale reads sells false and no data (it states none held), and
 * goods sold (address labels, name badges) read neither.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('a sale of named data reads the sale and the data', () => {
  test.each<[Lang, string, DataType[]]>([
    [
      'en',
      'We may sell or rent your name and postal address to other organisations for their own marketing.',
      ['name', 'postal-address'],
    ],
    ['en', 'We sell your e-mail address to selected marketing partners.', ['email']],
    ['de', 'Wir verkaufen die Postanschriften unserer Kunden an Partnerunternehmen.', ['postal-address']],
    ['de', 'Wir verkaufen Ihren Namen und Ihre E-Mail-Adresse an Werbepartner.', ['name', 'email']],
    ['nl', 'Wij verkopen uw naam en adres aan andere bedrijven.', ['name', 'postal-address']],
    ['nb', 'Vi selger navn og adresse til samarbeidspartnere.', ['name', 'postal-address']],
    ['sv', 'Vi säljer namn och adress till våra samarbetspartner.', ['name', 'postal-address']],
    ['da', 'Vi sælger navn og adresse til vores samarbejdspartnere.', ['name', 'postal-address']],
    [
      'fr',
      'Nous vendons vos nom et adresse postale à des partenaires commerciaux.',
      ['name', 'postal-address'],
    ],
    ['es', 'Vendemos tu nombre y tu dirección postal a empresas colaboradoras.', ['name', 'postal-address']],
    ['it', 'Vendiamo il tuo nome e il tuo indirizzo postale ad aziende partner.', ['name', 'postal-address']],
    [
      'pl',
      'Sprzedajemy Twoje imię i nazwisko oraz adres pocztowy partnerom handlowym.',
      ['name', 'postal-address'],
    ],
    ['pt', 'Vendemos o seu nome e a sua morada a empresas parceiras.', ['name', 'postal-address']],
    ['en', 'We sell the postal addresses of our customers to mail-order companies.', ['postal-address']],
    ['nl', 'Wij verkopen de e-mailadressen van onze klanten aan adverteerders.', ['email']],
  ])('%s: %s', (lang, text, types) => {
    const p = practicesOf([text], lang);
    expect(p.sharing.sells).toBe(true);
    for (const t of types) expect(p.collection.dataTypes).toContain(t);
  });
});

describe('a denied sale reads sells false and no data', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not sell your name or postal address to anyone.'],
    ['en', 'We will never sell or rent your e-mail address.'],
    ['de', 'Wir verkaufen Ihren Namen und Ihre Anschrift nicht.'],
    ['nl', 'Wij verkopen uw naam en adres nooit aan derden.'],
    ['nb', 'Vi selger ikke navn og adresse til andre.'],
    ['sv', 'Vi säljer aldrig ditt namn eller din adress.'],
    ['da', 'Vi sælger ikke dit navn og din adresse til andre.'],
    ['fr', 'Nous ne vendons jamais vos nom et adresse.'],
    ['es', 'No vendemos tu nombre ni tu dirección a terceros.'],
    ['it', 'Non vendiamo mai il tuo nome e il tuo indirizzo.'],
    ['pl', 'Nie sprzedajemy Twojego imienia, nazwiska ani adresu.'],
    ['pt', 'Nunca vendemos o seu nome nem a sua morada.'],
  ])('%s: %s', (lang, text) => {
    const p = practicesOf([text], lang);
    expect(p.sharing.sells).toBe(false);
    expect(p.collection.dataTypes).toEqual([]);
  });
});

describe('goods sold and deliveries read no sale and no data', () => {
  test.each<[Lang, string]>([
    ['en', 'Our shop sells address labels and name badges.'],
    ['de', 'Wir verkaufen Namensschilder und Adressaufkleber.'],
    ['nl', 'Wij verkopen naambordjes en adresstickers.'],
    ['nb', 'Vi selger navneskilt og adresselapper.'],
    ['sv', 'Vi säljer namnskyltar och adressetiketter.'],
    ['da', 'Vi sælger navneskilte og adresseetiketter.'],
    ['fr', "Nous vendons des étiquettes d'adresse et des badges nominatifs."],
    ['es', 'Vendemos etiquetas de dirección y placas con nombre.'],
    ['it', 'Vendiamo etichette per indirizzi e targhette con il nome.'],
    ['pl', 'Sprzedajemy etykiety adresowe i identyfikatory z imieniem.'],
    ['pt', 'Vendemos etiquetas de morada e crachás com nome.'],
    ['en', 'We deliver to the postal addresses of our customers in Europe.'],
  ])('%s: %s', (lang, text) => {
    const p = practicesOf([text], lang);
    expect(p.sharing.sells).not.toBe(true);
    expect(p.collection.dataTypes).toEqual([]);
  });
});
