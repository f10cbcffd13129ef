import { describe, expect, it } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

type Case = { lang: Lang; text: string; want: Recipient };

/** review16b 4: data sold under names outside the data nouns (pronouns, profiles, leads) reach the buyer. */
const SOLD_UNDER_OTHER_NAMES: readonly Case[] = [
  { lang: 'en', text: 'We sell it to advertisers.', want: 'advertisers' },
  { lang: 'de', text: 'Wir verkaufen sie an Werbetreibende.', want: 'advertisers' },
  { lang: 'en', text: 'We sell your info to advertisers.', want: 'advertisers' },
  { lang: 'en', text: 'We sell customer profiles to advertisers.', want: 'advertisers' },
  { lang: 'de', text: 'Wir verkaufen Nutzerprofile an Werbetreibende.', want: 'advertisers' },
  { lang: 'fr', text: 'Nous vendons vos profils à des annonceurs.', want: 'advertisers' },
  { lang: 'es', text: 'Vendemos su perfil a anunciantes.', want: 'advertisers' },
  { lang: 'pl', text: 'Sprzedajemy profile użytkowników reklamodawcom.', want: 'advertisers' },
  { lang: 'en', text: 'We sell audience segments to advertisers.', want: 'advertisers' },
  { lang: 'nl', text: 'Wij verkopen doelgroepsegmenten aan adverteerders.', want: 'advertisers' },
  { lang: 'en', text: 'We sell leads to insurance partners.', want: 'business-partners' },
  { lang: 'de', text: 'Wir verkaufen Leads an unsere Partner.', want: 'business-partners' },
  { lang: 'fr', text: 'Nous vendons des leads à nos partenaires.', want: 'business-partners' },
  { lang: 'en', text: 'We sell lead lists to partners.', want: 'business-partners' },
  { lang: 'de', text: 'Wir verkaufen Standort-Informationen an Werbepartner.', want: 'advertisers' },
  { lang: 'de', text: 'Wir verkaufen Ihre E-Mail-Adressen-Datensätze an Werbepartner.', want: 'advertisers' },
  { lang: 'en', text: 'We sell location-data packages to advertisers.', want: 'advertisers' },
];

describe('recipients: review16b findings on fix16c', () => {
  it.each(SOLD_UNDER_OTHER_NAMES)('[$lang] data sold reach the buyer: $text', ({ lang, text, want }) => {
    expect(recipientsOf(text, lang)).toContain(want);
  });
});
