/**
 * Data said to be necessary, required or needed for a purpose is collected, in eleven languages (fr 'sont nécessaires au paiement', de 'sind für die Zahlung erforderlich', nl 'zijn nodig voor', es 'son necesarios para', pl 'są niezbędne do'...): the copula and the adjective followed by the purpose are a collection cue; a negated requirement ('aucune ... n'est nécessaire', 'keine Bankdaten erforderlich'), an account or a fee said as necessary and the legal basis 'necessary for the contract' name no data and read nothing. Also the billing address of sv/da/nb ('faktureringsadress'), pl 'adres rozliczeniowy', pl 'dane bankowe' and the definite Scandinavian bank details. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent, typesSure } from './helpers';

/** Read with the model sure of collection: every required type, and nothing but the required and the defensible. */
function expectTypes(
  lang: Lang,
  text: string,
  required: readonly DataType[],
  defensible: readonly DataType[],
  silent: boolean,
): void {
  // silent: a sentence with no collection verb (a product, a price) is checked on lexical cues alone, as a
  // section the model is sure is about collection would read its data words whatever they are.
  const read = silent ? typesSilent(text, lang) : typesSure(text, lang);
  for (const t of required) expect(read).toContain(t);
  for (const t of read) expect([...required, ...defensible]).toContain(t);
}

describe('payment and address data said as necessary for a purpose (session 20, fixs20b)', () => {
  test.each<[Lang, string, DataType[], DataType[], boolean]>([
    [
      'en',
      'Your bank details (card number, IBAN) and your billing address are required to process your payment.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['en', 'Your delivery address is needed to ship your order.', ['postal-address'], [], false],
    ['en', 'No bank details are required to use the free version.', [], [], false],
    ['en', 'Payment in advance is required for all bookings.', [], [], false],
    [
      'de',
      'Ihre Bankdaten (Kartennummer, IBAN) und Ihre Rechnungsadresse sind für die Zahlung erforderlich.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['de', 'Die Angabe Ihrer Lieferadresse ist für den Versand notwendig.', ['postal-address'], [], false],
    ['de', 'Für die Nutzung der kostenlosen Version sind keine Bankdaten erforderlich.', [], [], false],
    ['de', 'Für alle Buchungen ist eine Vorauszahlung erforderlich.', [], [], false],
    [
      'nl',
      'Uw bankgegevens (kaartnummer, IBAN) en uw factuuradres zijn nodig voor de betaling.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['nl', 'Uw afleveradres is noodzakelijk om uw bestelling te verzenden.', ['postal-address'], [], false],
    ['nl', 'Voor de gratis versie zijn geen bankgegevens nodig.', [], [], false],
    ['nl', 'Voor alle boekingen is een vooruitbetaling vereist.', [], [], false],
    [
      'nb',
      'Bankopplysningene dine (kortnummer, IBAN) og fakturaadressen din er nødvendige for betalingen.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['nb', 'Leveringsadressen din er nødvendig for å sende bestillingen.', ['postal-address'], [], false],
    ['nb', 'Det kreves ingen bankopplysninger for å bruke gratisversjonen.', [], [], false],
    ['nb', 'Forhåndsbetaling er nødvendig for alle bestillinger.', [], [], false],
    [
      'sv',
      'Dina bankuppgifter (kortnummer, IBAN) och din faktureringsadress behövs för betalningen.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['sv', 'Din leveransadress är nödvändig för att skicka din beställning.', ['postal-address'], [], false],
    ['sv', 'Inga bankuppgifter krävs för att använda gratisversionen.', [], [], false],
    ['sv', 'Förskottsbetalning krävs för alla bokningar.', [], [], false],
    [
      'da',
      'Dine bankoplysninger (kortnummer, IBAN) og din faktureringsadresse er nødvendige for betalingen.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['da', 'Din leveringsadresse er nødvendig for at sende din ordre.', ['postal-address'], [], false],
    ['da', 'Der kræves ingen bankoplysninger for at bruge gratisversionen.', [], [], false],
    ['da', 'Forudbetaling er påkrævet for alle bookinger.', [], [], false],
    [
      'fr',
      'Votre numéro de carte et votre adresse de livraison sont nécessaires pour traiter votre commande.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['fr', 'Vos coordonnées bancaires sont requises pour le remboursement.', ['payment'], [], false],
    ['fr', "Aucune donnée bancaire n'est nécessaire pour utiliser la version gratuite.", [], [], false],
    ['fr', 'Un acompte est nécessaire pour toute réservation.', [], [], false],
    [
      'es',
      'Sus datos bancarios (número de tarjeta, IBAN) y su dirección de facturación son necesarios para el pago.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['es', 'Su dirección de entrega es necesaria para enviar su pedido.', ['postal-address'], [], false],
    ['es', 'No se necesitan datos bancarios para usar la versión gratuita.', [], [], false],
    ['es', 'Se requiere un pago por adelantado para todas las reservas.', [], [], false],
    [
      'it',
      'I tuoi dati bancari (numero di carta, IBAN) e il tuo indirizzo di fatturazione sono necessari per il pagamento.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['it', "Il tuo indirizzo di consegna è necessario per spedire l'ordine.", ['postal-address'], [], false],
    ['it', 'Non sono necessari dati bancari per utilizzare la versione gratuita.', [], [], false],
    ['it', 'Per tutte le prenotazioni è richiesto un pagamento anticipato.', [], [], false],
    [
      'pl',
      'Twoje dane bankowe (numer karty, IBAN) i adres rozliczeniowy są niezbędne do realizacji płatności.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['pl', 'Twój adres dostawy jest potrzebny do wysłania zamówienia.', ['postal-address'], [], false],
    ['pl', 'Do korzystania z darmowej wersji nie są potrzebne żadne dane bankowe.', [], [], false],
    ['pl', 'Przedpłata jest wymagana przy wszystkich rezerwacjach.', [], [], false],
    [
      'pt',
      'Os seus dados bancários (número do cartão, IBAN) e o seu endereço de faturação são necessários para o pagamento.',
      ['payment', 'postal-address'],
      [],
      false,
    ],
    ['pt', 'O seu endereço de entrega é necessário para enviar a encomenda.', ['postal-address'], [], false],
    ['pt', 'Não são necessários dados bancários para utilizar a versão gratuita.', [], [], false],
    ['pt', 'É necessário um pagamento antecipado para todas as reservas.', [], [], false],
    ['de', 'Die Verarbeitung ist für die Erfüllung des Vertrags erforderlich.', [], [], false],
    ['de', 'Für den Versand ins Ausland ist eine Gebühr von 5 Euro erforderlich.', [], [], false],
    [
      'de',
      'Diese Cookies sind für den Betrieb der Website unbedingt erforderlich.',
      [],
      ['cookies', 'usage-data'],
      false,
    ],
    ['fr', 'Un compte est nécessaire pour passer commande.', [], [], false],
    ['fr', "Le traitement est nécessaire à l'exécution du contrat.", [], [], false],
    ['fr', "Aucune adresse de facturation n'est nécessaire pour les cartes cadeaux.", [], [], false],
    ['es', 'Es necesario crear una cuenta para realizar un pedido.', [], [], false],
    ['it', 'Non è necessario alcun dato bancario per la prova gratuita.', [], [], false],
    ['pl', 'Założenie konta jest niezbędne do złożenia zamówienia.', [], [], false],
    ['pt', 'Não é necessário indicar o seu endereço de faturação para cartões de oferta.', [], [], false],
    ['nl', 'Een account is nodig om te bestellen.', [], [], false],
    ['sv', 'Ett konto behövs för att handla hos oss.', [], [], false],
    ['da', 'Det er ikke nødvendigt at oplyse din faktureringsadresse for gavekort.', [], [], false],
    ['nb', 'Du trenger ikke oppgi fakturaadressen din for gavekort.', [], [], false],
  ])('%s: %s', (lang, text, required, defensible, silent) =>
    expectTypes(lang, text, required, defensible, silent),
  );
});
