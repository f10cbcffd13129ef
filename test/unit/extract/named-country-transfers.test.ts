/**
 * International transfers said plainly (session 12's second unseen probe): data transferred to, processed
 * or stored in a named country outside the EEA ("uppgifter kan överföras till Google LLC i USA", "behandler
 * data i USA"), and the EU's standard contracts named in short ("EUs standardavtaler", "EU-Standardverträge").
 * A country name counts only beside a verb of moving, processing or storing data: an address ending in "USA"
 * or goods shipped there says nothing about transfers.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const international = (text: string, lang: Lang) => flagBoth(text, lang, 'international', 'audiences');

describe('data moved to or kept in a named country outside the EEA', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi använder Google Analytics, vilket innebär att uppgifter kan överföras till Google LLC i USA.'],
    [
      'nb',
      'Enkelte av våre leverandører behandler data i USA; overføringen skjer på grunnlag av EUs standardavtaler.',
    ],
    ['nb', 'Overføringen skjer på grunnlag av EUs standardavtaler.'],
    ['en', 'We use Google Analytics, which means that data may be transferred to Google LLC in the USA.'],
    ['de', 'Wir nutzen Google Analytics; dabei können Daten in die USA übermittelt werden.'],
    ['de', 'Einige unserer Dienstleister verarbeiten Daten in den USA.'],
    ['de', 'Die Übermittlung erfolgt auf Grundlage der EU-Standardverträge.'],
    ['nl', 'Wij gebruiken Google Analytics, waardoor gegevens kunnen worden doorgegeven naar de VS.'],
    ['nl', 'Sommige leveranciers verwerken gegevens in de VS op basis van EU-standaardcontracten.'],
    ['sv', 'Vissa av våra leverantörer behandlar uppgifter i USA.'],
    ['da', 'Vi bruger Google Analytics, hvilket betyder, at oplysninger kan overføres til Google LLC i USA.'],
    ['da', 'Overførslen sker på grundlag af EU-standardkontrakter.'],
    ['fr', 'Nous utilisons Google Analytics ; des données peuvent ainsi être transférées aux USA.'],
    [
      'es',
      'Utilizamos Google Analytics, por lo que los datos pueden transferirse a EE.UU. para su análisis.',
    ],
    ['it', 'Utilizziamo Google Analytics, quindi i dati possono essere trasferiti negli USA.'],
    ['pl', 'Korzystamy z Google Analytics, dlatego dane mogą być przekazywane do USA.'],
    ['pt', 'Utilizamos o Google Analytics, pelo que os dados podem ser transferidos para os EUA.'],
    // the active present in English (the ten other languages read it already; checked in session 14)
    ['en', 'We transfer your data to the United States.'],
    ['en', 'We transmit your information to the USA for processing.'],
    ['en', 'Our provider transfers personal data to Canada.'],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)[0]).toBe(true);
  });
});

describe('a country named without data moved there says nothing about transfers', () => {
  test.each<[Lang, string]>([
    ['en', 'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.'],
    ['en', 'We transfer your data to us only when you register.'],
    ['en', 'We transfer your data to our servers in Germany.'],
    ['en', 'We do not transfer your data to the United States.'],
    ['de', 'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.'],
    ['sv', 'Vi skickar varor till USA och Kanada.'],
    ['sv', 'Vi behandlar dina uppgifter i Sverige.'],
    ['nb', 'Vi sender varer til USA.'],
    ['da', 'Vi behandler dine oplysninger i Danmark.'],
    ['nl', 'Wij verwerken uw gegevens in Nederland.'],
    ['pl', 'Wysyłamy towary do USA.'],
    ['es', 'Enviamos pedidos a EE. UU. y Canadá.'],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)[0]).toBe(false);
  });
});
