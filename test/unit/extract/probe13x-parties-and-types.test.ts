/**
 * Session 13's unseen probe (fix14b): recipients, named parties and data types it left misread.
 * - A national sports federation data is passed to is named (third-parties.json, category "federation",
 *   a business partner as the recipient kind already was; needsCue, so a federation merely mentioned is not).
 * - A report of data to a tax authority with a longer gap ("melden wir im gesetzlich vorgeschriebenen Umfang
 *   an"), Swedish passive "lämnas till" and active "vi skickar data till" pass data on.
 * - Shown or visible to the rest of the users, other students: other users.
 * - Meta's pixel in the words of each language ("pixel da Meta", "Facebook-Pixel") is the Facebook Pixel.
 * - A parent company in brackets ("Mailchimp (Intuit Inc.)") no longer names its sibling brand QuickBooks.
 * - Data types: a GPS position or the phone's location is location, "phone's" no phone number, the card one
 *   pays with and "dados do cartão" payment, Polish "dane adresowe" a postal address.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf, typesBoth } from './helpers';

const namedOf = (text: string, lang: Lang): readonly string[] => practicesOf([text], lang).sharing.named;

describe('a national federation data is passed to is named', () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'To register you for competitions, we pass your name, date of birth and club number to England Athletics.',
      'England Athletics',
    ],
    [
      'de',
      'Für die Spielberechtigung melden wir Name, Geburtsdatum und Vereinszugehörigkeit an den Deutschen Fußball-Bund (DFB).',
      'DFB',
    ],
    ['nl', 'Voor de spelerspas geven wij je naam, geboortedatum en pasfoto door aan de KNVB.', 'KNVB'],
    [
      'nb',
      'Medlemsopplysninger som navn og fødselsdato rapporteres til Norges idrettsforbund gjennom KlubbAdmin.',
      'Norges idrettsforbund',
    ],
    [
      'sv',
      'Vi rapporterar medlemmarnas namn och personnummer till Svenska Fotbollförbundet för licensiering.',
      'Svenska Fotbollförbundet',
    ],
    [
      'da',
      'Vi indberetter medlemmernes navne og fødselsår til DGI og Dansk Idræts Forbund.',
      'Dansk Idræts Forbund',
    ],
    [
      'fr',
      'Lors de votre adhésion, vos nom, prénom, date de naissance et adresse sont transmis à la Fédération française de tennis (FFT) pour la délivrance de la licence.',
      'Fédération française de tennis',
    ],
    [
      'es',
      'Para tramitar la ficha federativa, cedemos tu nombre, DNI y fecha de nacimiento a la Federación de Fútbol de Madrid.',
      'Federación de Fútbol de Madrid',
    ],
    [
      'it',
      'I dati degli atleti vengono trasmessi alla Federazione Italiana Pallavolo (FIPAV) per il tesseramento.',
      'FIPAV',
    ],
    [
      'pl',
      'Dane zawodników (imię, nazwisko, PESEL) przekazujemy do Polskiego Związku Piłki Nożnej w celu rejestracji w systemie Extranet.',
      'PZPN',
    ],
    [
      'pt',
      'Os dados dos atletas são comunicados à Federação Portuguesa de Futebol para efeitos de inscrição.',
      'Federação Portuguesa de Futebol',
    ],
  ])('%s: %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });

  test.each<[Lang, string]>([
    ['de', 'Zinserträge melden wir an das Bundeszentralamt für Steuern.'],
    ['de', 'Wir übermitteln Ihre Daten an das Bundesamt für Justiz, wenn das Gesetz es verlangt.'],
    ['en', 'We may disclose your data to the federal government where the law requires it.'],
    ['nl', 'De KNVB is de nationale voetbalbond van Nederland.'],
    ['sv', 'Svenska Fotbollförbundet ansvarar för sina egna personuppgifter.'],
  ])('no federation named: %s: %s', (lang, text) => {
    const named = namedOf(text, lang);
    for (const n of ['DFB', 'KNVB', 'Svenska Fotbollförbundet']) expect(named).not.toContain(n);
    expect(named.filter((n) => /bund|federal/i.test(n))).toEqual([]);
  });
});

describe('data reported to a tax authority goes to authorities', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Zinserträge melden wir im gesetzlich vorgeschriebenen Umfang an das Bundeszentralamt für Steuern.',
    ],
    ['sv', 'Uppgifter om ränta och utdelning lämnas till Skatteverket som kontrolluppgifter.'],
    ['en', 'We report interest paid on your savings to HMRC.'],
    ['nl', 'Wij geven rente-inkomsten door aan de Belastingdienst.'],
    ['nb', 'Renteinntekter rapporteres til Skatteetaten.'],
    ['da', 'Vi indberetter renteindtægter til Skattestyrelsen.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['sv', 'Kvittot lämnas till dig i kassan.'],
    ['sv', 'Skatteverket är en myndighet.'],
    ['de', 'Sie können Verstöße jederzeit an die Aufsichtsbehörde melden.'],
  ])('no disclosure: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('sent to a named company in Swedish', () => {
  test('sv: Vi skickar data till Apple names Apple', () => {
    expect(namedOf('Vi skickar data till Apple.', 'sv')).toContain('Apple');
  });
  test('sv: sent to the reader names nothing', () => {
    expect(namedOf('Vi skickar information till dig om Apple-produkter.', 'sv')).not.toContain('Apple');
  });
});

describe('visible to other users, members or students', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'Las reseñas que publiques serán visibles para el resto de usuarios junto a tu nombre de usuario.',
    ],
    ['sv', 'Ditt användarnamn och de recensioner du skriver visas för andra användare.'],
    [
      'pt',
      'As fotografias que publicar no mural da turma ficam visíveis para os outros alunos e encarregados de educação.',
    ],
    ['en', 'Your posts are shown to other students in your class.'],
    ['nb', 'Brukernavnet ditt vises for andre brukere.'],
    ['da', 'Dit brugernavn vises for andre brugere.'],
    ['de', 'Ihre Beiträge werden anderen Nutzern angezeigt.'],
    ['nl', 'Je berichten worden getoond aan andere leerlingen.'],
    ['fr', 'Vos publications sont visibles par les autres élèves.'],
    ['it', 'Le tue foto sono visibili agli altri studenti.'],
    ['pl', 'Twoje zdjęcia są widoczne dla innych uczniów.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });

  test.each<[Lang, string]>([
    ['sv', 'Ditt användarnamn visas inte för andra användare.'],
    ['es', 'El resto de la información se conserva durante un año.'],
    ['sv', 'Priset visas för dig i kassan.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

describe("Meta's pixel in each language is the Facebook Pixel, an advertiser", () => {
  test.each<[Lang, string]>([
    [
      'pt',
      'Utilizamos o pixel da Meta para medir a eficácia das nossas campanhas publicitárias no Facebook e no Instagram.',
    ],
    ['es', 'Utilizamos el píxel de Meta para medir nuestras campañas.'],
    ['it', 'Utilizziamo il pixel di Meta per misurare le nostre campagne.'],
    ['de', 'Wir verwenden das Meta-Pixel, um unsere Kampagnen zu messen.'],
  ])('%s: %s', (lang, text) => {
    expect(namedOf(text, lang)).toContain('Facebook Pixel');
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
});

describe('a parent company in brackets names no sibling brand', () => {
  test('sv: Mailchimp (Intuit Inc.)', () => {
    const named = namedOf('Vårt nyhetsbrev skickas via Mailchimp (Intuit Inc.).', 'sv');
    expect(named).toContain('Mailchimp');
    expect(named).not.toContain('QuickBooks');
  });
  test('en: QuickBooks itself stays named', () => {
    expect(namedOf('We use QuickBooks to process our invoices.', 'en')).toContain('QuickBooks');
  });
});

describe('data types the probe missed or misread', () => {
  test.each<[Lang, string, DataType]>([
    [
      'nl',
      'Tijdens een rit registreert de app je gps-locatie, zodat je je route achteraf kunt terugzien.',
      'location',
    ],
    ['sv', 'När du använder cykelappen samlar vi in din GPS-position under resan.', 'location'],
    ['pt', 'Com a sua autorização, recolhemos a localização do seu telemóvel.', 'location'],
    [
      'en',
      "With your permission, the app uses your phone's precise GPS location to show nearby charging points.",
      'location',
    ],
    ['es', 'Recogemos la ubicación de tu móvil durante el trayecto.', 'location'],
    ['en', 'To complete a booking we need your email address and the card you wish to pay with.', 'payment'],
    ['pt', 'Para efetuar a reserva, pedimos o seu email e os dados do cartão de crédito.', 'payment'],
    ['pl', 'Zbieramy dane adresowe klientów.', 'postal-address'],
    ['pl', 'Przetwarzamy Twoje dane adresowe w celu dostawy.', 'postal-address'],
    ['de', 'Wir verarbeiten Ihre Adressdaten für den Versand.', 'postal-address'],
    ['nl', 'Wij verwerken uw adresgegevens voor de levering.', 'postal-address'],
    ['sv', 'Vi behandlar dina adressuppgifter för leverans.', 'postal-address'],
    ['pt', 'Tratamos a sua morada para a entrega.', 'postal-address'],
    // Affirmed, or denied for us but kept by another, card data still reads.
    ['fr', 'Les données de votre carte sont conservées par nos soins.', 'payment'],
    ['es', 'Los datos de tu tarjeta se almacenan en nuestros servidores.', 'payment'],
    ['it', 'I dati della carta vengono memorizzati da noi.', 'payment'],
    ['en', 'Your card details are not stored by us but by our payment provider.', 'payment'],
  ])('%s: %s', (lang, text, type) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });

  test.each<[Lang, string, DataType]>([
    [
      'en',
      "With your permission, the app uses your phone's precise GPS location to show nearby charging points.",
      'phone',
    ],
    ['en', 'We need the card you wish to pay with.', 'phone'],
    // Card data denied in the passive with an agent or a place ("not stored by us / on our servers") is not
    // collected; the active denials read nothing already (review14b finding 5).
    ['fr', 'Les données de votre carte ne sont pas conservées par nos soins.', 'payment'],
    ['es', 'Los datos de tu tarjeta no se almacenan en nuestros servidores.', 'payment'],
    ['pt', 'Os dados do cartão não são armazenados por nós.', 'payment'],
    ['it', 'I dati della carta non vengono memorizzati da noi.', 'payment'],
    ['en', 'Your card details are not stored by us.', 'payment'],
    ['fr', 'Vos données bancaires ne sont pas conservées par nos soins.', 'payment'],
    ['pl', 'Dane Twojej karty nie są przechowywane przez nas.', 'payment'],
    // The operator's own address details are no collected address (review14b finding 6).
    ['pl', 'Nasze dane adresowe znajdują się na stronie Kontakt.', 'postal-address'],
    ['pl', 'Dane adresowe naszej firmy znajdują się na stronie Kontakt.', 'postal-address'],
    ['de', 'Unsere Adressdaten finden Sie auf der Seite Kontakt.', 'postal-address'],
    ['nl', 'Onze adresgegevens vindt u op de contactpagina.', 'postal-address'],
    ['sv', 'Våra adressuppgifter finns på kontaktsidan.', 'postal-address'],
    ['pt', 'Os nossos dados de morada encontram-se na página de contacto.', 'postal-address'],
  ])('%s: %s has no %s', (lang, text, type) => {
    expect(typesBoth(text, lang)[1]).not.toContain(type);
  });

  test('en: a phone number stays a phone number', () => {
    expect(typesBoth("We collect your phone number and your phone's model.", 'en')[1]).toContain('phone');
  });
});
