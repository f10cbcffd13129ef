import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string };

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/**
 * A shop that sells devices and wipes them "before the sale" sells no data: a sell word inside a phrase
 * of time ("vor dem Verkauf", "przed sprzedażą", "before being sold") is the moment of a product's sale.
 */
const TIME_OF_SALE: readonly Case[] = [
  { lang: 'en', text: 'All data on our refurbished phones is wiped before they are sold.' },
  {
    lang: 'de',
    text: 'Unser Shop verkauft generalüberholte Handys; alle Daten darauf werden vor dem Verkauf gelöscht.',
  },
  { lang: 'de', text: 'Alle Daten auf den Geräten werden gelöscht, bevor sie verkauft werden.' },
  { lang: 'nl', text: 'Alle gegevens op de telefoons worden gewist voordat ze worden verkocht.' },
  { lang: 'nb', text: 'Alle data på telefonene slettes før de selges.' },
  { lang: 'sv', text: 'Alla data på telefonerna raderas innan de säljs.' },
  { lang: 'da', text: 'Alle data på telefonerne slettes, før de sælges.' },
  { lang: 'fr', text: "Toutes les données des téléphones sont effacées avant d'être revendus." },
  { lang: 'es', text: 'Todos los datos de los teléfonos se borran antes de ser vendidos.' },
  { lang: 'it', text: 'Tutti i dati sui telefoni vengono cancellati prima di essere venduti.' },
  {
    lang: 'pl',
    text: 'Nasz sklep sprzedaje odnowione telefony; wszystkie dane są z nich usuwane przed sprzedażą.',
  },
  { lang: 'pt', text: 'Todos os dados dos telemóveis são apagados antes de serem vendidos.' },
  {
    lang: 'sv',
    text: 'Annonsen ska tas bort när objektet är sålt, om den inte tas bort av din mäklare innan dess.',
  },
  {
    lang: 'en',
    text: 'The listing is removed when the property is sold, unless your agent does not remove it.',
  },
  {
    lang: 'de',
    text: 'Die Anzeige wird entfernt, sobald das Objekt verkauft ist, falls der Makler sie nicht entfernt.',
  },
];

/** Admissions that must stay: a sale of data before which something happens is still a sale of data. */
const STILL_SELLS: readonly Case[] = [
  { lang: 'en', text: 'We may sell your contact details to third parties for their own marketing.' },
  { lang: 'de', text: 'Vor dem Verkauf Ihrer Daten an Dritte holen wir Ihre Einwilligung ein.' },
  { lang: 'pl', text: 'Przed sprzedażą Twoich danych partnerom poprosimy Cię o zgodę.' },
  { lang: 'en', text: 'When your data is sold to partners, we tell you who bought it.' },
  { lang: 'sv', text: 'När uppgifter är sålda till partner meddelar vi dig det.' },
  {
    lang: 'fr',
    text: 'Nous pouvons vendre vos coordonnées à des tiers pour leurs propres actions de prospection.',
  },
  { lang: 'fr', text: 'Nous pouvons vendre vos renseignements personnels à nos partenaires.' },
];

/**
 * The CCPA link "Do Not Sell or Share My Personal Information" (and a question in the user's voice) is no
 * denial: a first-person possessive next to the sell word makes it the user's words, read as nothing.
 */
const USER_VOICE: readonly Case[] = [
  { lang: 'en', text: 'Do Not Sell or Share My Personal Information' },
  { lang: 'en', text: 'Do you sell my data?' },
  { lang: 'de', text: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben' },
  { lang: 'nl', text: 'Mijn persoonlijke gegevens niet verkopen of delen' },
  { lang: 'nb', text: 'Ikke selg eller del mine personopplysninger' },
  { lang: 'sv', text: 'Sälj eller dela inte mina personuppgifter' },
  { lang: 'da', text: 'Sælg eller del ikke mine personoplysninger' },
  { lang: 'fr', text: 'Ne pas vendre ou partager mes informations personnelles' },
  { lang: 'es', text: 'No vender ni compartir mi información personal' },
  { lang: 'it', text: 'Non vendere o condividere le mie informazioni personali' },
  { lang: 'pl', text: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych' },
  { lang: 'pt', text: 'Não vender nem partilhar as minhas informações pessoais' },
];

/** Denials in the company's voice stay denials, in all eleven languages. */
const DENIALS: readonly Case[] = [
  { lang: 'en', text: 'We do not sell your personal data to advertisers or data brokers.' },
  { lang: 'de', text: 'Wir verkaufen Ihre personenbezogenen Daten nicht und vermieten sie auch nicht.' },
  { lang: 'nl', text: 'Wij verkopen uw gegevens niet aan adverteerders of datahandelaren.' },
  { lang: 'nb', text: 'Vi selger ikke opplysningene dine til annonsører eller datameglere.' },
  { lang: 'sv', text: 'Under de senaste 12 månaderna har vi inte sålt några personuppgifter.' },
  { lang: 'da', text: 'Salg af data er ikke en del af vores forretningsmodel.' },
  { lang: 'fr', text: 'Nous ne vendons pas vos données à des annonceurs ni à des courtiers en données.' },
  { lang: 'es', text: 'No vendemos sus datos a anunciantes ni a intermediarios de datos.' },
  { lang: 'it', text: 'Non vendiamo i suoi dati a inserzionisti o a intermediari di dati.' },
  { lang: 'pl', text: 'Nie sprzedajemy Twoich danych reklamodawcom ani brokerom danych.' },
  { lang: 'pt', text: 'Não vendemos os seus dados a anunciantes nem a corretores de dados.' },
  { lang: 'sv', text: 'Vi har aldrig sålt dina uppgifter.' },
  { lang: 'de', text: 'Wir verkaufen Ihre Daten nicht mehr.' },
  // An objection that governs another clause leaves the denial a denial.
  { lang: 'en', text: 'If you object to marketing, we stop sending e-mails; we never sell your data.' },
  {
    lang: 'en',
    text: 'If you object to marketing, we will stop sending you newsletters, and we never sell your data.',
  },
  {
    lang: 'de',
    text: 'Wenn Sie widersprechen, senden wir keine Werbung mehr; Ihre Daten verkaufen wir ohnehin nicht.',
  },
  {
    lang: 'fr',
    text: 'Si vous vous y opposez, nous cessons les envois ; nous ne vendons jamais vos données.',
  },
];

/** A denial that holds once the user objects ("if you object, we no longer sell") says the data is sold. */
const ON_OBJECTION: readonly Case[] = [
  { lang: 'en', text: 'If you object, we will no longer sell your personal information.' },
  { lang: 'de', text: 'Wenn Sie widersprechen, verkaufen wir Ihre personenbezogenen Daten nicht mehr.' },
  { lang: 'nl', text: 'Als u bezwaar maakt, verkopen wij uw persoonsgegevens niet langer.' },
  { lang: 'nb', text: 'Hvis du reserverer deg, selger vi ikke lenger personopplysningene dine.' },
  { lang: 'sv', text: 'Om du invänder säljer vi inte längre dina personuppgifter.' },
  { lang: 'da', text: 'Hvis du gør indsigelse, sælger vi ikke længere dine personoplysninger.' },
  { lang: 'fr', text: 'Si vous vous y opposez, nous ne vendrons plus vos informations personnelles.' },
  { lang: 'es', text: 'Si se opone, ya no venderemos su información personal.' },
  { lang: 'es', text: 'Si se opone, dejaremos de vender su información personal.' },
  { lang: 'it', text: 'Se si oppone, non venderemo più le sue informazioni personali.' },
  { lang: 'pl', text: 'Jeśli zgłosisz sprzeciw, nie będziemy już sprzedawać Twoich danych osobowych.' },
  { lang: 'pt', text: 'Se se opuser, deixaremos de vender as suas informações pessoais.' },
];

/**
 * Review 12: a denial that does not end on objection ("even if you object, we do not sell", "we still never
 * sell") is a denial; only the "no longer" shape hangs on the objection.
 */
const DENIED_ANYWAY: readonly Case[] = [
  { lang: 'de', text: 'Auch wenn Sie widersprechen, verkaufen wir Ihre Daten nicht.' },
  { lang: 'fr', text: 'Même si vous vous opposez, nous ne vendons pas vos données.' },
  { lang: 'es', text: 'Incluso si se opone, no vendemos sus datos.' },
  { lang: 'nl', text: 'Ook als je bezwaar maakt, verkopen we je gegevens niet.' },
  { lang: 'sv', text: 'Även om du invänder säljer vi inte dina uppgifter.' },
  { lang: 'pl', text: 'Nawet jeśli zgłosisz sprzeciw, nie sprzedajemy Twoich danych.' },
  { lang: 'da', text: 'Selv hvis du gør indsigelse, sælger vi ikke dine oplysninger.' },
  { lang: 'en', text: 'Even if you opt out, we do not sell your information.' },
  { lang: 'en', text: 'If you opt out of cookies, we still never sell your data.' },
  { lang: 'en', text: 'If you object to profiling, we do not sell your data and stop profiling.' },
  { lang: 'it', text: 'Anche se ti opponi, non vendiamo i tuoi dati.' },
  { lang: 'pt', text: 'Mesmo que se oponha, não vendemos os seus dados.' },
  { lang: 'nb', text: 'Selv om du protesterer, selger vi ikke opplysningene dine.' },
];

/**
 * Review 12: the operator writing in the first person singular ("I do not sell my customers' data") denies;
 * a possessive with no data after it ("min vän") is no user's voice either.
 */
const OPERATOR_DENIALS: readonly Case[] = [
  { lang: 'en', text: "I do not sell my customers' personal information to anyone." },
  { lang: 'en', text: "I will never sell my clients' data." },
  { lang: 'de', text: 'Ich verkaufe meine Kundendaten nicht.' },
  { lang: 'pl', text: 'Nie sprzedaję danych moich klientów.' },
  { lang: 'nb', text: 'Jeg selger ikke mine kunders opplysninger.' },
  { lang: 'sv', text: 'Jag säljer inte mina kunders uppgifter.' },
  { lang: 'da', text: 'Jeg sælger ikke mine kunders oplysninger.' },
  { lang: 'sv', text: 'Vi säljer inte dina uppgifter, min vän.' },
  { lang: 'fr', text: 'Je ne vends pas mes fichiers clients.' },
  { lang: 'es', text: 'No vendo los datos de mis clientes.' },
  { lang: 'nl', text: 'Ik verkoop de gegevens van mijn klanten niet.' },
  { lang: 'it', text: 'Non vendo i dati dei miei clienti.' },
  { lang: 'pt', text: 'Não vendo os dados dos meus clientes.' },
];

/** Review 12: a moment of sale whose thing sold is the user's data stays a sale ("when your details are sold"). */
const SALE_OF_DATA_MOMENT: readonly Case[] = [
  { lang: 'en', text: 'We will notify you when your details are sold to a third party.' },
  {
    lang: 'de',
    text: 'Bei einem Verkauf von personenbezogenen Daten an Dritte informieren wir Sie vorher.',
  },
  { lang: 'en', text: 'We may sell your personal data to partners. To opt out, visit Do Not Sell My Info.' },
  {
    lang: 'fr',
    text: 'Nous vous prévenons lors de la vente de vos informations personnelles à des tiers.',
  },
  { lang: 'pl', text: 'Przed sprzedażą Waszych danych partnerom informujemy.' },
  { lang: 'nl', text: 'Bij verkoop van uw persoonlijke gegevens aan derden informeren wij u vooraf.' },
  { lang: 'sv', text: 'Vid försäljning av dina personuppgifter till tredje part meddelar vi dig.' },
  { lang: 'es', text: 'Antes de la venta de sus datos personales a terceros le informaremos.' },
];

describe('selling: the time of a sale, the user’s voice, a denial on objection', () => {
  it.each(TIME_OF_SALE)('a product sold and wiped is no sale of data: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(STILL_SELLS)('a sale of data still reads: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(USER_VOICE)(
    'the opt-out link or a user’s question denies nothing: $lang $text',
    ({ lang, text }) => {
      expect(sells(text, lang)).toBeNull();
    },
  );
  it.each(DENIALS)('a denial by the company stays a denial: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
  it.each(ON_OBJECTION)('stopping on objection means it sells: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it.each(DENIED_ANYWAY)('a denial that holds anyway stays a denial: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
  it.each(OPERATOR_DENIALS)('the operator’s own denial is a denial: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(false);
  });
  it.each(SALE_OF_DATA_MOMENT)('a sale of the user’s data is a sale: $lang $text', ({ lang, text }) => {
    expect(sells(text, lang)).toBe(true);
  });
  it('a denial on the same page as the opt-out link still wins', () => {
    const page = [
      'Do Not Sell or Share My Personal Information',
      'We do not sell your personal information.',
    ];
    expect(practicesOf(page, 'en').sharing.sells).toBe(false);
  });
});
