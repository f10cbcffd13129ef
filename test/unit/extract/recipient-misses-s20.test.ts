/**
 * Other recipient misses probe19 showed (session 20, fixs20c): es/pt/it "colaboradores comerciales" are business
 * partners; analytics providers ("analyseleverandører", "udbydere af statistik- og analyseværktøjer", "Anbieter
 * von Statistik- und Analysetools") are analytics, not generic service providers; a denial of sharing with third
 * parties does not hide the carrier it excepts (nl "behalve met het bezorgbedrijf"); posts "seen by the other
 * members" ("kan ses af de andre medlemmer") reach other users. Each with negatives sharing the words.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipients = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

/** Each sentence with exactly the kinds it must read. */
const READ: readonly [Lang, string, Recipient[]][] = [
  ['es', 'Cedemos tus datos a colaboradores comerciales si lo has consentido.', ['business-partners']],
  ['pt', 'Partilhamos os seus dados com colaboradores comerciais.', ['business-partners']],
  ['it', 'Comunichiamo i tuoi dati a collaboratori commerciali.', ['business-partners']],
  [
    'nb',
    'Vi deler informasjon med annonsører og analyseleverandører for å måle reklame.',
    ['advertisers', 'analytics'],
  ],
  ['nb', 'Vi deler data med leverandører av analyseverktøy.', ['analytics']],
  ['nb', 'Vi deler data med leverandører av betalingstjenester.', ['service-providers']],
  [
    'da',
    'Vi videregiver oplysninger til annoncører og til udbydere af statistik- og analyseværktøjer.',
    ['advertisers', 'analytics'],
  ],
  ['da', 'Vi deler data med udbydere af analyseværktøjer.', ['analytics']],
  ['da', 'Vi deler data med udbydere af betalingsløsninger.', ['service-providers']],
  ['sv', 'Vi delar uppgifter med leverantörer av analysverktyg.', ['analytics']],
  ['sv', 'Vi delar uppgifter med analysleverantörer.', ['analytics']],
  ['de', 'Wir geben Daten an Anbieter von Statistik- und Analysetools weiter.', ['analytics']],
  ['de', 'Wir geben Daten an Analyseanbieter weiter.', ['analytics']],
  ['nl', 'Wij delen gegevens met aanbieders van statistiek- en analysetools.', ['analytics']],
  ['nl', 'Wij delen gegevens met analyseleveranciers.', ['analytics']],
  ['en', 'We share data with providers of statistics and analytics tools.', ['analytics']],
  ['en', 'We share data with analytics providers.', ['analytics']],
  ['fr', "Nous partageons des données avec des fournisseurs d'outils d'analyse.", ['analytics']],
  ['es', 'Compartimos datos con proveedores de herramientas de análisis.', ['analytics']],
  ['it', 'Condividiamo dati con fornitori di strumenti di analisi.', ['analytics']],
  ['pl', 'Udostępniamy dane dostawcom narzędzi analitycznych.', ['analytics']],
  ['pt', 'Partilhamos dados com fornecedores de ferramentas de análise.', ['analytics']],
  [
    'nl',
    'Wij delen je gegevens niet met derden, behalve met het bezorgbedrijf dat je pakket aflevert.',
    ['service-providers'],
  ],
  ['nl', 'Wij verstrekken je gegevens niet aan derden, behalve aan de bezorgdienst.', ['service-providers']],
  [
    'en',
    'We do not share your data with third parties, except with the courier who delivers your parcel.',
    ['service-providers'],
  ],
  [
    'de',
    'Wir geben Ihre Daten nicht an Dritte weiter, außer an den Paketdienst, der Ihre Bestellung liefert.',
    ['service-providers'],
  ],
  [
    'nb',
    'Vi deler ikke opplysningene dine med tredjeparter, bortsett fra med transportøren som leverer pakken.',
    ['service-providers'],
  ],
  [
    'sv',
    'Vi delar inte dina uppgifter med tredje part, förutom med transportören som levererar paketet.',
    ['service-providers'],
  ],
  [
    'da',
    'Vi deler ikke dine oplysninger med tredjeparter, undtagen med fragtfirmaet, der leverer pakken.',
    ['service-providers'],
  ],
  [
    'fr',
    'Nous ne partageons pas vos données avec des tiers, sauf avec le transporteur qui livre votre colis.',
    ['service-providers'],
  ],
  [
    'es',
    'No compartimos tus datos con terceros, salvo con la empresa de transporte que entrega tu pedido.',
    ['service-providers'],
  ],
  [
    'it',
    'Non condividiamo i tuoi dati con terzi, tranne che con il corriere che consegna il pacco.',
    ['service-providers'],
  ],
  [
    'pl',
    'Nie udostępniamy Twoich danych osobom trzecim, z wyjątkiem firmy kurierskiej, która dostarcza paczkę.',
    ['service-providers'],
  ],
  [
    'pt',
    'Não partilhamos os seus dados com terceiros, exceto com a transportadora que entrega a sua encomenda.',
    ['service-providers'],
  ],
  ['da', 'Dine opslag og kommentarer i gruppen kan ses af de andre medlemmer.', ['other-users']],
  ['nb', 'Innleggene dine i gruppen kan ses av de andre medlemmene.', ['other-users']],
  ['sv', 'Dina inlägg i gruppen kan ses av de andra medlemmarna.', ['other-users']],
  ['en', 'Your posts in the group can be seen by the other members.', ['other-users']],
  ['de', 'Ihre Beiträge in der Gruppe können von den anderen Mitgliedern gesehen werden.', ['other-users']],
  ['nl', 'Je berichten in de groep kunnen door de andere leden worden gezien.', ['other-users']],
  ['fr', 'Vos messages dans le groupe peuvent être vus par les autres membres.', ['other-users']],
  ['es', 'Tus publicaciones en el grupo pueden ser vistas por los demás miembros.', ['other-users']],
  ['it', 'I tuoi post nel gruppo possono essere visti dagli altri membri.', ['other-users']],
  ['pl', 'Twoje posty w grupie mogą być widoczne dla innych członków.', ['other-users']],
  ['pt', 'As suas publicações no grupo podem ser vistas pelos outros membros.', ['other-users']],
  ['de', 'Wir geben Nutzungsdaten an Analyse-Dienstleister weiter.', ['analytics']],
  ['nb', 'Vi deler data med analyse-leverandører.', ['analytics']],
];

const NOT_READ: readonly [Lang, string][] = [
  ['es', 'Nuestros colaboradores reciben formación en protección de datos.'],
  ['es', 'No cedemos tus datos a colaboradores comerciales.'],
  ['pt', 'Os nossos colaboradores receberam formação sobre proteção de dados.'],
  ['it', 'I nostri collaboratori sono tenuti alla riservatezza.'],
  ['nl', 'Wij delen je gegevens niet met derden.'],
  ['en', 'We do not share your data with third parties.'],
  ['de', 'Wir geben Ihre Daten nicht an Dritte weiter.'],
  ['nb', 'Vi deler ikke opplysningene dine med tredjeparter.'],
  ['sv', 'Vi delar inte dina uppgifter med tredje part.'],
  ['da', 'Vi deler ikke dine oplysninger med tredjeparter.'],
  ['fr', 'Nous ne partageons pas vos données avec des tiers.'],
  ['es', 'No compartimos tus datos con terceros.'],
  ['it', 'Non condividiamo i tuoi dati con terzi.'],
  ['pl', 'Nie udostępniamy Twoich danych osobom trzecim.'],
  ['pt', 'Não partilhamos os seus dados com terceiros.'],
  ['da', 'Vores priser kan ses af alle kunder.'],
  ['da', 'Dine oplysninger kan ikke ses af andre medlemmer.'],
  ['nb', 'Innleggene dine kan ikke ses av andre medlemmer.'],
  ['sv', 'Dina inlägg kan inte ses av andra medlemmar.'],
  ['nb', 'Vi deler ikke data med analyseleverandører.'],
  ['da', 'Vi deler ikke oplysninger med udbydere af analyseværktøjer.'],
  ['de', 'Wir geben keine Daten an Analyseanbieter weiter.'],
  ['sv', 'Vi delar inte uppgifter med analysleverantörer.'],
  ['nl', 'Het bezorgbedrijf is verantwoordelijk voor de levering van je pakket.'],
  ['it', 'I collaboratori commerciali della nostra rete vendono i nostri prodotti.'],
  ['pt', 'Não partilhamos dados com colaboradores comerciais.'],
  ['en', 'The other members of our team can see your request.'],
  ['sv', 'Priserna kan ses av alla kunder.'],
  ['nb', 'Prisene kan ses av alle kunder.'],
];

describe('partners, analytics providers, excepted carriers and other members are read', () => {
  it.each(READ)('%s: %s', (lang, text, kinds) => {
    expect([...recipients(text, lang)].sort()).toEqual([...kinds].sort());
  });
});

describe("denials, staff, prices and the operator's own team read no recipient", () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(recipients(text, lang)).toEqual([]);
  });
});
