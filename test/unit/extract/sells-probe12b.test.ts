import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/**
 * A sale conditioned on the user not having objected ("om du inte har motsatt dig det") is a sale: the
 * negation belongs to the objection, not to the sell word.
 */
const UNLESS_OBJECTED: readonly Case[] = [
  {
    lang: 'sv',
    text: 'Vi kan sälja kontaktuppgifter till noga utvalda samarbetspartner för marknadsföring, om du inte har motsatt dig det.',
  },
  { lang: 'en', text: 'We may sell your contact details to our partners if you have not objected.' },
  {
    lang: 'de',
    text: 'Wir verkaufen Ihre Kontaktdaten an Partner, sofern Sie dem nicht widersprochen haben.',
  },
  { lang: 'nb', text: 'Vi kan selge kontaktopplysningene dine til partnere hvis du ikke har reservert deg.' },
  {
    lang: 'da',
    text: 'Vi kan sælge dine kontaktoplysninger til partnere, hvis du ikke har gjort indsigelse.',
  },
  { lang: 'fr', text: 'Nous vendons vos coordonnées à nos partenaires si vous ne vous y êtes pas opposé.' },
  { lang: 'es', text: 'Podemos vender sus datos de contacto a socios si usted no se ha opuesto.' },
  { lang: 'it', text: 'Possiamo vendere i tuoi dati di contatto ai partner se non ti sei opposto.' },
  { lang: 'pl', text: 'Możemy sprzedawać Twoje dane kontaktowe partnerom, jeśli nie wniesiesz sprzeciwu.' },
  { lang: 'pt', text: 'Podemos vender os seus dados de contacto a parceiros se não se opuser.' },
];

/** The operator's business sold (a merger or acquisition) is no sale of data. */
const BUSINESS_SOLD: readonly Case[] = [
  {
    lang: 'sv',
    text: 'Om företaget säljs eller går samman med ett annat företag kan dina uppgifter överföras till den nya ägaren.',
  },
  { lang: 'da', text: 'Hvis virksomheden bliver solgt, kan dine oplysninger blive overdraget til køberen.' },
  { lang: 'en', text: 'If the company is sold, your data may be transferred to the new owner.' },
  {
    lang: 'de',
    text: 'Wird das Unternehmen verkauft, können Ihre Daten auf den neuen Eigentümer übergehen.',
  },
  {
    lang: 'nl',
    text: 'Als het bedrijf wordt verkocht, kunnen uw gegevens worden overgedragen aan de nieuwe eigenaar.',
  },
  { lang: 'nb', text: 'Hvis selskapet blir solgt, kan opplysningene dine overføres til den nye eieren.' },
  {
    lang: 'fr',
    text: "Si l'entreprise est vendue, vos données peuvent être transférées au nouveau propriétaire.",
  },
  { lang: 'es', text: 'Si la empresa es vendida, sus datos podrán transferirse al nuevo propietario.' },
  {
    lang: 'it',
    text: 'Se la società viene venduta, i suoi dati potranno essere trasferiti al nuovo proprietario.',
  },
  {
    lang: 'pl',
    text: 'Jeśli firma zostanie sprzedana, Twoje dane mogą zostać przekazane nowemu właścicielowi.',
  },
  {
    lang: 'pt',
    text: 'Se a empresa for vendida, os seus dados poderão ser transferidos para o novo proprietário.',
  },
];

/** Near sentences that must not change: plain denials, denials beside the opt-out link, admissions. */
const DENIALS: readonly Case[] = [
  { lang: 'sv', text: 'Vi säljer inte dina personuppgifter till någon.' },
  { lang: 'sv', text: 'Vi säljer inte dina uppgifter, även om du inte har motsatt dig det.' },
  { lang: 'en', text: 'We do not sell your personal information, even if you have not objected.' },
  { lang: 'da', text: 'Vi sælger ikke dine personoplysninger til tredjemand.' },
  { lang: 'de', text: 'Wir verkaufen Ihre personenbezogenen Daten nicht.' },
  {
    lang: 'en',
    text: 'We do not sell your personal information; the "Do Not Sell My Personal Information" link is shown for California residents.',
  },
  { lang: 'fr', text: 'Nous ne vendons pas vos données personnelles à des tiers.' },
  { lang: 'pl', text: 'Nie sprzedajemy Twoich danych osobowych.' },
  { lang: 'en', text: 'The company does not sell your personal data.' },
];
const ADMISSIONS: readonly Case[] = [
  { lang: 'nb', text: 'Vi selger opplysninger om kjøpshistorikken din til utvalgte annonsører.' },
  { lang: 'da', text: 'Vi videresælger oplysninger om dine indkøb til udvalgte samarbejdspartnere.' },
  { lang: 'sv', text: 'Företaget säljer dina uppgifter till annonsörer.' },
  { lang: 'en', text: 'The company sells your personal data to advertisers.' },
];

describe('sells: a sale unless the user objected', () => {
  it.each(UNLESS_OBJECTED)('$lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBe(true));
});

describe('sells: the business sold is no sale of data', () => {
  it.each(BUSINESS_SOLD)('$lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBeNull());
});

describe('sells: near sentences that stay', () => {
  it.each(DENIALS)('denial $lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBe(false));
  it.each(ADMISSIONS)('admission $lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBe(true));
});
