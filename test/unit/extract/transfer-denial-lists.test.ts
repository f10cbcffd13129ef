/**
 * review14 finding 5: a denial's clause ended at ", and", "and our", ", nos", ", våra", ", while" — but these
 * also join the objects of the denied verb ("We do not transfer your name, email address, and usage data to
 * countries outside the EEA"), so the destination after the list fell outside the denial and read as a
 * transfer. A possessive or "all" after a comma or "and" now ends the clause only when a finite verb follows
 * within a few words ("and our servers are located in …", ", alle übrigen Daten werden …"), and en ", and" /
 * ", while" likewise (or a subject pronoun after ", and").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

function transfer(text: string, lang: Lang): [boolean, boolean] {
  return flagBoth(text, lang, 'international', 'audiences');
}

describe('a denied list of objects stays denied up to its destination', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer your name, email address, and usage data to countries outside the EEA.'],
    [
      'en',
      'We do not transfer account data, payment data, and all other personal data outside the European Union.',
    ],
    ['en', 'We do not store or transfer your data and our logs outside the EU.'],
    ['en', 'We do not transfer your data, while we process it, to third countries.'],
    ['de', 'Wir übermitteln keine Kontaktdaten, Nutzungsdaten und alle sonstigen Daten in Drittländer.'],
    ['fr', "Nous ne transférons pas vos données, nos journaux et nos sauvegardes en dehors de l'UE."],
    ['es', 'No transferimos sus datos, nuestros registros ni copias de seguridad fuera de la UE.'],
    ['pl', 'Nie przekazujemy danych osobowych, nasze kopie zapasowe również, do państw trzecich.'],
    ['it', "Non trasferiamo i tuoi dati, i nostri registri e tutti i backup fuori dall'UE."],
    ['pt', 'Não transferimos os seus dados, nossos registos e todas as cópias de segurança para fora da UE.'],
    ['da', 'Vi overfører ikke dine oplysninger, vores logfiler og alle sikkerhedskopier til tredjelande.'],
    ['nb', 'Vi overfører ikke dine opplysninger, våre logger og alle sikkerhetskopier til tredjeland.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)).toEqual([false, false]);
  });
});

describe('a new statement with its own verb after a denial still reads', () => {
  test.each<[Lang, string]>([
    ['en', 'We never share your data for advertising and our servers are located in the United States.'],
    [
      'en',
      'We do not store payment card details, and your account data is transferred to the United States under standard contractual clauses.',
    ],
    [
      'en',
      "We don't process card numbers ourselves, and Stripe transfers payment data to the United States.",
    ],
    ['en', 'We do not sell your data, and all data is hosted in the United States.'],
    [
      'de',
      'Daten, die nicht gespeichert werden müssen, löschen wir, alle übrigen Daten werden in Drittländer übermittelt.',
    ],
    ['de', 'Wir geben keine Daten an Werbepartner weiter und unsere Server stehen in den USA.'],
    [
      'fr',
      'Nous ne partageons pas vos données avec des annonceurs, et nos serveurs sont situés aux États-Unis.',
    ],
    [
      'fr',
      'Nous ne partageons pas vos données avec des annonceurs, nos serveurs sont situés aux États-Unis.',
    ],
    [
      'es',
      'No compartimos sus datos con anunciantes, y nuestros servidores están ubicados en Estados Unidos.',
    ],
    ['es', 'No compartimos sus datos con anunciantes, nuestros servidores están ubicados en Estados Unidos.'],
    ['pl', 'Nie udostępniamy danych reklamodawcom, nasze serwery są zlokalizowane w Stanach Zjednoczonych.'],
    ['nl', 'Wij delen uw gegevens niet met adverteerders en onze servers staan in de Verenigde Staten.'],
    ['it', 'Non condividiamo i tuoi dati con inserzionisti e i nostri server sono negli Stati Uniti.'],
    ['pt', 'Não partilhamos os seus dados com anunciantes, nossos servidores estão nos Estados Unidos.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)[1]).toBe(true);
  });
});
