/**
 * Probe15: "Les modifications de votre réservation sont soumises aux conditions tarifaires de votre billet"
 * raised the changes flag (the weak word "modifications" in a passage the model put under changes). A change
 * of an order, a booking, a subscription, a ticket, an appointment or one's settings is no change to this
 * policy: masked for the changes topic, eleven languages. A change to this policy, and its date, still read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('a change of a booking or an order is no policy change', () => {
  test.each<[Lang, string]>([
    ['fr', 'Les modifications de votre réservation sont soumises aux conditions tarifaires de votre billet.'],
    ['en', 'Changes to your booking are subject to the fare conditions of your ticket.'],
    ['en', 'To change your reservation, call our service centre.'],
    ['de', 'Änderungen Ihrer Buchung unterliegen den Tarifbedingungen Ihres Tickets.'],
    ['nl', 'Wijzigingen van uw boeking zijn onderworpen aan de tariefvoorwaarden van uw ticket.'],
    ['nb', 'Endringer i bestillingen er underlagt billettens prisvilkår.'],
    ['sv', 'Ändringar av din bokning omfattas av biljettens prisvillkor.'],
    ['da', 'Ændringer af din booking er underlagt billettens prisbetingelser.'],
    ['es', 'Los cambios en su reserva están sujetos a las condiciones tarifarias de su billete.'],
    ['it', 'Le modifiche alla tua prenotazione sono soggette alle condizioni tariffarie del biglietto.'],
    ['pl', 'Zmiany rezerwacji podlegają warunkom taryfowym biletu.'],
    ['pt', 'As alterações da sua reserva estão sujeitas às condições tarifárias do seu bilhete.'],
    ['en', 'Changes to your subscription take effect at the next billing date.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([false, false]);
  });
});

describe('a change of this policy still reads', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons modifier la présente politique à tout moment.'],
    ['de', 'Wir können diese Datenschutzerklärung ändern.'],
    ['en', 'This policy was last updated on 3 March 2025.'],
    ['en', 'We may make changes to this privacy policy and to your booking conditions.'],
    ['es', 'Podemos realizar cambios en esta política de privacidad.'],
    ['it', 'Possiamo apportare modifiche a questa informativa sulla privacy.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([true, true]);
  });
});
