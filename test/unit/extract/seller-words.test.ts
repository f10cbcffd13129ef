import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';
import { tableMatches } from './table-matches';

/**
 * A seller (a marketplace's merchant, "Sprzedawca" of a shop's terms) is not a sale of data: the noun is
 * neither a sell verb nor a sharing cue. What a sentence about a seller states is read from its own verb.
 */
const SELLER_SENTENCES: readonly { lang: Lang; text: string }[] = [
  { lang: 'pl', text: 'Sprzedawca otrzymuje Twoje dane osobowe w celu realizacji zamówienia.' },
  { lang: 'pl', text: 'Sprzedawca nie jest płatnikiem podatku VAT i nie przetwarza danych.' },
  { lang: 'sv', text: 'Säljaren får dina personuppgifter för att kunna leverera din beställning.' },
  { lang: 'sv', text: 'Säljare får inte använda dina uppgifter för marknadsföring.' },
  { lang: 'da', text: 'Sælgeren modtager dine personoplysninger for at kunne levere din ordre.' },
  { lang: 'da', text: 'Sælgere må ikke bruge dine oplysninger til markedsføring.' },
  { lang: 'de', text: 'Unsere Verkaufspartner erhalten Ihre Daten zur Abwicklung der Bestellung.' },
  { lang: 'fr', text: 'Nos revendeurs reçoivent vos données pour traiter votre commande.' },
];

const SELLER_NOUNS: readonly { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'Sellers on our marketplace are independent businesses.' },
  { lang: 'de', text: 'Unsere Verkaufsberater sind unabhängige Händler.' },
  { lang: 'nl', text: 'De verkoper is een onafhankelijke handelaar.' },
  { lang: 'nb', text: 'Selgeren er en uavhengig forhandler.' },
  { lang: 'sv', text: 'Säljaren är en oberoende handlare.' },
  { lang: 'da', text: 'Sælgeren er en uafhængig forhandler.' },
  { lang: 'fr', text: 'Le vendeur est un commerçant indépendant.' },
  { lang: 'es', text: 'El vendedor es un comerciante independiente.' },
  { lang: 'it', text: 'Il venditore è un commerciante indipendente.' },
  { lang: 'pl', text: 'Sprzedawca jest niezależnym przedsiębiorcą.' },
  { lang: 'pt', text: 'O vendedor é um comerciante independente.' },
];

/** The verbs stay cues: a denial of selling, and a sentence that shares with a seller by its own verb. */
const SELL_VERBS: readonly { lang: Lang; text: string; verb: string }[] = [
  { lang: 'en', text: 'We never sell your information.', verb: 'sell' },
  { lang: 'de', text: 'Wir verkaufen Ihre Daten nicht.', verb: 'verkaufen' },
  { lang: 'nl', text: 'Wij verkopen uw gegevens niet.', verb: 'verkopen' },
  { lang: 'nb', text: 'Vi selger ikke opplysningene dine.', verb: 'selger' },
  { lang: 'sv', text: 'Vi säljer inte dina personuppgifter.', verb: 'säljer' },
  { lang: 'da', text: 'Vi sælger ikke dine oplysninger.', verb: 'sælger' },
  { lang: 'fr', text: 'Nous ne vendons pas vos données.', verb: 'vendons' },
  { lang: 'es', text: 'No vendemos sus datos.', verb: 'vendemos' },
  { lang: 'it', text: 'Non vendiamo i tuoi dati.', verb: 'vendiamo' },
  { lang: 'pl', text: 'Nie sprzedajemy Twoich danych.', verb: 'sprzedajemy' },
  { lang: 'pt', text: 'Não vendemos os seus dados.', verb: 'vendemos' },
];

describe('a seller is not a sale of data', () => {
  it.each(SELLER_SENTENCES)('$lang: "$text" says nothing about selling', ({ lang, text }) => {
    expect(practicesOf([text], lang).sharing.sells).toBeNull();
  });

  it.each(SELLER_NOUNS)('$lang: the seller in "$text" is no sharing cue', ({ lang, text }) => {
    expect(tableMatches('cues/sharing.json/share', lang, text)).toEqual([]);
    expect(tableMatches('selling.json/verbs', lang, text)).toEqual([]);
  });

  it.each(SELL_VERBS)('$lang: "$text" still denies selling', ({ lang, text, verb }) => {
    expect(tableMatches('cues/sharing.json/share', lang, text)).toEqual([verb]);
    expect(practicesOf([text], lang).sharing.sells).toBe(false);
  });

  it('sharing with the seller is read from the sentence\'s own verb, not from "seller"', () => {
    const text = 'We share your delivery address with the seller.';
    expect(tableMatches('cues/sharing.json/share', 'en', text)).toEqual(['share']);
    expect(tableMatches('cues/sharing.json/share', 'de', 'Der Verkäufer erhält Ihre Adresse.')).toEqual([]);
  });
});
