import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/** A sale stated, then a question tag; a sale inside "that"; the operator selling after the user's condition. */
const SOLD: readonly Case[] = [
  {
    lang: 'en',
    text: 'We sell your personal information to data brokers, but did you know you can opt out?',
  },
  { lang: 'en', text: 'We sell your data to partners; want to opt out?' },
  { lang: 'en', text: 'Did you know that we sell your personal data to advertisers?' },
  { lang: 'de', text: 'Wir verkaufen Ihre Daten an Werbepartner – möchten Sie widersprechen?' },
  { lang: 'fr', text: 'Nous vendons vos données à des partenaires : souhaitez-vous vous y opposer ?' },
  { lang: 'es', text: 'Vendemos sus datos a socios publicitarios, ¿desea oponerse?' },
  { lang: 'nl', text: 'Als u toestemming geeft worden uw gegevens verkocht aan adverteerders.' },
  { lang: 'nl', text: 'Wanneer u zich aanmeldt worden uw gegevens aan partners verkocht.' },
  { lang: 'de', text: 'Falls Sie zustimmen dürfen wir Ihre Daten an Partner verkaufen.' },
  { lang: 'es', text: 'Vendemos vuestra dirección de correo electrónico a anunciantes.' },
  { lang: 'en', text: 'We sell your postal address to selected partners.' },
  {
    lang: 'de',
    text: 'Mit Ihrer Einwilligung verkaufen wir Ihre Postanschrift an ausgewählte Partnerunternehmen.',
  },
  { lang: 'en', text: 'We may sell your phone number and date of birth to marketing companies.' },
  { lang: 'en', text: 'We sell your email address.' },
  { lang: 'nb', text: 'Vi selger postadressen din til utvalgte partnere.' },
  { lang: 'pl', text: 'Sprzedajemy Twój adres pocztowy wybranym partnerom.' },
  { lang: 'it', text: 'Vendiamo il tuo indirizzo postale a partner selezionati.' },
];

/** Questions asked, goods named by a datum word, a datum as a place: no sale. */
const NOT_SOLD: readonly Case[] = [
  { lang: 'en', text: 'Do we sell your personal information?' },
  { lang: 'de', text: 'Verkaufen wir Ihre Postanschrift?' },
  { lang: 'es', text: '¿Vendemos sus datos personales?' },
  { lang: 'en', text: 'We sell your name tags and personalised labels.' },
  { lang: 'en', text: 'We sell your name badge at the event desk.' },
  { lang: 'en', text: 'We sell your birthday cake in our stores.' },
  { lang: 'en', text: 'We sell your prescription glasses and lenses.' },
  { lang: 'en', text: 'We sell your prescription medicines at pharmacy prices.' },
  { lang: 'en', text: 'We sell your credit card terminal and a rental plan.' },
  { lang: 'en', text: 'We sell your fingerprint scanner replacement parts.' },
  { lang: 'en', text: 'We sell your passport photos in a pack of four.' },
  { lang: 'en', text: 'We sell your email templates in our marketplace.' },
  { lang: 'en', text: 'We sell your address book app as a subscription.' },
  { lang: 'en', text: 'We sell your location tracker devices.' },
  { lang: 'en', text: 'We sell your phone number plans and SIM cards.' },
  { lang: 'en', text: 'We sell your ID card holder and lanyards.' },
  { lang: 'en', text: 'We sell your username as a premium handle only if you give it up.' },
  { lang: 'en', text: 'We sell near your location through partner stores.' },
  { lang: 'en', text: 'We come to you and sell at your address.' },
  { lang: 'en', text: 'If you sell your home, please update your details in your account.' },
  { lang: 'nl', text: 'Als u uw auto verkoopt, pas dan uw gegevens aan.' },
];

describe('sells: question tags, whole objects, the operator after a condition (review15a)', () => {
  it.each(SOLD)('$lang: "$text" sells', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(NOT_SOLD)('$lang: "$text" admits no sale', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it('a denial asked still denies', () => {
    expect(sells('Why do we never sell your data?', 'en')).toBe(false);
  });
});
