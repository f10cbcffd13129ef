/**
 * The review of the session-11 data-type rules (docs/extraction.md, "Data types stated by a phrase of their
 * own"): a cookie definition hides only itself (a sentence that goes on to name the operator states its
 * practice), a copy of an ID is read only where the operator asks for or requires one, the handling of
 * payments only with a payment provider or a named one, a social login denied right after it reads nothing,
 * and position, posizione and lokalizacja are a location only in their geographic sense.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { segments, silentScores } from './helpers';

/** The data types of `text` read with silent scores (no collection passage). */
function typesOf(text: string, lang: Lang): readonly DataType[] {
  return extractPractices(segments([{ text, heading: '' }]), silentScores(1), lang).collection.dataTypes;
}

/** The data types of `text` read in a passage the model is sure is about collection. */
function typesAlone(text: string, lang: Lang): readonly DataType[] {
  const sure = silentScores(1).map((s) => ({ ...s, collection: 0.9 }));
  return extractPractices(segments([{ text, heading: '' }]), sure, lang).collection.dataTypes;
}

describe('a cookie definition followed by the operator states its practice', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Cookies sind kleine Textdateien, die wir auf Ihrem Gerät speichern, um Ihre IP-Adresse zu erfassen.',
    ],
    [
      'nl',
      'Cookies zijn kleine tekstbestanden die wij op uw apparaat plaatsen om uw IP-adres te registreren.',
    ],
    [
      'nb',
      'Informasjonskapsler er små tekstfiler som vi lagrer på enheten din for å samle inn IP-adressen din.',
    ],
    ['sv', 'Kakor är små textfiler som vi sparar på din enhet för att samla in din IP-adress.'],
    ['da', 'Cookies er små tekstfiler, som vi gemmer på din enhed for at indsamle din IP-adresse.'],
    [
      'fr',
      'Les cookies sont de petits fichiers texte que nous déposons sur votre terminal afin de collecter votre adresse IP.',
    ],
    [
      'es',
      'Las cookies son pequeños archivos que instalamos en su dispositivo para recoger su dirección IP.',
    ],
    [
      'it',
      'I cookie sono piccoli file di testo che installiamo sul tuo dispositivo per raccogliere il tuo indirizzo IP.',
    ],
    [
      'pl',
      'Pliki cookies to niewielkie pliki tekstowe, które zapisujemy na Twoim urządzeniu, aby zbierać Twój adres IP.',
    ],
    ['pt', 'Os cookies são pequenos arquivos que colocamos no seu dispositivo para coletar seu endereço IP.'],
  ])('%s: "%s" reads the IP address and cookies', (lang, text) => {
    expect(typesOf(text, lang)).toEqual(expect.arrayContaining(['ip-address', 'device-info', 'cookies']));
  });

  test('en: what the cookies are used to collect is read again', () => {
    const text =
      'Cookies are small text files that we use to collect your IP address, browser type and the pages you visit.';
    expect(typesOf(text, 'en')).toEqual(['ip-address', 'device-info', 'cookies', 'usage-data']);
  });

  test('en: a cookie the operator places is read in a collection passage', () => {
    const text = 'Cookies are small text files that we place on your device to remember your login.';
    expect(typesAlone(text, 'en')).toContain('cookies');
  });

  test.each<[Lang, string]>([
    ['en', 'Cookies are small text files that are stored on your computer by your browser.'],
    ['de', 'Cookies sind kleine Textdateien, die auf Ihrem Endgerät gespeichert werden.'],
    [
      'fr',
      "Les cookies sont de petits fichiers texte déposés sur votre terminal lors de la visite d'un site.",
    ],
    [
      'en',
      'Personal data means any information relating to an identified person, such as a name or an email address.',
    ],
  ])('%s: a bare definition "%s" reads nothing', (lang, text) => {
    expect(typesAlone(text, lang)).toEqual([]);
  });
});

describe('a copy of an ID only where the operator asks for it', () => {
  test.each<[Lang, string]>([
    ['en', 'Please bring a copy of your passport to the check-in desk.'],
    ['en', 'Beware of fraudsters who ask for a copy of your ID.'],
    ['de', 'Achtung: Betrüger fordern per E-Mail eine Kopie Ihres Personalausweises an.'],
    ['de', 'Führen Sie auf Reisen immer eine Kopie Ihres Reisepasses mit.'],
    ['fr', 'Nous vous conseillons de garder une copie de votre passeport pendant le voyage.'],
    ['es', 'Le recomendamos llevar una copia de su pasaporte durante el viaje.'],
  ])('%s: "%s" reads no ID', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('government-id');
  });

  test.each<[Lang, string]>([
    ['en', 'You may request a copy of the identification data we hold about you.'],
    ['en', 'You have the right to receive a copy of the ID verification records we hold.'],
  ])('%s: the right of access "%s" reads no ID', (lang, text) => {
    expect(typesAlone(text, lang)).not.toContain('government-id');
  });

  test.each<[Lang, string]>([
    ['en', 'We may ask you for a copy of your ID.'],
    ['en', 'We require a copy of your passport to verify your identity.'],
    ['en', 'A copy of your ID is required by us to verify your identity.'],
    ['de', 'Wir können eine Kopie Ihres Personalausweises anfordern.'],
    ['nl', 'Wij kunnen u vragen om een kopie van uw identiteitsbewijs.'],
    ['nb', 'Vi kan be om en kopi av legitimasjonen din.'],
    ['sv', 'Vi kan begära en kopia av din legitimation.'],
    ['da', 'Vi kan bede om en kopi af dit pas.'],
    ['fr', "Nous pouvons vous demander une copie de votre pièce d'identité."],
    ['es', 'Podemos pedirle una copia de su DNI.'],
    ['it', "Potremmo chiederti una copia del tuo documento d'identità."],
    ['pl', 'Możemy poprosić o kopię dowodu osobistego.'],
    ['pt', 'Podemos solicitar uma cópia do seu documento de identidade.'],
  ])('%s: "%s" reads an ID', (lang, text) => {
    expect(typesOf(text, lang)).toContain('government-id');
  });
});

describe('the handling of payments only by a payment provider or a named one', () => {
  test.each<[Lang, string]>([
    ['en', 'Payments to our suppliers are processed monthly.'],
    ['en', 'We handle payments of royalties to our artists twice a year.'],
    ['en', 'Our HR team manages salary payments to employees.'],
    ['en', 'Any payments to authors are made by bank transfer.'],
    ['en', 'We are paid by advertisers; payments are handled by our finance team once a month.'],
    ['en', 'Refunds and payments will be processed within 10 business days.'],
    ['de', 'Zahlungen an unsere Lieferanten werden monatlich abgewickelt.'],
    ['nl', 'Betalingen aan leveranciers worden maandelijks uitgevoerd.'],
    ['nb', 'Betalingen skjer innen 14 dager etter fakturadato.'],
    ['sv', 'Betalning sker mot faktura inom 30 dagar.'],
    ['da', 'Betaling sker senest 8 dage efter modtagelse af faktura.'],
    ['fr', 'Les paiements sont effectués à 30 jours fin de mois.'],
    ['it', 'Il pagamento della quota associativa è effettuato entro il 31 marzo.'],
  ])('%s: "%s" reads no payment', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('payment');
  });

  test.each<[Lang, string]>([
    ['en', 'Card payments are processed by Stripe.'],
    ['en', 'Payments are processed by our payment service provider.'],
    ['de', 'Zahlungen werden über PayPal abgewickelt.'],
    ['nl', 'Betalingen worden verwerkt door Mollie.'],
    ['nb', 'Betalingen håndteres av Vipps.'],
    ['sv', 'Betalningen hanteras av Klarna.'],
    ['da', 'Betalingen håndteres af vores betalingsudbyder.'],
    ['fr', 'Les paiements sont traités par notre prestataire de paiement.'],
    ['es', 'Los pagos se procesan a través de Redsys.'],
    ['it', 'I pagamenti sono gestiti da PayPal.'],
    ['pl', 'Płatności obsługuje Przelewy24.'],
    ['pt', 'Os pagamentos são processados pelo PagSeguro.'],
  ])('%s: "%s" reads payment', (lang, text) => {
    expect(typesOf(text, lang)).toContain('payment');
  });
});

describe('a social login denied right after it', () => {
  test.each<[Lang, string]>([
    ['en', 'Sign in with Google is not available.'],
    ['nl', 'Inloggen met Facebook is niet mogelijk.'],
    ['pl', 'Logowanie przez Facebook nie jest możliwe.'],
  ])('%s: "%s" reads nothing', (lang, text) => {
    expect(typesAlone(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'You can sign in with Google to create an account.'],
    ['nl', 'U kunt inloggen met Facebook.'],
  ])('%s: "%s" still reads a social profile', (lang, text) => {
    expect(typesAlone(text, lang)).toContain('social-profile');
  });
});

describe('position, posizione, lokalizacja only as a place', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi samlar in uppgifter om din nuvarande position i företaget.'],
    ['nb', 'Vi behandler opplysninger om din nåværende posisjon i selskapet.'],
    ['da', 'Vi behandler oplysninger om din nuværende position i virksomheden.'],
    ['it', 'Raccogliamo i dati relativi alla tua posizione contributiva.'],
    ['pl', 'Dane przechowujemy w Twojej najbliższej lokalizacji naszego sklepu.'],
    ['pl', 'Przetwarzamy dane w Twojej lokalizacji sklepu stacjonarnego.'],
  ])('%s: "%s" reads no location', (lang, text) => {
    expect(typesAlone(text, lang)).not.toContain('location');
  });

  test.each<[Lang, string]>([
    ['sv', 'Vi samlar in din exakta position när du använder appen.'],
    ['pl', 'Przetwarzamy Twoją aktualną lokalizację.'],
    ['it', 'Raccogliamo la tua posizione esatta.'],
  ])('%s: "%s" reads location', (lang, text) => {
    expect(typesOf(text, lang)).toContain('location');
  });
});

describe('cues that are not a collection', () => {
  test('pl: "using your browser" is an instruction', () => {
    const text = 'Korzystając z Twojej przeglądarki, możesz wyłączyć pliki cookies.';
    expect(typesOf(text, 'pl')).toEqual([]);
  });

  test('nl: "slaat op" is "refers to"', () => {
    expect(typesOf('Deze verklaring slaat op uw naam en e-mailadres.', 'nl')).toEqual([]);
  });

  test('nl: "slaat ... op" is still storing', () => {
    expect(typesOf('De website slaat uw naam en e-mailadres op.', 'nl')).toEqual(
      expect.arrayContaining(['name', 'email']),
    );
  });
});

describe('usage phrases in terms of use', () => {
  test.each<[Lang, string]>([
    ['de', 'Diese Nutzungsbedingungen regeln, wie Nutzer unsere Website nutzen dürfen.'],
    ['nl', 'Deze voorwaarden bepalen hoe gebruikers de website mogen gebruiken.'],
  ])('%s: what users may do "%s" is no usage data', (lang, text) => {
    expect(typesAlone(text, lang)).not.toContain('usage-data');
  });

  test.each<[Lang, string]>([
    ['de', 'Wir analysieren, wie Nutzer unsere Website nutzen.'],
    ['nl', 'Wij analyseren hoe bezoekers de website gebruiken.'],
  ])('%s: "%s" still reads usage data', (lang, text) => {
    expect(typesOf(text, lang)).toContain('usage-data');
  });
});
