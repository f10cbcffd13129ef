/**
 * Changes clauses said with a participle or a pronoun (session 12's card audit): nl "Deze
 * privacyverklaring kan worden aangepast" (de "kann angepasst werden"), pl "Administrator zastrzega sobie
 * prawo do jej zmiany" where "jej" is the policy of the sentence before, and its twins ("reserves the right
 * to change it", "se réserve le droit de la modifier", "si riserva il diritto di modificarla"). Read with the
 * model silent (strong terms only). Reserving the right to change something that is not the policy stays
 * unread.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const changes = (text: string, lang: Lang) => flagBoth(text, lang, 'changes', 'changes');

describe('a changes clause with a participle or a pronoun', () => {
  test.each<[Lang, string]>([
    ['nl', 'Deze privacyverklaring kan worden aangepast.'],
    ['nl', 'Dit privacybeleid wordt af en toe gewijzigd.'],
    ['de', 'Diese Datenschutzerklärung kann jederzeit angepasst werden.'],
    ['pl', 'Administrator zastrzega sobie prawo do jej zmiany.'],
    ['en', 'The company reserves the right to change it at any time.'],
    ['de', 'Der Betreiber behält sich vor, sie jederzeit zu ändern.'],
    ['nl', 'De beheerder behoudt zich het recht voor deze te wijzigen.'],
    ['nb', 'Vi forbeholder seg retten til å endre den.'],
    ['sv', 'Företaget förbehåller sig rätten att ändra denna.'],
    ['da', 'Vi forbeholder sig retten til at ændre den.'],
    ['fr', "L'éditeur se réserve le droit de la modifier à tout moment."],
    ['es', 'El titular se reserva el derecho de modificarla.'],
    ['it', 'Il titolare si riserva il diritto di modificarla.'],
    ['pt', 'A empresa reserva-se o direito de alterá-la.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)).toEqual([true, true]);
  });
});

describe('reserving other rights is no changes clause', () => {
  test.each<[Lang, string]>([
    ['pl', 'Administrator zastrzega sobie prawo do odmowy rezerwacji.'],
    ['en', 'We reserve the right to refuse service.'],
    ['fr', 'Nous nous réservons le droit de refuser une commande.'],
    ['nl', 'Uw gegevens worden niet aangepast.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)[0]).toBe(false);
  });
});
