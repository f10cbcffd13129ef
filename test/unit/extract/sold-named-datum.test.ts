import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/** A data type of the user named as the object of a sell word is a sale of personal data (probe of session 14). */
const SOLD: readonly Case[] = [
  {
    lang: 'de',
    text: 'Mit Ihrer Einwilligung verkaufen wir Ihre Postanschrift an ausgewählte Partnerunternehmen, die Ihnen eigene Angebote zusenden.',
  },
  { lang: 'en', text: 'We sell your postal address to selected partners.' },
  { lang: 'en', text: 'We may sell your phone number and date of birth to marketing companies.' },
  { lang: 'nl', text: 'Wij verkopen uw postadres aan geselecteerde partners.' },
  { lang: 'nb', text: 'Vi selger postadressen din til utvalgte partnere.' },
  { lang: 'nb', text: 'Vi selger din postadresse til utvalgte partnere.' },
  { lang: 'sv', text: 'Vi säljer din postadress till utvalda partner.' },
  { lang: 'da', text: 'Vi sælger din postadresse til udvalgte partnere.' },
  { lang: 'fr', text: 'Nous vendons votre adresse postale à des partenaires sélectionnés.' },
  { lang: 'es', text: 'Vendemos su dirección postal a socios seleccionados.' },
  { lang: 'it', text: 'Vendiamo il tuo indirizzo postale a partner selezionati.' },
  { lang: 'pl', text: 'Sprzedajemy Twój adres pocztowy wybranym partnerom.' },
  { lang: 'pt', text: 'Vendemos a sua morada a parceiros selecionados.' },
];

/** Goods sold, the user selling, other people's addresses, a merger: no sale of the user's data. */
const NOT_SOLD: readonly Case[] = [
  { lang: 'en', text: 'We sell products, tickets and vehicles.' },
  { lang: 'en', text: 'We sell our business to a new owner.' },
  { lang: 'en', text: 'You can sell your car through our platform.' },
  { lang: 'en', text: 'If you sell your home, please update your details in your account.' },
  { lang: 'en', text: 'Sellers can see the buyers’ addresses.' },
  { lang: 'en', text: "The seller's address is shown on the invoice." },
  { lang: 'en', text: 'In the event of a merger, your data may be transferred to the buyer.' },
  { lang: 'en', text: 'We sell products and your postal address is used only for delivery.' },
  { lang: 'en', text: 'We sell your photos and videos to stock agencies and pay you a royalty.' },
  { lang: 'en', text: 'We sell your favourite cookies in our shops.' },
  { lang: 'de', text: 'Wir verkaufen Produkte und Ihre Postanschrift nutzen wir nur für die Lieferung.' },
  { lang: 'de', text: 'Sie können Ihr Auto über unsere Plattform verkaufen.' },
  { lang: 'nl', text: 'Wij verkopen producten, tickets en voertuigen.' },
  { lang: 'nb', text: 'Du kan selge bilen din via plattformen vår.' },
  { lang: 'sv', text: 'Vi säljer produkter och din postadress används bara för leveransen.' },
  { lang: 'da', text: 'Vi sælger billetter til koncerter.' },
  { lang: 'fr', text: 'Vous pouvez vendre votre voiture sur notre plateforme.' },
  { lang: 'es', text: 'Vendemos productos, entradas y vehículos.' },
  { lang: 'it', text: 'Vendiamo prodotti e il tuo indirizzo postale serve solo per la consegna.' },
  { lang: 'pl', text: 'Sprzedajemy produkty, bilety i pojazdy.' },
  { lang: 'pt', text: 'Pode vender o seu carro através da nossa plataforma.' },
];

/** Denials of the same sale stay denials. */
const DENIED: readonly Case[] = [
  { lang: 'en', text: 'We do not sell your e-mail address.' },
  { lang: 'de', text: 'Wir verkaufen Ihre Postanschrift nicht.' },
  { lang: 'nl', text: 'Wij verkopen uw postadres nooit.' },
  { lang: 'nb', text: 'Vi selger ikke postadressen din.' },
  { lang: 'sv', text: 'Vi säljer aldrig din postadress.' },
  { lang: 'da', text: 'Vi sælger ikke din postadresse.' },
  { lang: 'fr', text: 'Nous ne vendons jamais votre adresse postale.' },
  { lang: 'es', text: 'No vendemos su dirección postal.' },
  { lang: 'it', text: 'Non vendiamo il tuo indirizzo postale.' },
  { lang: 'pl', text: 'Nie sprzedajemy Twojego adresu e-mail.' },
  { lang: 'pt', text: 'Não vendemos a sua morada.' },
];

describe('a named datum of the user as the object of a sell word', () => {
  it.each(SOLD)('[$lang] $text is a sale', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(NOT_SOLD)('[$lang] $text says nothing', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(DENIED)('[$lang] $text stays a denial', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
});

/** The user selling (a home, a car, goods): the data named beside it are not sold by the operator. */
const USER_SELLS: readonly Case[] = [
  { lang: 'en', text: 'If you sell your home, please update your details in your account.' },
  { lang: 'de', text: 'Wenn Sie Ihr Auto über uns verkaufen, sehen Käufer Ihre Kontaktdaten.' },
  { lang: 'nl', text: 'Als u uw auto via ons platform verkoopt, zien kopers uw contactgegevens.' },
  { lang: 'nb', text: 'Hvis du selger bilen din hos oss, ser kjøpere kontaktopplysningene dine.' },
  { lang: 'sv', text: 'Om du säljer din bil hos oss ser köpare dina kontaktuppgifter.' },
  { lang: 'da', text: 'Hvis du sælger din bil hos os, ser købere dine kontaktoplysninger.' },
  { lang: 'fr', text: 'Si vous vendez votre voiture, les acheteurs voient vos coordonnées.' },
  { lang: 'es', text: 'Si vendes tu coche con nosotros, los compradores ven tus datos de contacto.' },
  { lang: 'it', text: 'Se vendi la tua auto con noi, gli acquirenti vedono i tuoi dati di contatto.' },
  { lang: 'pl', text: 'Jeśli sprzedajesz samochód przez nasz serwis, kupujący widzą Twoje dane kontaktowe.' },
  { lang: 'pt', text: 'Se vender o seu carro connosco, os compradores veem os seus dados de contacto.' },
];

describe('the user as the seller', () => {
  it.each(USER_SELLS)('[$lang] $text says nothing', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
});

/** A question admits nothing (its answer does); a denial asked still denies. */
describe('a sale asked', () => {
  it.each<Case>([
    { lang: 'en', text: 'Do we sell your personal information?' },
    { lang: 'en', text: 'Do we sell your postal address?' },
    { lang: 'de', text: 'Verkaufen wir Ihre Postanschrift?' },
    { lang: 'fr', text: 'Vendons-nous votre adresse postale ?' },
    { lang: 'es', text: '¿Vendemos su dirección postal?' },
  ])('[$lang] $text says nothing', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it('[en] a denial asked still denies', () => {
    expect(sells('Why do we never sell your data?', 'en')).toBe(false);
  });
});
