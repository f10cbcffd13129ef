/**
 * review14 finding 1: "only" after a denied transfer is a proviso only when a destination, recipient or basis
 * follows it ("…, only to processors covered by standard contractual clauses", "nur an Dienstleister auf
 * Grundlage von …", "nur in die USA"). "Not transferred to third countries and only processed within the EU"
 * is the ordinary way to deny a transfer: a verb, "in/within/on" or a place after "only" keeps the denial.
 * es "sino que" (but rather) and pl "o ile nam wiadomo" (as far as we know) are no exceptions either.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

/** Whether one paragraph reads an international transfer: [lexical cues alone, model sure of audiences]. */
function transfer(text: string, lang: Lang): [boolean, boolean] {
  return flagBoth(text, lang, 'international', 'audiences');
}

describe('"only" followed by a place or a verb keeps the denial', () => {
  test.each<[Lang, string]>([
    ['en', 'Your data will not be transferred to third countries and will only be processed within the EU.'],
    [
      'en',
      'Personal data is not transferred outside the European Union and is processed only on servers in Germany.',
    ],
    ['en', 'We do not transfer your data outside the EU and only use servers located in Germany.'],
    ['en', 'We do not transfer your data outside the EU, we only use servers in Germany.'],
    ['en', 'We never transfer your data outside the EU – it is only stored in Germany.'],
    ['en', "We don't share your data with third parties outside the EU and only store it in Ireland."],
    ['de', 'Ihre Daten werden nicht in Drittländer übermittelt und nur innerhalb der EU verarbeitet.'],
    [
      'de',
      'Eine Datenübermittlung in Drittstaaten erfolgt nicht, Ihre Daten werden nur auf Servern in der EU gespeichert.',
    ],
    [
      'de',
      'Eine Übermittlung in Drittländer findet nicht statt, die Daten werden lediglich in Deutschland gespeichert.',
    ],
    [
      'fr',
      "Vos données ne sont pas transférées vers des pays tiers et sont traitées uniquement au sein de l'UE.",
    ],
    ['es', 'No transferimos sus datos fuera del EEE y solo los alojamos en servidores en España.'],
    ['pt', 'Os seus dados não são transferidos para países terceiros e são tratados apenas na UE.'],
    ['nl', 'Uw gegevens worden niet doorgegeven aan derde landen en worden alleen binnen de EU verwerkt.'],
    ['sv', 'Dina uppgifter överförs inte till tredjeland och behandlas endast inom EU.'],
    ['da', 'Dine oplysninger overføres ikke til tredjelande og behandles kun inden for EU.'],
    ['nb', 'Opplysningene dine overføres ikke til tredjeland og behandles kun innenfor EU.'],
    ['pl', 'Twoje dane nie są przekazywane do państw trzecich i są przetwarzane wyłącznie na terenie UE.'],
    ['it', "I tuoi dati non vengono trasferiti in paesi terzi e sono trattati esclusivamente nell'UE."],
    ['es', 'No transferimos sus datos a terceros países, sino que los tratamos exclusivamente en la UE.'],
    ['pl', 'Nie przekazujemy danych do państw trzecich, o ile nam wiadomo.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)).toEqual([false, false]);
  });
});

describe('"only" followed by a recipient, destination or basis is still a proviso', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We do not transfer your personal data outside the EEA, only to processors covered by standard contractual clauses.',
    ],
    ['en', 'We do not transfer your data outside the EU, only with your consent.'],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, nur an Dienstleister auf Grundlage von Standardvertragsklauseln.',
    ],
    [
      'de',
      'Wir übermitteln Daten nicht in Drittländer, nur in die USA auf Grundlage von Standardvertragsklauseln.',
    ],
    ['de', 'Wir übermitteln keine Daten in Drittländer, nur mit Ihrer ausdrücklichen Einwilligung.'],
    [
      'de',
      'Eine Übermittlung in Drittländer findet nicht statt, lediglich unser Hosting-Anbieter in den USA erhält Daten auf Grundlage der Standardvertragsklauseln.',
    ],
    [
      'nl',
      'Wij geven uw gegevens niet door buiten de EER, alleen aan verwerkers met modelcontractbepalingen.',
    ],
    ['sv', 'Vi överför inte uppgifter till tredjeland, endast till biträden med standardavtalsklausuler.'],
    [
      'da',
      'Vi overfører ikke oplysninger til tredjelande, kun til databehandlere med standardkontraktbestemmelser.',
    ],
    [
      'nb',
      'Vi overfører ikke opplysninger til tredjeland, kun til databehandlere med standard personvernbestemmelser.',
    ],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, uniquement vers des sous-traitants couverts par les clauses contractuelles types.",
    ],
    ['es', 'No transferimos sus datos fuera de la UE, solo a encargados con cláusulas contractuales tipo.'],
    [
      'es',
      'No transferimos sus datos a terceros países sino con las garantías de las cláusulas contractuales tipo.',
    ],
    ['it', "Non trasferiamo i dati fuori dall'UE, solo a fornitori con clausole contrattuali standard."],
    [
      'pt',
      'Não transferimos os seus dados para fora da UE, apenas para subcontratantes com cláusulas contratuais-tipo.',
    ],
    [
      'pl',
      'Nie przekazujemy danych poza EOG, wyłącznie do podmiotów objętych standardowymi klauzulami umownymi.',
    ],
    [
      'pl',
      'Nie przekazujemy danych do państw trzecich, o ile nie zapewniono standardowych klauzul umownych.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)[1]).toBe(true);
  });
});
