/**
 * The business going abroad is no transfer of data; another party storing data in a named country is one
 * (session 14's unseen probe and fixers, fix15b).
 *
 * "Unser Autohaus verkauft auch Fahrzeuge ins europäische Ausland": cars are sold abroad. "Ausland" is a
 * general word for the international topic, read where the model or a heading puts the passage under
 * transfers. Selling, delivering, shipping or exporting abroad, with no data noun among the words between
 * the verb and "abroad", is masked in all eleven languages; "we transfer your data abroad" still reads.
 *
 * "Our payment provider stores card data in the United States": a careful reader sees data kept outside the
 * EEA, a transfer in all but the word (GDPR ch. V covers a processor's storage). English read only the
 * participle ("stored in the United States"), Dutch only "opgeslagen": the present with a data noun now
 * reads too, also after a denied transfer of the site's own ("We do not transfer ..., but our payment
 * provider stores ..."). Goods kept in a warehouse there say nothing, as before.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('goods sold or shipped abroad are no transfer', () => {
  test.each<[Lang, string]>([
    ['de', 'Unser Autohaus verkauft auch Fahrzeuge ins europäische Ausland.'],
    ['en', 'We also sell vehicles abroad and ship spare parts overseas.'],
    ['nl', 'Wij verkopen onze fietsen ook naar het buitenland.'],
    ['nb', 'Vi selger også biler til utlandet.'],
    ['sv', 'Vi säljer även bilar till utlandet.'],
    ['da', 'Vi sælger også biler til udlandet.'],
    ['fr', 'Nous vendons aussi des véhicules dans d’autres pays.'],
    ['es', 'También vendemos vehículos a otros países.'],
    ['it', 'Vendiamo veicoli anche in altri paesi.'],
    ['pl', 'Sprzedajemy samochody także za granicę.'],
    ['pt', 'Também vendemos veículos para outros países.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['en', 'We may transfer your data abroad.'],
    ['de', 'Wir übermitteln Ihre Daten ins Ausland.'],
    ['nl', 'Wij verstrekken uw gegevens aan partijen in het buitenland.'],
    ['da', 'Vi kan overføre dine oplysninger til udlandet.'],
    ['fr', 'Vos données peuvent faire l’objet de transferts vers d’autres pays.'],
    ['pl', 'Twoje dane mogą być przekazywane za granicę.'],
  ])('a transfer abroad still reads with the model sure, %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')[1]).toBe(true);
  });
});

describe('another party storing data in a named country reads a transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'Our payment provider stores card data in the United States.'],
    [
      'en',
      'We do not transfer your data outside the EU, but our payment provider stores card data in the United States.',
    ],
    [
      'de',
      'Wir übermitteln Ihre Daten nicht in Drittländer, aber unser Zahlungsdienstleister speichert Kartendaten in den USA.',
    ],
    ['nl', 'Onze betaalprovider slaat kaartgegevens op in de VS.'],
    ['nb', 'Betalingsleverandøren vår lagrer kortopplysninger i USA.'],
    ['sv', 'Vår betaltjänstleverantör lagrar kortuppgifter i USA.'],
    ['da', 'Vores betalingsudbyder opbevarer kortoplysninger i USA.'],
    ['fr', 'Notre prestataire de paiement stocke les données de carte aux États-Unis.'],
    ['es', 'Nuestro proveedor de pagos almacena los datos de la tarjeta en Estados Unidos.'],
    ['it', 'Il nostro fornitore di pagamenti conserva i dati della carta negli Stati Uniti.'],
    ['pl', 'Nasz dostawca płatności przechowuje dane kart w Stanach Zjednoczonych.'],
    ['pt', 'O nosso prestador de pagamentos armazena os dados do cartão nos Estados Unidos.'],
  ])('%s, with the model silent: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['en', 'We store products in our warehouse in China.'],
    ['en', 'Our support team keeps office hours in Canada.'],
    ['nl', 'Wij slaan producten op in ons magazijn in de VS.'],
  ])('goods and offices say nothing, %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')[0]).toBe(false);
  });
});

/**
 * A named personal datum sent abroad is a transfer (review15b finding 2, fixr15b). The goods-abroad mask
 * holds only where no data noun (address, e-mail, phone number, records, history, contact, name, profile,
 * account; "Adresse", "\w*nummer", "adres", "opplysninger", "uppgifter", ...) stands between the verb and
 * "abroad" or before the verb in the sentence (a passive: "Your contact info ... are shipped abroad").
 * "We ship your order abroad" stays goods; "We send your order details abroad" is data.
 */
describe('a named datum shipped abroad is a transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'We export your email address abroad to our partners.'],
    ['en', 'We deliver your customer records to other countries for processing.'],
    ['en', 'Your contact info and order history are shipped abroad to our fulfilment partners.'],
    ['en', 'We send your order details abroad.'],
    ['de', 'Wir versenden Ihre Adresse und Telefonnummer ins Ausland an unsere Partner.'],
    ['de', 'Ihre Kundennummer wird ins Ausland geliefert.'],
    ['nl', 'Wij verzenden uw adres en telefoonnummer naar het buitenland aan onze partners.'],
    ['nl', 'Wij verzenden uw gegevens naar het buitenland.'],
    ['sv', 'Vi skickar din adress och ditt telefonnummer till utlandet till våra partner.'],
    ['nb', 'Vi sender dine opplysninger til utlandet.'],
    ['nb', 'Vi sender adressen og telefonnummeret ditt til utlandet.'],
    ['da', 'Vi sender din adresse og dit telefonnummer til udlandet.'],
    ['pl', 'Wysyłamy Twój adres i numer telefonu za granicę do naszych partnerów.'],
  ])('%s, with the model sure: %s', (lang, text) => {
    // Data sent abroad is a strong term in some of these since probe15 (adequacy-and-abroad.test.ts).
    expect(flagBoth(text, lang, 'international', 'audiences')[1]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'We ship your order abroad.'],
    ['en', 'We ship parcels and goods abroad.'],
    ['de', 'Wir versenden Ihre Bestellung auch ins Ausland.'],
    ['nl', 'Wij verzenden uw bestelling ook naar het buitenland.'],
    ['nb', 'Vi sender pakken din til utlandet.'],
    ['sv', 'Vi skickar ditt paket till utlandet.'],
    ['da', 'Vi sender din pakke til udlandet.'],
    ['fr', 'Nous expédions votre commande à l’étranger.'],
    ['es', 'Enviamos su pedido al extranjero.'],
    ['it', 'Spediamo il tuo ordine all’estero.'],
    ['pl', 'Wysyłamy Twoje zamówienie za granicę.'],
    ['pt', 'Enviamos a sua encomenda para o estrangeiro.'],
  ])('an order or parcel shipped abroad stays goods, %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([false, false]);
  });
});
