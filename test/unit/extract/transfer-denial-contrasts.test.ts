/**
 * review14 finding 10 (old): a bare "but" after a denied transfer was a proviso, so "We do not transfer data
 * outside the EU, but store it in Germany" read as a transfer (mais, maar, aber, sondern, pero, ma, ale, mas,
 * men likewise). "but" is now a proviso only before a destination, basis or condition ("but only to …", "but
 * where …", "aber nur an …", "mais uniquement vers …") or a modal ("but may do so …"); before a subject
 * ("but we transfer it to …") it starts a new statement that is read on its own. "without exception" (sans
 * exception, sin excepción, bez wyjątku …) and de "soweit/sofern wir wissen" are no provisos. A subject
 * with a modal after "but" ("but we may do so with your consent", "aber wir können", "mais nous pouvons")
 * announces transfers on terms and stays a proviso.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

function transfer(text: string, lang: Lang): [boolean, boolean] {
  return flagBoth(text, lang, 'international', 'audiences');
}

describe('a contrast or "without exception" after a denial keeps it', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer data outside the EU, but store it in Germany.'],
    ['fr', "Nous ne transférons pas vos données hors de l'UE, mais les stockons en France."],
    ['nl', 'Wij geven uw gegevens niet door buiten de EER, maar bewaren ze in Nederland.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, sondern speichern sie in Deutschland.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, aber speichern sie in Deutschland.'],
    ['es', 'No transferimos sus datos fuera de la UE, pero los almacenamos en España.'],
    ['it', "Non trasferiamo i dati fuori dall'UE, ma li conserviamo in Italia."],
    ['pl', 'Nie przekazujemy danych poza UE, ale przechowujemy je w Polsce.'],
    ['pt', 'Não transferimos os seus dados para fora da UE, mas armazenamo-los em Portugal.'],
    ['sv', 'Vi överför inte uppgifter till tredjeland, men lagrar dem i Sverige.'],
    ['da', 'Vi overfører ikke oplysninger til tredjelande, men opbevarer dem i Danmark.'],
    ['nb', 'Vi overfører ikke opplysninger til tredjeland, men lagrer dem i Norge.'],
    ['en', 'We do not transfer your data to third countries without exception.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, soweit wir wissen.'],
    ['fr', 'Nous ne transférons pas vos données vers des pays tiers, sans exception.'],
    ['es', 'No transferimos sus datos a terceros países sin excepción.'],
    ['pl', 'Nie przekazujemy danych do państw trzecich bez wyjątku.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)).toEqual([false, false]);
  });
});

describe('"but" plus a subject and another verb starts a new statement that names no transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer data outside the EU, but we store it in Germany.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, aber wir speichern sie in Deutschland.'],
    ['fr', "Nous ne transférons pas vos données hors de l'UE, mais nous les stockons en France."],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)).toEqual([false, false]);
  });
});

describe('"but" with a subject and a modal is a proviso', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer data outside the EU, but we may do so with your consent.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, aber wir können dies mit Ihrer Einwilligung tun.'],
    ['nl', 'Wij geven geen gegevens door buiten de EER, maar we kunnen dit doen met uw toestemming.'],
    ['sv', 'Vi överför inte uppgifter till tredjeland, men vi kan göra det med ditt samtycke.'],
    ['da', 'Vi overfører ikke oplysninger til tredjelande, men vi kan gøre det med dit samtykke.'],
    ['nb', 'Vi overfører ikke opplysninger til tredjeland, men vi kan gjøre det med ditt samtykke.'],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, mais nous pouvons le faire avec votre consentement.",
    ],
    ['es', 'No transferimos sus datos fuera de la UE, pero podemos hacerlo con su consentimiento.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)[1]).toBe(true);
  });
});

describe('"but" before a destination, condition, modal or new subject still reads a transfer', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We do not transfer data outside the EU, but only to processors under standard contractual clauses.',
    ],
    ['en', 'We do not transfer data outside the EU, but may do so where standard contractual clauses apply.'],
    [
      'en',
      'We do not transfer data outside the EU, but where we do, we rely on standard contractual clauses.',
    ],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, aber nur an Dienstleister auf Grundlage von Standardvertragsklauseln.',
    ],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, sondern nur an Auftragsverarbeiter mit Standardvertragsklauseln.',
    ],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, mais uniquement vers des sous-traitants couverts par des clauses contractuelles types.",
    ],
    [
      'nl',
      'Wij geven uw gegevens niet door buiten de EER, maar alleen aan verwerkers met modelcontractbepalingen.',
    ],
    [
      'es',
      'No transferimos sus datos fuera de la UE, pero solo a encargados con cláusulas contractuales tipo.',
    ],
    ['it', "Non trasferiamo i dati fuori dall'UE, ma solo a fornitori con clausole contrattuali standard."],
    [
      'pl',
      'Nie przekazujemy danych poza EOG, ale tylko do podmiotów objętych standardowymi klauzulami umownymi.',
    ],
    [
      'pt',
      'Não transferimos os seus dados para fora da UE, mas apenas para subcontratantes com cláusulas contratuais-tipo.',
    ],
    [
      'sv',
      'Vi överför inte uppgifter till tredjeland, men endast till biträden med standardavtalsklausuler.',
    ],
    [
      'da',
      'Vi overfører ikke oplysninger til tredjelande, men kun til databehandlere med standardkontraktbestemmelser.',
    ],
    [
      'nb',
      'Vi overfører ikke opplysninger til tredjeland, men kun til databehandlere med standard personvernbestemmelser.',
    ],
    [
      'en',
      'We do not sell your data, but we transfer it to processors in the United States under standard contractual clauses.',
    ],
    [
      'de',
      'Wir verkaufen keine Daten, aber wir übermitteln sie auf Grundlage von Standardvertragsklauseln in die USA.',
    ],
    ['en', 'We do not transfer your data outside the EU without your consent.'],
    ['de', 'Wir übermitteln keine Daten ohne Ihre Einwilligung in Drittländer.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, soweit dies nicht erforderlich ist.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)[1]).toBe(true);
  });
});

/**
 * review14b finding 1: a contrast word before a named party ("but Google …", "aber Google …") ended nothing,
 * so the denial ran to the end of the sentence and silenced the party's transfer. A bare contrast word now
 * always ends the denied clause (a proviso that starts at it, "but only to …", "but we may", still wins), and
 * another party transferring the data after it ("but Google may transfer it …", "aber Google übermittelt
 * sie …") is a proviso: the denial is only the site's own.
 */
describe('a contrast before another party that transfers the data reads a transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer your data outside the EU, but Google may transfer it to the United States.'],
    [
      'en',
      'We do not transfer data outside the EU, but Google transfers it to the US under standard contractual clauses.',
    ],
    [
      'en',
      'We do not transfer your data outside the EU ourselves, but our newsletter provider Mailchimp transfers it to the USA.',
    ],
    ['de', 'Wir übermitteln Ihre Daten nicht in Drittländer, aber Google kann sie in die USA übertragen.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, aber Google übermittelt sie in die USA.'],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, mais Google peut les transférer aux États-Unis.",
    ],
    ['es', 'No transferimos sus datos fuera de la UE, pero Google puede transferirlos a Estados Unidos.'],
    ['it', "Non trasferiamo i tuoi dati fuori dall'UE, ma Google può trasferirli negli Stati Uniti."],
    [
      'nl',
      'Wij geven uw gegevens niet door buiten de EU, maar Google kan ze doorgeven aan de Verenigde Staten.',
    ],
    ['sv', 'Vi överför inte dina uppgifter utanför EU, men Google kan överföra dem till USA.'],
    ['da', 'Vi overfører ikke dine oplysninger uden for EU, men Google kan overføre dem til USA.'],
    ['nb', 'Vi overfører ikke opplysningene dine utenfor EU, men Google kan overføre dem til USA.'],
    ['pl', 'Nie przekazujemy danych poza UE, ale Google może przekazywać je do USA.'],
    ['pt', 'Não transferimos os seus dados para fora da UE, mas a Google pode transferi-los para os EUA.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)[1]).toBe(true);
  });
});

describe('a contrast before a party that does not transfer abroad keeps the denial', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We do not transfer your data outside the EU, but our support team can answer your questions in English.',
    ],
    [
      'en',
      'We do not transfer your data outside the EU, but our support team can send you answers in English.',
    ],
    ['en', 'We do not transfer your data outside the EU, but Google does not transfer it either.'],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, aber unser Support kann Ihre Fragen auf Englisch beantworten.',
    ],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, aber unsere Dienstleister übermitteln sie innerhalb der EU.',
    ],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, mais nos sous-traitants les transfèrent au sein de l'UE.",
    ],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, mais nous les transférons à nos sous-traitants en France.",
    ],
    ['it', "Non trasferiamo i dati fuori dall'UE, ma li trasferiamo a fornitori in Italia."],
    ['pl', 'Nie przekazujemy danych poza UE, ale przekazujemy je dostawcom w Polsce.'],
    ['sv', 'Vi överför inte dina uppgifter utanför EU, men vi överför dem till leverantörer i Sverige.'],
    [
      'da',
      'Vi overfører ikke dine oplysninger uden for EU, men vi overfører dem til leverandører i Danmark.',
    ],
    ['nb', 'Vi overfører ikke opplysningene dine utenfor EU, men vi overfører dem til leverandører i Norge.'],
    [
      'nl',
      'Wij geven uw gegevens niet door buiten de EU, maar wij geven ze door aan verwerkers in Nederland.',
    ],
    ['de', 'Wir übermitteln keine Daten in Drittländer, sondern ausschließlich an Server in Deutschland.'],
  ])('%s: %s', (lang, text) => {
    expect(transfer(text, lang)).toEqual([false, false]);
  });
});
