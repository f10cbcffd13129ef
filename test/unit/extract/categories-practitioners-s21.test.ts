/**
 * Categories said as categories: health a care provider documents (sv, nb, da, de, nl), the Dutch 'we slaan ... op' with a long list after a denied first clause, face biometrics named as a compound, the photo in a passport, card details handled by a payment provider. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe('categories said as categories: health a care provider documents, face biometrics, the photo in a passport, card details handled by a payment provider (session 21, fixq21b)', () => {
  // [lang, sentence, required, defensible]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[], DataType[]]>([
    ['sv', 'Vid varje besök dokumenterar vårdgivaren dina symtom och diagnoser i journalen.', ['health'], []],
    ['sv', 'Vårdgivaren dokumenterar inte dina symtom i appen.', [], []],
    ['nb', 'Etter timen dokumenterer behandleren symptomene dine og diagnosen i journalen.', ['health'], []],
    [
      'da',
      'Efter konsultationen dokumenterer behandleren dine symptomer og diagnoser i journalen.',
      ['health'],
      [],
    ],
    [
      'de',
      'Nach dem Termin dokumentiert der Behandler Ihre Symptome und Diagnosen in der Akte.',
      ['health'],
      [],
    ],
    ['nl', 'Na het consult noteert de zorgverlener uw klachten en diagnoses in uw dossier.', ['health'], []],
    [
      'nl',
      'Wij houden geen logboek bij van uw bezoeken; we slaan alleen uw e-mailadres, uw betaalgegevens voor het abonnement en het type apparaat op.',
      ['email', 'payment', 'device-info'],
      [],
    ],
    ['nl', 'We slaan geen gegevens over uw bezoeken op.', [], []],
    ['nl', 'We slaan uw e-mailadres niet op.', [], []],
    ['de', 'Wir erfassen ein Bild Ihres Gesichts (biometrische Daten).', ['biometric'], []],
    ['pl', 'Przetwarzamy obraz Twojej twarzy – są to dane biometryczne.', ['biometric'], []],
    [
      'sv',
      'Vi behandlar en bild av ditt ansikte med ansiktsbiometri och jämför den med fotot i ditt pass.',
      ['biometric', 'government-id'],
      [],
    ],
    ['en', 'Card details are handled by our payment provider Stripe.', ['payment'], []],
    ['sv', 'Kortuppgifter hanteras av vår betalningsleverantör Klarna.', ['payment'], []],
    [
      'de',
      'Wir verarbeiten Ihre Gesichtsbiometrie und vergleichen sie mit dem Foto in Ihrem Reisepass.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'nl',
      'We verwerken uw gezichtsbiometrie en vergelijken die met de foto in uw paspoort.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'nb',
      'Vi behandler ansiktsbiometri og sammenligner den med bildet i passet ditt.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'da',
      'Vi behandler ansigtsbiometri og sammenligner den med billedet i dit pas.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'fr',
      'Nous traitons votre biométrie faciale et la comparons à la photo de votre passeport.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'es',
      'Tratamos tu biometría facial y la comparamos con la foto de tu pasaporte.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'it',
      'Trattiamo la tua biometria facciale e la confrontiamo con la foto del tuo passaporto.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'pl',
      'Przetwarzamy biometrię twarzy i porównujemy ją ze zdjęciem w Twoim paszporcie.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'pt',
      'Tratamos a sua biometria facial e comparamo-la com a foto do seu passaporte.',
      ['biometric', 'government-id'],
      [],
    ],
    [
      'en',
      'We process your face biometrics and compare them with the photo in your passport.',
      ['biometric', 'government-id'],
      [],
    ],
    ['sv', 'Du behöver inte ha med dig fotot i ditt pass.', [], []],
    ['de', 'Kartendaten werden von unserem Zahlungsdienstleister Adyen verarbeitet.', ['payment'], []],
    ['nl', 'Kaartgegevens worden verwerkt door onze betaaldienstverlener Mollie.', ['payment'], []],
    ['nb', 'Kortopplysninger håndteres av vår betalingsleverandør Nets.', ['payment'], []],
    ['da', 'Kortoplysninger håndteres af vores betalingsudbyder Nets.', ['payment'], []],
    ['fr', 'Les données de carte sont traitées par notre prestataire de paiement Stripe.', ['payment'], []],
    ['es', 'Los datos de la tarjeta son procesados por nuestro proveedor de pagos Stripe.', ['payment'], []],
    ['it', 'I dati della carta sono gestiti dal nostro fornitore di pagamento Stripe.', ['payment'], []],
    ['pl', 'Dane karty są przetwarzane przez naszego operatora płatności PayU.', ['payment'], []],
    ['pt', 'Os dados do cartão são processados pelo nosso prestador de pagamentos Stripe.', ['payment'], []],
  ])('%s: %s', (lang, text, required, defensible) => {
    expectTypes(lang, text, required, defensible, false);
    if (required.length === 0) expectTypes(lang, text, required, defensible, true);
  });
});
