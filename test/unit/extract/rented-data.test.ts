/**
 * Session 18 (fixp18x): renting data out is selling it. "Vos coordonnées peuvent être louées ou cédées à des
 * partenaires commerciaux" read sells null: rent words were denial-only. A rent verb now admits a sale with data
 * as its subject or object and a party it goes to; "cédées" alone is a transfer, and renting cars, rooms or
 * equipment, a rental history or a denial stays what it was.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sells = (text: string, lang: Lang) => practicesOf([text], lang).sharing.sells;

describe('data rented out to others is sold', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Vos coordonnées peuvent être louées ou cédées à des partenaires commerciaux, sauf opposition de votre part.',
    ],
    ['en', 'Your contact details may be rented to business partners.'],
    ['en', 'We may rent your personal information to third parties.'],
    ['de', 'Ihre Kontaktdaten können an Geschäftspartner vermietet werden.'],
    ['nl', 'Uw contactgegevens kunnen worden verhuurd aan zakenpartners.'],
    ['nb', 'Kontaktopplysningene dine kan leies ut til samarbeidspartnere.'],
    ['sv', 'Dina kontaktuppgifter kan hyras ut till samarbetspartner.'],
    ['da', 'Dine kontaktoplysninger kan udlejes til samarbejdspartnere.'],
    ['es', 'Sus datos de contacto pueden ser alquilados a socios comerciales.'],
    ['it', 'I suoi dati di contatto possono essere affittati a partner commerciali.'],
    ['pl', 'Twoje dane kontaktowe mogą być wynajmowane partnerom handlowym.'],
    ['pt', 'Os seus dados de contacto podem ser alugados a parceiros comerciais.'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });
});

describe('renting things, a rental history, a transfer or a question is no sale', () => {
  test.each<[Lang, string]>([
    ['fr', 'Vos coordonnées peuvent être cédées à des partenaires commerciaux.'],
    ['en', 'We rent cars, rooms and equipment to our customers.'],
    ['en', 'We keep your rental history to manage your bookings.'],
    ['en', 'We share your rent payment data with our partners.'],
    ['de', 'Wir vermieten Fahrräder an Gäste.'],
    ['de', 'Wir vermieten Ferienwohnungen an Gäste und geben Ihre Daten an unsere Partner weiter.'],
    ['de', 'Wir geben Ihre Kontaktdaten an den Vermieter und unsere Partner weiter.'],
    ['fr', 'Nous louons des voitures à nos clients.'],
    ['fr', 'Nous louons des véhicules et transmettons vos coordonnées à nos partenaires.'],
    ['es', 'Compartimos los datos del alquiler con nuestros socios.'],
    ['pl', 'Wynajmujemy sprzęt partnerom, a Twoje dane przetwarzamy wyłącznie w celu realizacji umowy.'],
    ['en', 'Do we rent your data to partners?'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBeNull();
  });

  test.each<[Lang, string]>([
    ['en', 'We do not rent or sell your personal information to third parties.'],
    ['en', 'We never rent your information to third parties.'],
    ['de', 'Wir vermieten oder verkaufen Ihre Daten nicht an Dritte.'],
    ['fr', 'Nous ne louons ni ne vendons vos données à des tiers.'],
  ])('a denial stays a denial: %s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(false);
  });
});

/**
 * Session 18 (fixr18b): a rented thing is not rented data. Data about a rented car or flat shared with partners
 * read sells true: the partner anywhere in the clause counted, and a data noun before a preposition ("about the
 * cars", "des véhicules") counted as what is rented. The partner must be the rent verb's own "to" phrase and the
 * data its subject or object.
 */
describe('data about a rented thing shared with partners is no sale', () => {
  test.each<[Lang, string]>([
    ['en', 'Rented equipment details are shared with our partners for maintenance.'],
    ['en', 'When renting your vehicle, your personal information is shared with our partners.'],
    ['en', 'We keep data on vehicles rented by our customers and share it with partners.'],
    ['en', 'Rental history data is shared with partners who service the rented vehicle.'],
    ['en', 'Information about the cars we rent out is shared with our insurance partners.'],
    ['en', 'Customer data relating to rented vehicles is shared with our partners for servicing.'],
    ['en', 'Information about the cars we rent out is passed to our insurance partners.'],
    ['fr', 'Les données des véhicules loués sont partagées avec nos partenaires.'],
    ['fr', 'Les informations sur les logements que nous louons sont transmises à nos partenaires.'],
    ['es', 'Los datos de los coches alquilados se comparten con terceros para su mantenimiento.'],
    [
      'es',
      'Los datos de los pisos que alquilamos se comunican a terceros, como la comunidad de propietarios.',
    ],
    ['de', 'Daten zu den Fahrzeugen, die wir vermieten, geben wir an unsere Versicherungspartner weiter.'],
    ['nl', 'Gegevens over de fietsen die wij verhuren worden gedeeld met onze partners.'],
    ['it', 'I dati dei veicoli noleggiati sono condivisi con terzi per la manutenzione.'],
    ['it', 'I dati relativi alle auto che noleggiamo sono comunicati a terzi, come le assicurazioni.'],
    ['pt', 'Os dados dos carros alugados são partilhados com parceiros para manutenção.'],
    ['pt', 'Os dados dos imóveis que alugamos são partilhados com parceiros.'],
    ['pl', 'Dane wynajętych pojazdów przekazujemy partnerom serwisowym.'],
    ['pl', 'Dane dotyczące mieszkań, które wynajmujemy, przekazujemy partnerom.'],
    ['pl', 'W celu wynajmowania samochodu przekazujemy Twoje dane partnerom.'],
    ['sv', 'Uppgifter om bilar som hyrs ut delas med våra partner.'],
    ['nb', 'Opplysninger om biler som leies ut deles med våre partnere.'],
    ['da', 'Oplysninger om udlejede biler deles med vores partnere.'],
    ['da', 'Oplysninger om de lejligheder, vi udlejer, deles med vores partnere.'],
  ])('%s: %s', (lang, text) => {
    expect(sells(text, lang)).toBeNull();
  });

  test.each<[Lang, string]>([
    ['fr', 'Vos coordonnées peuvent être louées ou cédées à des partenaires commerciaux.'],
    ['fr', 'Nous louons vos données à des annonceurs.'],
    ['en', 'Your personal information may be rented to third parties.'],
    ['en', 'We may rent out your email address to other companies.'],
    ['de', 'Wir vermieten Ihre Kontaktdaten an Werbepartner.'],
    ['nl', 'Wij verhuren uw gegevens aan adverteerders.'],
    ['nb', 'Opplysningene dine kan leies ut til tredjeparter.'],
    ['sv', 'Dina uppgifter kan hyras ut till tredje part.'],
    ['da', 'Dine oplysninger kan udlejes til tredjeparter.'],
    ['es', 'Alquilamos sus datos de contacto a otras empresas.'],
    ['it', 'I tuoi dati possono essere noleggiati a terzi.'],
    ['pl', 'Twoje dane mogą być wynajmowane podmiotom trzecim.'],
    ['pt', 'Os seus dados podem ser alugados a parceiros comerciais.'],
  ])('data rented to a party still sells: %s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous ne louons ni ne cédons vos coordonnées à des partenaires commerciaux.'],
    ['pl', 'Nie wynajmujemy ani nie sprzedajemy Twoich danych podmiotom trzecim.'],
  ])('a denial stays a denial: %s: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(false);
  });
});
