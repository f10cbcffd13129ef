/**
 * Rights said in other words, narrowed after review (session 21, fixr21b): rectification needs the data the errors
 * are in ("fouten in uw gegevens worden hersteld"), not errors on a website or an invoice; restriction needs the
 * processing of the reader's data, not the use of an app, a processing time or the handling of orders, payments or
 * complaints; a complaint to customer service stays the right where its clause names an authority by its acronym
 * (ICO, DPC, BfDI, AP, IMY) or the reader's details, or a condition right after it names them, and "at fault" is no product's fault.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

const NOT_READ: readonly [Lang, Right, string][] = [
  ['en', 'rectification', 'You can tell us about typos on the site and we will have errors put right.'],
  [
    'en',
    'restriction',
    'You can have the processing of your data limited in time by picking a shorter period.',
  ],
  ['de', 'restriction', 'Sie können die Bearbeitungszeit Ihrer Bestellung verkürzen lassen.'],
  ['de', 'complaint', 'Sie können sich bei unserem Kundenservice beschweren, wenn das Gerät defekt ist.'],
  ['nl', 'rectification', 'Je kunt storingen melden en fouten worden hersteld binnen een dag.'],
  ['nl', 'rectification', 'U kunt verzoeken dat fouten worden hersteld in de factuur.'],
  ['nb', 'rectification', 'Du kan si fra om skrivefeil, og feil blir rettet med en gang.'],
  ['nb', 'rectification', 'Har du spørsmål om fakturaen, kan du ringe oss; eventuelle feil blir rettet.'],
  ['sv', 'rectification', 'Du kan meddela oss om stavfel så att fel på sidan rättas.'],
  ['da', 'rectification', 'Du kan skrive til os om stavefejl, så fejl bliver rettet på siden.'],
  ['da', 'restriction', 'Med et gratis abonnement kan du få begrænset brugen af appen.'],
  ['da', 'restriction', 'Du kan få begrænset behandlingen af din klage, hvis varen er brugt.'],
  ['da', 'restriction', 'Du kan få begrænset behandlingstiden ved at sende bilagene med det samme.'],
  ['fr', 'rectification', 'Vous pouvez nous écrire si le site contient des fautes de frappe.'],
  ['es', 'rectification', 'Puedes escribirnos si ves una errata en la tienda.'],
  ['it', 'rectification', 'Puoi segnalarci refusi affinché gli errori del sito vengano corretti.'],
  ['pl', 'restriction', 'W okresie świątecznym przetwarzanie zamówień zostanie ograniczone.'],
  ['pl', 'restriction', 'Możesz płacić kartą; w razie awarii przetwarzanie płatności zostanie ograniczone.'],
  ['pt', 'rectification', 'Pode escrever-nos se vir uma gralha na loja.'],
];

const READ: readonly [Lang, Right, string][] = [
  ['en', 'complaint', 'You can complain to our customer service or to the ICO.'],
  ['en', 'complaint', 'You may lodge a complaint with the ICO if you think we are at fault.'],
  ['en', 'complaint', 'You can complain to our helpdesk if we misuse your details.'],
  ['en', 'complaint', 'You may complain to our helpdesk or to the Irish DPC.'],
  ['de', 'complaint', 'Sie können sich bei unserem Kundenservice oder beim BfDI beschweren.'],
  [
    'de',
    'complaint',
    'Sie können sich bei unserem Kundenservice beschweren, wenn wir Ihre Angaben missbrauchen.',
  ],
  ['nl', 'complaint', 'U kunt een klacht indienen bij onze klantenservice, als wij uw gegevens misbruiken.'],
  ['nl', 'complaint', 'U kunt een klacht indienen bij onze klantenservice of bij de AP.'],
  ['nl', 'rectification', 'U kunt eisen dat fouten in uw gegevens worden hersteld.'],
  ['nb', 'complaint', 'Du kan klage til kundeservice eller til Datatilsynet.'],
  ['nb', 'rectification', 'Du kan se opplysningene dine og kreve at feil blir rettet.'],
  ['sv', 'complaint', 'Du kan klaga hos vår kundtjänst eller hos IMY.'],
  ['da', 'complaint', 'Du kan klage til vores kundeservice eller til Datatilsynet.'],
  ['da', 'restriction', 'Du kan få begrænset behandlingen af dine oplysninger.'],
  ['da', 'restriction', 'Du kan gøre indsigelse og få begrænset behandlingen.'],
  ['fr', 'complaint', 'Vous pouvez vous plaindre auprès de notre service client ou de la CNIL.'],
  ['es', 'complaint', 'Puedes reclamar ante nuestro servicio de atención al cliente o ante la AEPD.'],
  ['it', 'complaint', 'Puoi presentare reclamo al nostro servizio clienti o al Garante.'],
  ['pl', 'complaint', 'Możesz złożyć skargę do działu obsługi klienta lub do UODO.'],
  ['pl', 'restriction', 'Możesz zażądać, by przetwarzanie Twoich danych zostało ograniczone.'],
  ['pt', 'complaint', 'Pode apresentar reclamação ao nosso serviço de apoio ao cliente ou à CNPD.'],
];

describe('errors on a site or invoice and other processing grant no right', () => {
  it.each(NOT_READ)('%s %s: %s', (lang, right, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).not.toContain(right);
  });
});

describe('the right stays read with its data or its authority', () => {
  it.each(READ)('%s %s: %s', (lang, right, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain(right);
    expect(sure).toContain(right);
  });
});
