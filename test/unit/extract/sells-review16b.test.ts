import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/** review16b 1: a sell verb coordinated with a second verb, or adjectives before a data noun, still sells. */
const COORDINATED_SALES: readonly Case[] = [
  { lang: 'en', text: 'We may sell and disclose your personal information to third parties.' },
  { lang: 'en', text: 'We sell, rent, and share your personal information with data brokers.' },
  { lang: 'en', text: 'We sell and share your contact details with marketing partners.' },
  {
    lang: 'en',
    text: 'We sell and otherwise disclose the following categories of personal information: identifiers and commercial information.',
  },
  {
    lang: 'en',
    text: 'In the past 12 months we sold and shared identifiers and internet activity information.',
  },
  { lang: 'en', text: 'We sell demographic and location data to advertisers.' },
  { lang: 'en', text: 'We sell contact and purchase information to marketing partners.' },
  { lang: 'de', text: 'Wir verkaufen und vermieten Ihre Adressdaten an Dritte.' },
  { lang: 'nl', text: 'Wij verkopen en verhuren uw persoonsgegevens aan derden.' },
  { lang: 'sv', text: 'Vi säljer och delar dina personuppgifter med annonsörer.' },
  { lang: 'da', text: 'Vi sælger og deler dine personoplysninger med annoncører.' },
  { lang: 'nb', text: 'Vi selger og deler personopplysningene dine med annonsører.' },
  { lang: 'fr', text: 'Nous vendons et partageons vos données avec des annonceurs.' },
  { lang: 'es', text: 'Vendemos y compartimos sus datos personales con terceros.' },
  { lang: 'it', text: 'Vendiamo e condividiamo i suoi dati personali con terzi.' },
  { lang: 'pt', text: 'Vendemos e partilhamos os seus dados pessoais com terceiros.' },
  { lang: 'pl', text: 'Sprzedajemy i udostępniamy Twoje dane osobowe partnerom.' },
];

/** review16b 2: a request or wish that we not sell (subjunctive) is no denial; the stated sale stands. */
const SUBJUNCTIVE_NO_DENIAL: readonly (Case & { want: boolean | null })[] = [
  {
    lang: 'es',
    text: 'Vendemos sus datos a socios, salvo que nos pida que no vendamos su información.',
    want: true,
  },
  {
    lang: 'pt',
    text: 'Caso você não se oponha, é possível que vendamos os seus dados a parceiros.',
    want: true,
  },
  {
    lang: 'fr',
    text: 'Si vous ne souhaitez pas que nous vendions vos données, vous pouvez vous y opposer.',
    want: null,
  },
  {
    lang: 'es',
    text: 'Si no desea que vendamos sus datos personales, puede oponerse en cualquier momento.',
    want: null,
  },
  { lang: 'pt', text: 'Se não quiser que vendamos os seus dados pessoais, pode opor-se.', want: null },
  { lang: 'pt', text: 'Pode solicitar que não vendamos os seus dados pessoais.', want: null },
  { lang: 'fr', text: 'Vous pouvez demander que nous ne vendions pas vos données personnelles.', want: null },
];

/** review16b 3: a subjunctive sale of the business or of products, data only in the main clause: no sale. */
const SUBJUNCTIVE_NOT_DATA: readonly Case[] = [
  { lang: 'pt', text: 'Se vendermos a empresa, os dados podem ser transferidos.' },
  { lang: 'pt', text: 'Caso vendamos a empresa, os seus dados serão transferidos ao novo proprietário.' },
  {
    lang: 'pt',
    text: 'Se vendermos o nosso negócio ou parte dele, os seus dados pessoais poderão ser transferidos.',
  },
  { lang: 'pt', text: 'Se vendêssemos a empresa, as suas informações passariam ao comprador.' },
  { lang: 'es', text: 'Si vendiéramos la empresa, sus datos se transferirían al comprador.' },
  { lang: 'es', text: 'En caso de que vendamos nuestro negocio, sus datos pasarán al nuevo propietario.' },
  { lang: 'it', text: 'Qualora vendessimo la società, i suoi dati sarebbero trasferiti.' },
  {
    lang: 'fr',
    text: 'Si nous vendions une partie de nos activités, vos données pourraient être transférées.',
  },
  { lang: 'es', text: 'Cuando vendamos nuestros productos, guardaremos sus datos de envío.' },
  { lang: 'pt', text: 'Quando vendermos os nossos produtos, guardamos os seus dados de entrega.' },
  { lang: 'fr', text: 'Afin que nous vendions nos produits, nous traitons vos données de commande.' },
  { lang: 'es', text: 'Para que vendamos nuestros productos, tratamos sus datos de pedido.' },
  { lang: 'pt', text: 'Para que vendamos os nossos produtos, tratamos os seus dados de encomenda.' },
];

/** A subjunctive under "never" or ruled out still denies. */
const SUBJUNCTIVE_DENIED: readonly Case[] = [
  { lang: 'pt', text: 'Garantimos que nunca vendamos os seus dados.' },
  { lang: 'es', text: 'Nos comprometemos a que nunca vendamos sus datos.' },
  { lang: 'pt', text: 'Não é permitido que vendamos os seus dados.' },
  { lang: 'fr', text: 'Il est exclu que nous vendions vos données.' },
];

describe('selling: review16b findings on fix16c', () => {
  it.each(COORDINATED_SALES)('[$lang] "sell and share" is a sale: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(SUBJUNCTIVE_NO_DENIAL)(
    '[$lang] a request not to sell denies nothing: $text',
    ({ lang, text, want }) => {
      expect(sells(text, lang)).toBe(want);
    },
  );
  it.each(SUBJUNCTIVE_NOT_DATA)(
    '[$lang] a subjunctive sale of no data sells none: $text',
    ({ lang, text }) => {
      expect(sells(text, lang)).toBeNull();
    },
  );
  it.each(SUBJUNCTIVE_DENIED)('[$lang] a subjunctive under "never" denies: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
});
