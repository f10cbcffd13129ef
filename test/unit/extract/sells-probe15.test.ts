import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/** A sale of goods whose negation is the user's condition ("if you can no longer attend"): no denial. */
const CONDITION_NEGATED: readonly Case[] = [
  { lang: 'en', text: 'We sell your tickets on our resale marketplace if you can no longer attend.' },
  { lang: 'nl', text: 'Wij verkopen uw tickets door via ons platform als u niet kunt komen.' },
  { lang: 'fr', text: "Nous vendons vos billets sur notre bourse d'échange si vous ne pouvez pas venir." },
  { lang: 'fr', text: 'Si vous ne pouvez pas venir, nous revendons vos billets.' },
  { lang: 'sv', text: 'Vi säljer dina biljetter vidare om du inte kan komma.' },
  { lang: 'da', text: 'Vi sælger dine billetter videre, hvis du ikke kan komme.' },
  { lang: 'nb', text: 'Vi selger billettene dine videre hvis du ikke kan komme.' },
  { lang: 'de', text: 'Wir verkaufen Ihre Tickets weiter, wenn Sie nicht kommen können.' },
  { lang: 'es', text: 'Vendemos tus entradas en nuestra plataforma si ya no puedes asistir.' },
  { lang: 'it', text: 'Vendiamo i tuoi biglietti sulla nostra piattaforma se non puoi partecipare.' },
  { lang: 'pl', text: 'Sprzedajemy Twoje bilety na naszej platformie, jeśli nie możesz przyjść.' },
  { lang: 'pt', text: 'Vendemos os seus bilhetes na nossa plataforma se não puder comparecer.' },
];

/** Goods sold: a home, then data passed on by another verb; a product named after a datum. */
const GOODS: readonly Case[] = [
  {
    lang: 'de',
    text: 'Als Makler verkaufen wir Ihre Immobilie und geben Ihre Kontaktdaten an Interessenten weiter.',
  },
  {
    lang: 'de',
    text: 'Als Makler verkaufen wir Ihre Wohnung und veröffentlichen Ihre Kontaktdaten im Exposé.',
  },
  {
    lang: 'en',
    text: 'As estate agents we sell your home and pass your contact details to interested buyers.',
  },
  { lang: 'nl', text: 'Wij verkopen uw woning en sturen uw contactgegevens naar geïnteresseerden.' },
  { lang: 'de', text: 'Wir verkaufen Ihre Telefonnummer-Pakete und SIM-Karten.' },
];

/** Sales that stay sales: the data before "and", coordinated objects, a data compound, the user's objection. */
const STILL_SOLD: readonly Case[] = [
  { lang: 'de', text: 'Wir verkaufen Ihre Kontaktdaten und geben sie an Partner weiter.' },
  { lang: 'en', text: 'We sell your tickets and your personal data to partners.' },
  { lang: 'de', text: 'Wir verkaufen Ihre E-Mail-Adressen an Werbepartner.' },
  { lang: 'de', text: 'Wir verkaufen Ihre Telefonnummer an Werbepartner.' },
  { lang: 'en', text: 'We sell your data to advertisers if you do not opt out.' },
  { lang: 'nb', text: 'Opplysningene dine selges og deles med annonsører.' },
  { lang: 'de', text: 'Ihre Daten werden verkauft und an Werbepartner weitergegeben.' },
];

/** Denials that stay denials: the negation is the sale's, whatever the user's condition says. */
const STILL_DENIED: readonly Case[] = [
  { lang: 'en', text: 'We do not sell your data, even if you do not opt out.' },
  { lang: 'en', text: 'If you do not consent, we will not sell your data.' },
  { lang: 'sv', text: 'Vi säljer inte dina uppgifter om du inte ber oss om det.' },
  { lang: 'sv', text: 'Om du inte vill, säljer vi inte dina uppgifter.' },
  { lang: 'da', text: 'Vi sælger ikke dine oplysninger, hvis du ikke kan komme.' },
  { lang: 'es', text: 'No vendemos sus datos, aunque no puedas asistir.' },
  { lang: 'it', text: 'Non vendiamo i tuoi dati, anche se non puoi partecipare.' },
];

describe('selling: probe15 and review15a leftovers', () => {
  it.each(CONDITION_NEGATED)('[$lang] a negated user condition denies no sale: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(GOODS)('[$lang] goods sold are no sale of data: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(STILL_SOLD)('[$lang] still a sale: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(STILL_DENIED)('[$lang] still a denial: $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
  it('[pt/es/it] subjunctive and personal-infinitive sell forms are read', () => {
    expect(sells('Se vendermos os seus dados pessoais a anunciantes, informaremos.', 'pt')).toBe(true);
    expect(sells('Cuando vendamos sus datos personales a terceros, le avisaremos.', 'es')).toBe(true);
    expect(sells('Se vendessimo i tuoi dati personali a terzi, te lo diremmo.', 'it')).toBe(true);
    expect(sells('Não vendemos os seus dados pessoais.', 'pt')).toBe(false);
    expect(sells('Non vendiamo i tuoi dati personali.', 'it')).toBe(false);
    // The user's opt-out request holds "no vendamos" and denies nothing.
    expect(sells('Puede pedirnos que no vendamos sus datos personales.', 'es')).toBeNull();
    expect(sells('Se você vender o seu carro, atualize os seus dados.', 'pt')).toBeNull();
  });
});
