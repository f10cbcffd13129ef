/**
 * A sports federation or umbrella body data is passed to ("Teilnehmerlisten ... geben wir an den Landesverband
 * weiter", "Uitslagen van wedstrijden delen we met de KNVB", "Partilhamos os seus dados com a federação portuguesa
 * de futebol") is a business partner. Only a federation named as one: German compounds of "-verband" with a level
 * or an umbrella (Landes-, Dach-, Spitzen-, Kreis-, Bezirks-, Fach-, Regional-, Sportverband, Landessportbund),
 * never "Verband" alone (the operator is often one); Dutch "-bond" of a sport, "koepelorganisatie" and the
 * federations' own names (KNVB, KNLTB, Nevobo, ...); nb sv da "-forbund/-förbund" of a sport or an umbrella,
 * never "forbundet med" (connected with); Romance "federation" with what it federates or where ("fédération
 * française", "federación española", "federazione italiana"), so "Fédération de Russie" is none; Polish
 * "związek" only with a sport or region ("Polskiego Związku Piłki Nożnej"), never "w związku z" (in connection with).
 * A federation of professional orders ("Federazione Nazionale Ordine Biologi") is a profession's body, no partner
 * (`recipients.json` masks it).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a federation given data is a business partner', () => {
  test.each<[Lang, string]>([
    ['en', 'We pass tournament entry lists on to the national federation.'],
    ['de', 'Teilnehmerlisten unserer Turniere geben wir an den Landesverband weiter.'],
    ['de', 'Wir übermitteln Ihre Daten an den Dachverband zur Lizenzierung.'],
    ['nl', 'Uitslagen van wedstrijden delen we met de KNVB.'],
    ['nl', 'Wij geven je gegevens door aan de voetbalbond voor je spelerspas.'],
    ['nb', 'Vi deler medlemslister med Norges Fotballforbund.'],
    ['sv', 'Vi lämnar ut medlemsuppgifter till specialförbundet.'],
    ['da', 'Vi videregiver medlemsoplysninger til DBU og Danmarks Idrætsforbund.'],
    ['fr', 'Nous transmettons vos données à la fédération française de tennis pour votre licence.'],
    ['es', 'Comunicamos tus datos a la federación española de fútbol para tramitar la licencia.'],
    ['it', 'Comunichiamo i tuoi dati alla federazione italiana per il tesseramento.'],
    ['pl', 'Przekazujemy dane do Polskiego Związku Piłki Nożnej.'],
    ['pt', 'Partilhamos os seus dados com a federação portuguesa de futebol.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['de', 'Der Verband verarbeitet Ihre Daten nur für eigene Zwecke.'],
    ['de', 'Wir übermitteln Ihre Daten an unseren Verband nicht.'],
    ['de', 'Wir geben Ihre Daten nicht an den Landesverband weiter.'],
    ['pl', 'W związku z tym przekazujemy dane podmiotom przetwarzającym na nasze zlecenie.'],
    ['da', 'Vi videregiver oplysninger i forbindelse med betaling.'],
    ['nb', 'Dataene er forbundet med kontoen din og deles ikke.'],
    ['fr', 'Nous ne transmettons pas vos données à la Fédération de Russie.'],
    [
      'it',
      'I dati aggregati possono essere utilizzati per pubblicazioni scientifiche con Federazione Nazionale Ordine Biologi (FNOB).',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });
});
