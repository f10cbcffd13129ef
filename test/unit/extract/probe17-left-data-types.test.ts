/**
 * Data types session 17's unseen probe left misread (session 18, fixp18d). Each block says the phenomenon; the
 * sentences are the probe's, twins in the other languages, and near sentences that must not change.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth, typesSilent } from './helpers';

/** Both readings (silent scores, and the model sure of collection) give exactly `expected`. */
function expectTypes(lang: Lang, text: string, expected: readonly DataType[]): void {
  for (const types of typesBoth(text, lang)) expect([...types].sort()).toEqual([...expected].sort());
}

/** Read on lexical cues alone (silent scores), the sentence states no collection. */
function expectNone(lang: Lang, text: string): void {
  expect(typesSilent(text, lang)).toEqual([]);
}

describe('we ask (for) your data: the asking verb is a collection cue', () => {
  // "vragen wij uw naam" (the verb before its subject after a fronted phrase), "frågar vi om", "spørger vi om",
  // "le preguntamos si", "perguntamos se", "we ask whether": the operator asking for data collects what it asks.
  test.each<[Lang, string, DataType[]]>([
    [
      'nl',
      'Bij het afsluiten van een abonnement op onze maaltijdboxen vragen wij uw naam, e-mailadres en IBAN voor de automatische incasso.',
      ['name', 'email', 'payment'],
    ],
    [
      'en',
      'When you subscribe we ask your name, email address and IBAN for the direct debit.',
      ['name', 'email', 'payment'],
    ],
    [
      'de',
      'Beim Abschluss eines Abonnements fragen wir Ihren Namen, Ihre E-Mail-Adresse und Ihre IBAN für das Lastschriftverfahren ab.',
      ['name', 'email', 'payment'],
    ],
    [
      'de',
      'Beim Abschluss eines Abonnements erfragen wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Bankverbindung.',
      ['name', 'email', 'payment'],
    ],
    [
      'nb',
      'Når du tegner et abonnement, spør vi om navn, e-postadresse og kontonummer for avtalegiro.',
      ['name', 'email', 'payment'],
    ],
    [
      'sv',
      'När du tecknar ett abonnemang frågar vi efter ditt namn, din e-postadress och dina betaluppgifter.',
      ['name', 'email', 'payment'],
    ],
    [
      'da',
      'Når du tegner et abonnement, spørger vi om dit navn, din e-mailadresse og dine betalingsoplysninger.',
      ['name', 'email', 'payment'],
    ],
    [
      'fr',
      "Lors de la souscription d'un abonnement, nous vous demandons votre nom, votre adresse e-mail et votre IBAN pour le prélèvement automatique.",
      ['name', 'email', 'payment'],
    ],
    [
      'es',
      'Al suscribirse le preguntamos su nombre, su correo electrónico y su IBAN para la domiciliación bancaria.',
      ['name', 'email', 'payment'],
    ],
    [
      'it',
      "Al momento dell'abbonamento ti domandiamo nome, indirizzo e-mail e IBAN per l'addebito diretto.",
      ['name', 'email', 'payment'],
    ],
    [
      'pl',
      'Przy zakładaniu subskrypcji pytamy o imię i nazwisko, adres e-mail i numer rachunku bankowego do polecenia zapłaty.',
      ['name', 'email', 'payment'],
    ],
    [
      'pt',
      'Ao subscrever, perguntamos o seu nome, e-mail e IBAN para o débito direto.',
      ['name', 'email', 'payment'],
    ],
  ])('%s: %s', expectTypes);

  // Questions the reader may ask, the noun "questions", someone else asked, a request about conduct.
  test.each<[Lang, string]>([
    ['en', 'If you have questions, ask your bank whether your card is accepted.'],
    ['en', 'You can ask us whether we hold your payment information.'],
    ['de', 'Bei Fragen zu Ihrer Zahlung wenden Sie sich an uns.'],
    ['de', 'Haben Sie Fragen, wir helfen Ihnen gerne weiter.'],
    ['nl', 'Heeft u vragen over uw betaling? Neem contact met ons op.'],
    ['nb', 'Har du spørsmål om betalingen din, kan du kontakte oss.'],
    ['sv', 'Om du har frågor om betalningen kan du kontakta oss.'],
    ['da', 'Har du spørgsmål om din betaling, kan du kontakte os.'],
    ['fr', 'Pour toute question sur votre paiement, contactez-nous.'],
    ['es', 'Si tiene preguntas sobre su pago, contáctenos.'],
    ['it', 'Per domande sul pagamento contattaci.'],
    ['pl', 'W razie pytań dotyczących płatności skontaktuj się z nami.'],
    ['pt', 'Se tiver perguntas sobre o pagamento, contacte-nos.'],
  ])('%s: %s', expectNone);
});

describe('payment details, in every spelling and definite form', () => {
  // sv "betaluppgifter" (betal- without -nings), and the definite forms of the Scandinavian compounds.
  test.each<[Lang, string, DataType[]]>([
    [
      'sv',
      'Vid beställning av matkasse samlar vi in namn, leveransadress, telefonnummer, e-post och betaluppgifter.',
      ['name', 'postal-address', 'phone', 'email', 'payment'],
    ],
    ['sv', 'Vi sparar betalningsuppgifterna så länge avtalet gäller.', ['payment']],
    ['nb', 'Vi lagrer betalingsopplysningene dine så lenge avtalen varer.', ['payment']],
    ['da', 'Vi gemmer betalingsoplysningerne, så længe aftalen løber.', ['payment']],
    ['de', 'Wir speichern Ihre Zahlungsangaben für die Abrechnung.', ['payment']],
    ['nl', 'Wij bewaren uw betaalinformatie voor de incasso.', ['payment']],
  ])('%s: %s', expectTypes);
});

describe('we send your national ID number to the tax agency: data passed on is data processed', () => {
  // Active, first person, the reader's data as object ("skickar vi ditt personnummer ... till Skatteverket"): the
  // passive forms ("skickas till") were cues already; the possessive keeps parcels and newsletters out.
  test.each<[Lang, string, DataType[]]>([
    [
      'sv',
      'Vid köp av hemstädning med RUT-avdrag skickar vi ditt personnummer och det fakturerade beloppet till Skatteverket.',
      ['government-id'],
    ],
    ['en', 'For payroll we send your National Insurance number to HMRC.', ['government-id']],
    ['en', 'We report your social security number (SSN) to the IRS.', ['government-id']],
    ['de', 'Wir melden Ihre Sozialversicherungsnummer an die Krankenkasse.', ['government-id']],
    [
      'nl',
      'Voor de loonadministratie sturen wij uw burgerservicenummer (BSN) naar de Belastingdienst.',
      ['government-id'],
    ],
    ['nb', 'Ved lønnsutbetaling rapporterer vi fødselsnummeret ditt til Skatteetaten.', ['government-id']],
    ['da', 'Vi indberetter dit CPR-nummer til Skattestyrelsen.', ['government-id']],
    ['fr', "Nous transmettons votre numéro de sécurité sociale à l'URSSAF.", ['government-id']],
    ['es', 'Enviamos su DNI o NIE a la Agencia Tributaria.', ['government-id']],
    ['it', "Comunichiamo il tuo codice fiscale all'Agenzia delle Entrate.", ['government-id']],
    ['pl', 'Przekazujemy Twój numer PESEL do urzędu skarbowego.', ['government-id']],
    ['pt', 'Enviamos o seu NIF e o número do cartão de cidadão à Autoridade Tributária.', ['government-id']],
    ['pt', 'Enviamos o seu CPF à Receita Federal.', ['government-id']],
  ])('%s: %s', expectTypes);

  // An order or a parcel sent names no data.
  test.each<[Lang, string]>([
    ['sv', 'Vi skickar din beställning till den adress du angett.'],
    ['en', 'We send your order within two days.'],
    ['de', 'Wir senden Ihnen gerne weitere Informationen.'],
    ['nl', 'Wij sturen uw bestelling binnen twee dagen.'],
    ['nb', 'Vi sender din bestilling innen to dager.'],
    ['da', 'Vi sender din ordre inden for to dage.'],
    ['fr', 'Nous envoyons vos colis sous 48 heures.'],
    ['es', 'Enviamos sus pedidos en 24 horas.'],
    ['it', 'Inviamo i tuoi ordini entro due giorni.'],
    ['pl', 'Wysyłamy Twoje zamówienie w ciągu 24 godzin.'],
    ['pt', 'Enviamos a sua encomenda em 48 horas.'],
  ])('%s: %s', expectNone);
});
