/**
 * A generic party glossed right after it by what it is ("Partenaires externes (prestataires de paiement,
 * transporteurs)", "Tjänsteleverantörer: delning med analyseringsverktyg") is what the gloss says: partners
 * who are payment providers and carriers are service providers (the labelling rule), not business partners
 * too. A partner named again without a gloss, or a gloss naming the same kind, changes nothing; after a colon
 * or dash only a label opening the sentence is glossed.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang, heading = '') =>
  practicesOf([{ text, heading }], lang).sharing.recipients;

describe('a party glossed by other kinds is those kinds', () => {
  test.each<[Lang, string, string, Recipient[], Recipient]>([
    [
      'fr',
      "Vos données personnelles peuvent être transmises aux : - Partenaires externes (prestataires de paiement, transporteurs). - Autorités compétentes si la loi l'exige.",
      '',
      ['service-providers'],
      'business-partners',
    ],
    [
      'en',
      'We share data with our partners (payment providers and couriers).',
      '',
      ['service-providers'],
      'business-partners',
    ],
    [
      'de',
      'Wir übermitteln Ihre Daten an unsere Partner (Zahlungsdienstleister und Versanddienstleister).',
      '',
      ['service-providers'],
      'business-partners',
    ],
    [
      'es',
      'Compartimos sus datos con nuestros socios (proveedores de pago y empresas de transporte).',
      '',
      ['service-providers'],
      'business-partners',
    ],
    [
      'pt',
      'Compartilhamos seus dados com parceiros (anunciantes).',
      '',
      ['advertisers'],
      'business-partners',
    ],
    [
      'sv',
      'Tjänsteleverantörer: Begränsad delning med analyseringsverktyg som Google Analytics',
      'Delar vi information med andra?',
      ['analytics'],
      'service-providers',
    ],
  ])('%s: %s', (lang, text, heading, kinds, not) => {
    const found = recipientsOf(text, lang, heading);
    for (const k of kinds) expect(found).toContain(k);
    expect(found).not.toContain(not);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, Recipient[]]>([
    [
      'en',
      'We share data with service providers: they may pass it to the authorities when required by law.',
      ['service-providers', 'authorities'],
    ],
    [
      'fr',
      'Nous partageons vos données avec nos partenaires (assureurs) et nos prestataires.',
      ['business-partners', 'service-providers'],
    ],
    [
      'en',
      'We share data with our partners (advertisers) and with other partners.',
      ['business-partners', 'advertisers'],
    ],
    [
      'en',
      'We share data with service providers: hosting providers and payment processors.',
      ['service-providers'],
    ],
    ['de', 'Wir übermitteln Daten an Partner und Dienstleister.', ['business-partners', 'service-providers']],
  ])('%s: %s', (lang, text, kinds) => {
    const found = recipientsOf(text, lang);
    for (const k of kinds) expect(found).toContain(k);
  });
});
