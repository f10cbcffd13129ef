import { describe, expect, it } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { namedOf, recipientsOf } from './helpers';

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

/** review16b 5: the buyer as the subject of a receiving verb is the acquirer; es/pt singular "comprador". */
const BUYER_RECEIVES: readonly Case[] = [
  { lang: 'en', text: 'If we sell our business, the buyer will receive your data.', want: 'acquirers' },
  {
    lang: 'de',
    text: 'Im Falle eines Verkaufs kann der Käufer unseres Unternehmens Ihre Daten erhalten.',
    want: 'acquirers',
  },
  { lang: 'it', text: "In caso di cessione, l'acquirente riceverà i suoi dati.", want: 'acquirers' },
  { lang: 'es', text: 'Sus datos se transferirán al comprador.', want: 'acquirers' },
];

/** review16b 7, 8, 9: staff visibility, a user's own sale to a dealer, a screen size in inches: no recipient. */
const NO_RECIPIENT: readonly { lang: Lang; text: string }[] = [
  { lang: 'nb', text: 'Dataene dine kan sees av alle ansatte som trenger det i jobben.' },
  { lang: 'nb', text: 'Opplysningene kan sees av alle som er ansatt i kundeservice.' },
  { lang: 'da', text: 'Oplysningerne kan ses af alle medarbejdere i HR-afdelingen.' },
  { lang: 'sv', text: 'Uppgifterna kan ses av alla anställda på HR-avdelningen.' },
  { lang: 'pl', text: 'Dane są widoczne dla wszystkich pracowników działu kadr.' },
  { lang: 'de', text: 'Für alle Bestellungen ist die Adresse im Konto sichtbar.' },
  { lang: 'en', text: 'If you sell your car to a dealer, you should delete your data from the app.' },
  { lang: 'en', text: 'Contact the dealer directly; we do not share your data with dealers.' },
  { lang: 'en', text: 'We sell gift cards through our partners.' },
];

/** What those narrowings keep: other users by name, customs authorities, authorised dealers. */
const STILL_READ: readonly Case[] = [
  { lang: 'de', text: 'Wir übermitteln Ihre Daten an den Zoll.', want: 'authorities' },
  { lang: 'nb', text: 'Profilen din kan sees av andre brukere.', want: 'other-users' },
  { lang: 'nb', text: 'Profilen din kan sees av alle.', want: 'other-users' },
  { lang: 'sv', text: 'Din profil kan ses av alla användare.', want: 'other-users' },
  { lang: 'da', text: 'Din profil kan ses af andre.', want: 'other-users' },
  { lang: 'pl', text: 'Twój profil jest widoczny dla innych użytkowników.', want: 'other-users' },
  { lang: 'de', text: 'Ihr Profil ist für alle Nutzer sichtbar.', want: 'other-users' },
  { lang: 'en', text: 'We share your data with authorised dealers.', want: 'business-partners' },
  { lang: 'en', text: 'We sell your email address to our dealers.', want: 'business-partners' },
  { lang: 'en', text: 'We share your enquiry with the dealer you select.', want: 'business-partners' },
  {
    lang: 'de',
    text: 'Ihr Beitrag ist für alle Besucherinnen und Besucher des Marktplatzes sichtbar.',
    want: 'other-users',
  },
];

/** review16b 6: a weekday, a place or a German noun before a processor relative clause is no name. */
const NO_NAME_BEFORE_RELATIVE: readonly { lang: Lang; text: string }[] = [
  {
    lang: 'de',
    text: 'Die Termine von Montag, das Ihre Daten in unserem Auftrag verarbeitet, werden verschoben.',
  },
  {
    lang: 'de',
    text: 'Wir beauftragen bei Bedarf, die Ihre Daten in unserem Auftrag verarbeiten, externe Dienstleister.',
  },
  {
    lang: 'en',
    text: 'We host data with a provider located in the United States of America, which processes it on our behalf.',
  },
  {
    lang: 'en',
    text: 'Our staff in the Customer Service Department of Berlin, which processes your data on our behalf, will answer.',
  },
  { lang: 'it', text: 'Utilizziamo i server di Milano, che trattano i suoi dati per nostro conto.' },
  { lang: 'es', text: 'Utilizamos servidores de España, que tratan sus datos por nuestra cuenta.' },
  { lang: 'pl', text: 'Korzystamy z usług z Polski, który przetwarza dane w naszym imieniu.' },
];

describe('recipients: review16b findings on fix16c', () => {
  it.each(SOLD_UNDER_OTHER_NAMES)('[$lang] data sold reach the buyer: $text', ({ lang, text, want }) => {
    expect(recipientsOf(text, lang)).toContain(want);
  });
  it.each(BUYER_RECEIVES)(
    '[$lang] the buyer receiving data is the acquirer: $text',
    ({ lang, text, want }) => {
      expect(recipientsOf(text, lang)).toContain(want);
    },
  );
  it('[sv en] buyers on a marketplace stay no acquirer', () => {
    expect(
      recipientsOf('Annonser på marknadsplatsen kan besvaras av köpare från hela Norden.', 'sv'),
    ).toEqual([]);
  });
  it.each(NO_RECIPIENT)('[$lang] no recipient invented: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
  it('[de] a screen size in inches (Zoll) is no customs authority', () => {
    const text =
      'Wir erfassen die Bildschirmgröße Ihres Geräts (z. B. 15 Zoll) und geben sie an Dienstleister weiter.';
    expect(recipientsOf(text, 'de')).not.toContain('authorities');
  });
  it.each(STILL_READ)('[$lang] still read: $text', ({ lang, text, want }) => {
    expect(recipientsOf(text, lang)).toContain(want);
  });
  it.each(NO_NAME_BEFORE_RELATIVE)('[$lang] no name invented before a relative: $text', ({ lang, text }) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
  it('a long sentence of processor clauses is read in linear time', () => {
    const text =
      'Wir nutzen das System von Amadeus, das Ihre Daten in unserem Auftrag verarbeitet, und '.repeat(400);
    const start = performance.now();
    namedOf(text, 'de');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
