import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** The rights a one-paragraph page grants on lexical cues alone (the model silent). */
function rightsOf(text: string, lang: Lang): readonly Right[] {
  return practicesOf([text], lang).rights.rights;
}

/**
 * review16a finding 3: a request cue (fix16a: "if you want …, write to", "if you ask us", "on request", "se ce lo
 * chiedi") about an order, a booking, a basket item or an invoice grants no right; nor do "the technical data of our
 * products", "the information on this page", "an overview of the data we store in section 3" (no "about you"), or
 * data minimisation ("we restrict the processing to what is necessary").
 */
describe('requests about orders, invoices and pages grant no right', () => {
  test.each<[Lang, string]>([
    ['it', 'Se desideri cancellare il tuo ordine, scrivi a ordini@example.it.'],
    ['it', 'Se vuoi cancellare la prenotazione, scrivi a prenotazioni@example.it.'],
    ['es', 'Si desea cancelar o eliminar su pedido, escriba a pedidos@example.es.'],
    ['pl', 'Jeśli chcesz anulować lub usunąć zamówienie, napisz do sklep@example.pl.'],
    ['nl', 'Wil je je bestelling annuleren of verwijderen, mail dan naar bestellingen@example.nl.'],
    ['nb', 'Ønsker du å slette bestillingen, skriv til ordre@example.no.'],
    ['da', 'Ønsker du at slette din bestilling, skriv til ordre@example.dk.'],
    ['de', 'Wünschen Sie die Löschung Ihrer Bestellung, schreiben Sie an bestellung@example.de.'],
    [
      'de',
      'Schreiben Sie uns, wenn Sie den Newsletter nicht mehr erhalten möchten oder Ihre Bestellung löschen wollen.',
    ],
    ['nl', 'Als je wilt dat je bestelling wordt verwijderd uit het overzicht, mail ons.'],
    ['en', 'If you want your order cancelled and deleted from the basket, write to us.'],
    ['it', 'Se ce lo chiedi, cancelliamo la prenotazione senza costi.'],
    ['nl', 'Als je het ons vraagt, verwijderen we het artikel uit je winkelmandje.'],
    ['de', 'Auf Anfrage erhalten Sie Auskunft über die technischen Daten unserer Produkte.'],
    ['de', 'Auf Anfrage berichtigen wir die Angaben auf Ihrer Rechnung.'],
    ['en', 'If you ask us, we will send the invoice in a structured, machine-readable format.'],
    [
      'fr',
      'Si vous le demandez, nous vous envoyons la facture dans un format structuré et lisible par machine.',
    ],
    ['en', 'If the information on this page is out of date, we will update it soon.'],
    ['en', 'Request a copy of your invoice from our billing team.'],
    ['en', 'You can find an overview of the data we store in section 3.'],
    [
      'sv',
      'Vi begränsar behandlingen till det som är nödvändigt, och du har möjlighet att kontakta oss när som helst.',
    ],
    [
      'da',
      'Vi begrænser behandlingen til det nødvendige, og du har mulighed for at kontakte os når som helst.',
    ],
    [
      'pl',
      'Ograniczamy przetwarzanie danych do niezbędnego minimum, a Ty masz możliwość kontaktu z nami w każdej chwili.',
    ],
    [
      'it',
      'Limitiamo il trattamento ai dati strettamente necessari e hai la possibilità di contattarci in qualsiasi momento.',
    ],
    ['de', 'Wenn Ihr Profilbild gelöscht werden soll, klicken Sie auf das Papierkorbsymbol.'],
  ])('[%s] %s', (lang, text) => {
    expect(rightsOf(text, lang)).toEqual([]);
  });
});

/** Beside those, requests about the reader's data or account still read. */
describe('requests about the reader’s data or account still read', () => {
  test.each<[Lang, string, Right[]]>([
    ['en', 'If you want your account and orders deleted, write to us.', ['erasure']],
    ['de', 'Wünschen Sie die Löschung Ihrer Daten, schreiben Sie an datenschutz@example.de.', ['erasure']],
    ['it', 'Se desideri cancellare il tuo account, scrivi a privacy@example.it.', ['erasure']],
    ['nb', 'Ønsker du å slette kontoen din, skriv til personvern@example.no.', ['erasure']],
    ['es', 'Si desea eliminar su cuenta y sus pedidos, escriba a privacidad@example.es.', ['erasure']],
    ['en', 'You can request an overview of the data we hold about you.', ['access']],
    [
      'en',
      'If your personal data are not correct, you can update them in your account settings.',
      ['rectification'],
    ],
    [
      'sv',
      'Du kan begära att vi begränsar behandlingen av dina uppgifter medan en invändning prövas.',
      ['objection', 'restriction'],
    ],
    ['it', 'Puoi chiedere che limitiamo il trattamento dei tuoi dati.', ['restriction']],
  ])('[%s] %s', (lang, text, expected) => {
    expect(rightsOf(text, lang)).toEqual(expected);
  });
});
