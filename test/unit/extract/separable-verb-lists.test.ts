/**
 * German and Dutch separable verbs ("geben ... weiter", "leiten ... weiter", "geven ... door") enclose the
 * parties data goes to; a list of them is written with commas ("an Gerichte, Behörden und die Polizei"),
 * which the verb's gap did not allow, so the sentence read no verb of passing data on and no recipient.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a separable verb around a list with commas passes data on', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir geben Daten an Gerichte, Behörden und die Polizei weiter.'],
    ['de', 'Wir leiten Ihre Daten an Gerichte, Behörden und die Polizei weiter.'],
    ['nl', 'Wij geven uw gegevens aan rechters, politie en justitie door.'],
    ['nl', 'Wij geven uw gegevens aan onze partners, adverteerders en analysediensten door.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang).length).toBeGreaterThan(0);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir geben Ihre Daten nicht an Gerichte, Behörden oder die Polizei weiter.'],
    ['nl', 'Wij geven uw gegevens niet aan rechters, politie of justitie door.'],
  ])('a negated verb still shares nothing (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  // review11 finding 5: "an," ends another separable verb (angeben, to state) and "damit" opens another
  // clause, so the gap does not reach the "weiter" of "weiter helfen".
  test.each<[Lang, string]>([
    [
      'de',
      'Bitte geben Sie Ihren Namen, Ihre E-Mail an, damit wir weiter helfen und Ihre Bestellung an den Versanddienstleister übergeben können.',
    ],
    [
      'de',
      'Bitte geben Sie Ihren Namen an, damit wir Ihnen weiter helfen können; wir arbeiten mit Werbepartnern.',
    ],
    ['de', 'Bitte geben Sie uns Bescheid, dass wir Ihre Anfrage weiter an Werbepartner richten.'],
    ['nl', 'Geef uw naam en e-mailadres op, zodat wij u door kunnen sturen naar adverteerders.'],
  ])('another verb or clause closes the gap (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['de', 'Wir leiten Ihre Anfrage, soweit erforderlich, an unsere Dienstleister weiter.'],
    ['nl', 'Wij geven uw gegevens, zoals naam, adres en e-mailadres, door aan onze vervoerders.'],
  ])('commas inside the gap still pass data on (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
