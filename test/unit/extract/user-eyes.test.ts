/**
 * Claims a reader of the card would see as wrong, found by reading reports of real policies: cookies
 * described as "small text files" (not content the user uploads), deleting cookies in one's browser (not
 * the right to erasure), a contact line of the supervisory authority (not a phone number collected),
 * encrypted communications (security, not messages collected), data that is "not published" in Danish,
 * Norwegian and Swedish word order, and laws published in an official gazette. And points a reader would
 * miss: plural "rights of access", court orders in German, Dutch processors "in onze opdracht", Italian
 * retention "per il tempo strettamente necessario".
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang, Recipient, RetentionKind, Right } from '../../../src/core/vocabulary';
import { type Block, practicesOf } from './helpers';

const heading = (text: string): Block => ({ text, kind: 'heading' });
const under = (title: string, text: string): Block[] => [heading(title), { text, heading: title }];
/** A short list item under a section heading: it borrows the section's topic. */
const itemUnder = (title: string, text: string): Block[] => [
  heading(title),
  { text, heading: title, kind: 'list-item' },
];

describe('data types a sentence does not say are collected', () => {
  test.each<[Lang, Block[], DataType]>([
    [
      'en',
      under('Information we collect', 'Cookies are small text files that are stored on your computer.'),
      'user-content',
    ],
    ['en', under('Information we collect', 'We keep log files and cookies for security.'), 'user-content'],
    ['da', itemUnder('Hvilke oplysninger indsamler vi?', 'Telefon: 33 19 32 00'), 'phone'],
    [
      'en',
      itemUnder('Information we collect', 'Secure communications (TLS) on the whole site.'),
      'communications',
    ],
    [
      'fr',
      itemUnder('Données collectées', "Communications chiffrées (HTTPS) sur l'ensemble du site."),
      'communications',
    ],
  ])('%s: %j', (lang, blocks, type) => {
    expect(practicesOf(blocks, lang).collection.dataTypes).not.toContain(type);
  });

  test.each<[Lang, Block[], DataType]>([
    ['en', ['We collect your name and phone number when you book.'], 'phone'],
    ['da', itemUnder('Hvilke oplysninger indsamler vi?', 'Telefonnummer'), 'phone'],
    ['en', itemUnder('Information we collect', 'Communications you send us'), 'communications'],
  ])('%s: %j still counts', (lang, blocks, type) => {
    expect(practicesOf(blocks, lang).collection.dataTypes).toContain(type);
  });
});

describe('rights', () => {
  test.each<[Lang, Block[]]>([
    ['da', under('Dine rettigheder', 'Du kan også slette cookies direkte i din browser.')],
    ['nb', under('Dine rettigheter', 'Du kan slette informasjonskapsler i nettleseren din.')],
    ['en', under('Your rights', 'You can delete cookies in your browser settings.')],
    ['de', under('Ihre Rechte', 'Sie können Cookies jederzeit in Ihrem Browser löschen.')],
    ['fr', under('Vos droits', 'Vous pouvez supprimer les cookies dans votre navigateur.')],
  ])('%s: deleting cookies in the browser is not the right to erasure', (lang, blocks) => {
    expect(practicesOf(blocks, lang).rights.rights).not.toContain('erasure');
  });

  test('erasure of personal data still counts beside cookies', () => {
    const blocks = under('Your rights', 'You have the right to request erasure of your personal data.');
    expect(practicesOf(blocks, 'en').rights.rights).toContain('erasure');
  });

  test.each<[Lang, string, Right[]]>([
    [
      'es',
      'Podrás ejercer tus derechos de acceso, rectificación, cancelación y oposición.',
      ['access', 'rectification', 'erasure', 'objection'],
    ],
    ['fr', "Vous disposez des droits d'accès et de rectification.", ['access', 'rectification']],
    ['it', "Gli interessati hanno il diritto di ottenere la conferma dell'esistenza dei dati.", ['access']],
    ['pt', 'Os titulares têm direitos de acesso e de correção.', ['access']],
    [
      'sv',
      'Du har rätt att kräva en kopia på den data vi har och att kräva borttagande av data.',
      ['access', 'erasure'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    expect(practicesOf([text], lang).rights.rights).toEqual(expect.arrayContaining(rights));
  });
});

describe('recipients', () => {
  test.each<[Lang, Block[], Recipient]>([
    ['da', under('Deling af oplysninger', 'Kontaktoplysninger offentliggøres ikke på siden.'), 'other-users'],
    ['nb', under('Deling av opplysninger', 'Navn og bilder publiseres ikke på nettsiden.'), 'other-users'],
    ['sv', under('Delning av uppgifter', 'Dina uppgifter publiceras inte på webbplatsen.'), 'other-users'],
    [
      'es',
      under(
        'Transferencia de datos',
        'El plazo se cuenta según el calendario publicado en el Diario Oficial de la Federación.',
      ),
      'other-users',
    ],
    [
      'it',
      under(
        'Comunicazione dei dati',
        "Il presente documento, pubblicato all'indirizzo indicato, costituisce la Privacy Policy.",
      ),
      'other-users',
    ],
  ])('%s: %j is not publication of personal data', (lang, blocks, kind) => {
    expect(practicesOf(blocks, lang).sharing.recipients).not.toContain(kind);
  });

  test('data made public in Danish still counts', () => {
    const blocks = under('Deling af oplysninger', 'Resultatlister offentliggøres på hjemmesiden.');
    expect(practicesOf(blocks, 'da').sharing.recipients).toContain('other-users');
  });

  test.each<[Lang, string, Recipient]>([
    [
      'de',
      'Daten werden nur übermittelt, wenn wir durch Gerichtsentscheidung dazu verpflichtet sind.',
      'authorities',
    ],
    ['de', 'Eine Weitergabe erfolgt, wenn sie zur Strafverfolgung erforderlich ist.', 'authorities'],
    [
      'nl',
      'Met bedrijven die uw gegevens verwerken in onze opdracht, sluiten wij een overeenkomst.',
      'service-providers',
    ],
  ])('%s: %s', (lang, text, kind) => {
    const blocks = under(lang === 'de' ? 'Weitergabe an Dritte' : 'Delen met derden', text);
    expect(practicesOf(blocks, lang).sharing.recipients).toContain(kind);
  });
});

describe('retention in Italian', () => {
  test.each<[string, RetentionKind]>([
    ['I dati sono trattati per il tempo strettamente necessario a conseguire gli scopi.', 'criteria'],
    ['Il Titolare può conservare i dati sino a quando il consenso non venga revocato.', 'criteria'],
    ['Il Titolare può conservare i dati per adempiere ad un obbligo di legge.', 'criteria'],
  ])('%s', (text, kind) => {
    expect(practicesOf([text], 'it').retention.kind).toBe(kind);
  });
});

describe('data types in wording the lexicons missed', () => {
  test.each<[Lang, string, DataType]>([
    ['en', 'We collect the requested pages and how you interact with our website.', 'usage-data'],
    ['sv', 'Vi samlar in din IP-adress och den begärda sidan.', 'usage-data'],
    ['fr', 'Nous collectons des données statistiques sur la durée de la visite.', 'usage-data'],
    ['pt', 'Os dados recolhidos incluem fontes de referência e a duração da visita.', 'usage-data'],
    [
      'it',
      'Google raccoglie i dati allo scopo di tracciare ed esaminare l’utilizzo di questa app.',
      'usage-data',
    ],
    ['da', 'Vi indsamler betalingshistorik, men ser aldrig kortnumre.', 'payment'],
    ['it', 'Raccogliamo i pagamenti con carta di credito o bonifico bancario.', 'payment'],
    ['pt', 'Coletamos dados fiscais e financeiros dos cooperados.', 'payment'],
    ['es', 'Recopilamos datos fiscales y bancarios para la facturación.', 'payment'],
    ['pl', 'Zbieramy dane niezbędne do obsługi płatności kartami.', 'payment'],
  ])('%s: %s', (lang, text, type) => {
    expect(practicesOf([text], lang).collection.dataTypes).toContain(type);
  });

  test('a company named "... Payments AS" is not payment data', () => {
    const blocks = under(
      'Hvilke personopplysninger behandler vi?',
      'Vi samler inn navn og e-postadresse sammen med Saga Payments AS.',
    );
    expect(practicesOf(blocks, 'nb').collection.dataTypes).not.toContain('payment');
  });
});

describe('sources are not recipients', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We may also receive information about you from other sources, including third parties, business partners and affiliates.',
    ],
    ['de', 'Wir erhalten Daten auch aus anderen Quellen, etwa von Dritten und Geschäftspartnern.'],
    ['es', 'Podemos obtener información de otras fuentes, como terceros y socios comerciales.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toEqual([]);
  });

  test('sharing with partners still counts', () => {
    const p = practicesOf(['We share your information with business partners and affiliates.'], 'en');
    expect(p.sharing.recipients).toEqual(['affiliates', 'business-partners']);
  });

  test('pt: reporting to the tax authority is a disclosure to authorities', () => {
    const blocks = under('Compartilhamento', 'As notas fiscais são enviadas à Receita Estadual.');
    expect(practicesOf(blocks, 'pt').sharing.recipients).toContain('authorities');
  });
});

describe('"we do not sell your data and only share it with ..." in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not sell your data and only share it with our service providers.'],
    ['de', 'Wir verkaufen Ihre Daten nicht und geben sie nur an unsere Dienstleister weiter.'],
    ['nl', 'Wij verkopen uw gegevens niet en verstrekken deze alleen aan onze verwerkers.'],
    ['nb', 'Vi selger ikke opplysningene og deler dem kun med våre leverandører.'],
    ['sv', 'Vi säljer inte dina uppgifter och delar dem endast med våra leverantörer.'],
    ['da', 'Vi sælger ikke dine oplysninger og deler dem kun med vores leverandører.'],
    ['fr', "Nous ne vendons pas vos données et ne les partageons qu'avec nos prestataires techniques."],
    ['fr', "Vos données ne sont transmises qu'à nos prestataires techniques."],
    ['es', 'No vendemos sus datos y solo los compartimos con nuestros proveedores.'],
    ['it', 'Non vendiamo i tuoi dati e li comunichiamo solo ai nostri fornitori.'],
    ['pt', 'Não vendemos os seus dados e só os partilhamos com os nossos fornecedores.'],
    ['pl', 'Nie sprzedajemy danych i udostępniamy je wyłącznie naszym dostawcom.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toContain('service-providers');
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous ne partageons pas vos données avec nos prestataires ni avec des tiers.'],
    ['nb', 'Vi deler ikke opplysningene med leverandører og bruker dem kun til å svare deg.'],
    ['en', 'We do not share your data with service providers and only use it to reply to you.'],
  ])('%s: the negated clause stays negated: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toEqual([]);
  });
});
