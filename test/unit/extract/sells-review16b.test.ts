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

describe('selling: review16b findings on fix16c', () => {
  it.each(COORDINATED_SALES)('[$lang] "sell and share" is a sale: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
});
