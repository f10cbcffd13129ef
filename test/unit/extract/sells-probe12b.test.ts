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

/**
 * Plain sales with no data noun the lexicon knew (purchase histories, a customer file), and data passed on
 * for payment without a sell word ("gegen Entgelt", "a titolo oneroso", "odpłatnie").
 */
const PLAIN_SALES: readonly Case[] = [
  {
    lang: 'en',
    text: 'We sell pseudonymised purchase histories to selected advertising partners, who use them to measure their campaigns.',
  },
  {
    lang: 'fr',
    text: 'Nous louons ou vendons notre fichier clients à des partenaires commerciaux, sauf si vous vous y opposez.',
  },
  {
    lang: 'de',
    text: 'Mit Ihrer Einwilligung übermitteln wir Ihre Kaufhistorie gegen Entgelt an ausgewählte Werbepartner.',
  },
  {
    lang: 'it',
    text: 'Previo consenso, i suoi dati di contatto potranno essere ceduti a titolo oneroso a società partner per finalità di marketing.',
  },
  {
    lang: 'pl',
    text: 'Za Twoją zgodą możemy odpłatnie udostępniać Twoje dane kontaktowe partnerom reklamowym.',
  },
  { lang: 'en', text: 'We share your contact details with advertisers for monetary consideration.' },
  { lang: 'nl', text: 'Wij verstrekken uw contactgegevens tegen betaling aan adverteerders.' },
  { lang: 'nb', text: 'Vi deler kontaktopplysningene dine mot betaling med annonsører.' },
  { lang: 'sv', text: 'Vi lämnar ut dina kontaktuppgifter mot betalning till annonsörer.' },
  { lang: 'da', text: 'Vi videregiver dine kontaktoplysninger mod betaling til annoncører.' },
  { lang: 'fr', text: 'Nous communiquons vos coordonnées à titre onéreux à des annonceurs.' },
  { lang: 'es', text: 'Cedemos sus datos de contacto a título oneroso a empresas anunciantes.' },
  { lang: 'pt', text: 'Cedemos os seus dados de contacto a título oneroso a empresas anunciantes.' },
];

/** Payment with nothing passed on, or a negated paid transfer: no reading. */
const PAID_NOT_SOLD: readonly Case[] = [
  { lang: 'de', text: 'Die Nutzung der Premium-Funktionen ist gegen Entgelt möglich.' },
  { lang: 'de', text: 'Wir geben Ihre Daten nicht gegen Entgelt weiter.' },
  {
    lang: 'en',
    text: 'We charge a fee for premium accounts; payment data is passed to our payment provider.',
  },
  { lang: 'it', text: 'Il servizio è offerto a titolo oneroso tramite abbonamento.' },
  { lang: 'pl', text: 'Usługa jest świadczona odpłatnie; dane przekazujemy operatorowi płatności.' },
  { lang: 'nl', text: 'Het abonnement is beschikbaar tegen betaling; we delen geen gegevens.' },
  {
    lang: 'de',
    text: 'Weitere Kopien Ihrer Daten stellen wir gegen ein angemessenes Entgelt zur Verfügung.',
  },
];

/**
 * The user's right to opt out of a sale, named beside the "Do Not Sell" link, says nothing: en, it and pl
 * read false (the link's "Not" denied the sale), nl sv fr es pt already read nothing.
 */
const OPT_OUT: readonly Case[] = [
  {
    lang: 'en',
    text: 'You can opt out of the sale of your personal information at any time by clicking the "Do Not Sell or Share My Personal Information" link in the footer of our website.',
  },
  {
    lang: 'it',
    text: 'Puoi chiederci di non vendere le tue informazioni personali tramite il link "Non vendere le mie informazioni personali".',
  },
  {
    lang: 'pl',
    text: 'Mieszkańcy Kalifornii mogą zrezygnować ze sprzedaży swoich danych, korzystając z linku „Nie sprzedawaj moich danych osobowych”.',
  },
  {
    lang: 'nl',
    text: "U kunt bezwaar maken tegen de verkoop van uw gegevens via de link 'Mijn gegevens niet verkopen' onderaan elke pagina.",
  },
  {
    lang: 'sv',
    text: 'Kaliforniens invånare kan begära att vi inte säljer deras uppgifter via länken ”Sälj inte min personliga information”.',
  },
  {
    lang: 'fr',
    text: 'Les résidents de Californie peuvent exercer leur droit de refuser la vente de leurs informations personnelles en cliquant sur « Ne pas vendre mes informations personnelles ».',
  },
  {
    lang: 'es',
    text: 'Puede ejercer su derecho a excluirse de la venta de su información personal mediante el enlace «No vender mi información personal».',
  },
  {
    lang: 'pt',
    text: 'Pode optar por não permitir a venda das suas informações pessoais através da ligação "Não vender as minhas informações pessoais".',
  },
  {
    lang: 'de',
    text: 'Sie können dem Verkauf Ihrer personenbezogenen Daten jederzeit über den Link „Meine Daten nicht verkaufen“ am Ende jeder Seite widersprechen.',
  },
  {
    lang: 'nb',
    text: 'Du kan be om at vi ikke selger opplysningene dine via lenken «Ikke selg mine personopplysninger» nederst på siden.',
  },
  {
    lang: 'da',
    text: 'Du kan anmode om, at vi ikke sælger dine oplysninger via linket »Sælg ikke mine personoplysninger« nederst på siden.',
  },
];

/** A denial beside the opt-out right stays a denial, an admission beside it an admission. */
const OPT_OUT_BESIDE: readonly (Case & { sells: boolean })[] = [
  {
    lang: 'en',
    text: 'We do not sell your personal information, but you can opt out of the sale of your personal information through the "Do Not Sell My Personal Information" link.',
    sells: false,
  },
  {
    lang: 'it',
    text: 'Non vendiamo i tuoi dati; puoi comunque chiederci di non vendere le tue informazioni personali.',
    sells: false,
  },
  {
    lang: 'pl',
    text: 'Nie sprzedajemy Twoich danych osobowych, ale możesz zrezygnować ze sprzedaży przez link.',
    sells: false,
  },
  {
    lang: 'en',
    text: 'We sell your personal information to advertisers; you can opt out of the sale of your personal information at any time.',
    sells: true,
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

describe('sells: plain sales and data passed on for payment', () => {
  it.each(PLAIN_SALES)('$lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBe(true));
  it.each(PAID_NOT_SOLD)('no reading $lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBeNull());
});

describe('sells: the right to opt out of a sale says nothing', () => {
  it.each(OPT_OUT)('$lang: $text', ({ lang, text }) => expect(sells(text, lang)).toBeNull());
  it.each(OPT_OUT_BESIDE)('$lang: $text', ({ lang, text, sells: want }) =>
    expect(sells(text, lang)).toBe(want),
  );
});
