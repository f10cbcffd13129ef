/**
 * Session 17 (probe16 and review16b): the new owner after a merger and "an asset of the buyer" are
 * acquirers; pt "para o comprador" leads data to the buyer; the airlines of a package trip are business
 * partners (a role, reached only through a destination word, as hotels are); "notre hôtel" is the operator's
 * own establishment; Polish singular datives "sprzedawcy", "restauracji" after "Twoje dane" name the seller
 * and the restaurant; "Auftragsverarbeiter für uns verbundene Unternehmen" and "databehandler for oss selv"
 * keep the operator the processor.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('the party data is passed to is read', () => {
  test.each<[Lang, string, Recipient]>([
    [
      'en',
      'If we are acquired by or merge with another company, customer records may be transferred to the new owner.',
      'acquirers',
    ],
    ['en', 'If our company is sold, your information will become an asset of the buyer.', 'acquirers'],
    ['de', 'Bei einer Fusion werden Kundendaten an den neuen Eigentümer übermittelt.', 'acquirers'],
    ['fr', 'En cas de fusion, les données clients seront transférées au nouveau propriétaire.', 'acquirers'],
    ['sv', 'Vid en fusion kan kunduppgifter överföras till den nya ägaren.', 'acquirers'],
    ['pt', 'Os seus dados serão transferidos para o comprador.', 'acquirers'],
    ['es', 'Si vendiéramos la empresa, sus datos se transferirían al comprador.', 'acquirers'],
    [
      'sv',
      'Om du bokar en paketresa delar vi dina uppgifter med flygbolag, hotell och andra researrangörer som ingår i resan.',
      'business-partners',
    ],
    [
      'pt',
      'Partilhamos os seus dados com as companhias aéreas e os hotéis necessários à execução da viagem.',
      'business-partners',
    ],
    ['en', 'We share your booking with the airline you fly with.', 'business-partners'],
    ['de', 'Wir übermitteln Ihre Buchungsdaten an die Fluggesellschaft.', 'business-partners'],
    ['fr', 'Nous transmettons vos données de réservation à la compagnie aérienne.', 'business-partners'],
    ['pl', 'Przekazujemy Twoje dane sprzedawcy.', 'business-partners'],
    ['pl', 'Przekazujemy Twoje dane restauracji, w której dokonałeś rezerwacji.', 'business-partners'],
    ['de', 'Wir handeln als Auftragsverarbeiter für uns verbundene Unternehmen.', 'affiliates'],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });
});

describe('the operator’s own places, an airline operator and a genitive name no party', () => {
  test.each<[Lang, string, Recipient]>([
    ['fr', 'Vos données sont transmises à notre hôtel de Paris.', 'business-partners'],
    ['en', 'We pass your reservation to our restaurant team.', 'business-partners'],
    ['en', 'Our airline keeps your booking data for seven years.', 'business-partners'],
    ['pl', 'Dane sprzedawcy udostępniamy kupującemu.', 'business-partners'],
    ['de', 'Wir handeln als Auftragsverarbeiter für uns verbundene Unternehmen.', 'service-providers'],
    ['nb', 'Vi opptrer som databehandler for oss selv og våre kunder.', 'service-providers'],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).not.toContain(kind);
  });
});
