/**
 * Session 18 (fixp18x): a service that is international (moves, shipping, calls, roaming, travel) is no data
 * transfer. "we also offer international moves to most EU countries and Switzerland" raised the transfers
 * flag on the weak word "countries" where the model filed the sentence under the topic. The service and its
 * destination are masked; data sent abroad in the same sentence still reads.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const international = (text: string, lang: Lang) => flagBoth(text, lang, 'international', 'audiences');

describe('an international service is no transfer', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Our crews carry out removals across Great Britain, and we also offer international moves to most EU countries and Switzerland.',
    ],
    ['en', 'Our plan includes international calls to over 50 countries and roaming abroad.'],
    [
      'de',
      'Unsere Teams führen Umzüge in ganz Deutschland durch, und wir bieten auch internationale Umzüge in die meisten Länder der EU und die Schweiz an.',
    ],
    [
      'nl',
      'Wij verzorgen verhuizingen in heel Nederland en bieden ook internationale verhuizingen naar de meeste EU-landen en Zwitserland.',
    ],
    [
      'nb',
      'Vi utfører flyttinger i hele Norge og tilbyr også internasjonale flyttinger til de fleste EU-land og Sveits.',
    ],
    [
      'sv',
      'Vi utför flyttar i hela Sverige och erbjuder även internationella flyttar till de flesta EU-länder och Schweiz.',
    ],
    [
      'da',
      'Vi udfører flytninger i hele Danmark og tilbyder også internationale flytninger til de fleste EU-lande og Schweiz.',
    ],
    [
      'fr',
      "Nous effectuons des déménagements dans toute la France et proposons aussi des déménagements internationaux vers la plupart des pays de l'UE et la Suisse.",
    ],
    [
      'es',
      'Realizamos mudanzas en toda España y también ofrecemos mudanzas internacionales a la mayoría de los países de la UE y Suiza.',
    ],
    [
      'it',
      "Effettuiamo traslochi in tutta Italia e offriamo anche traslochi internazionali verso la maggior parte dei paesi dell'UE e la Svizzera.",
    ],
    [
      'pl',
      'Wykonujemy przeprowadzki na terenie całej Polski, a także przeprowadzki międzynarodowe do większości państw UE i Szwajcarii.',
    ],
    [
      'pt',
      'Fazemos mudanças em todo o país e também oferecemos mudanças internacionais para a maioria dos países da UE e a Suíça.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)).toEqual([false, false]);
  });
});

describe('a transfer of data still reads', () => {
  test.each<[Lang, string]>([
    ['en', 'Your data may be transferred to countries outside the EEA.'],
    [
      'en',
      'We offer international moves, and your personal data may be transferred to countries outside the EEA for this purpose.',
    ],
    ['de', 'Ihre Daten können in Länder außerhalb des EWR übermittelt werden.'],
    ['fr', "Vos données peuvent être transférées vers des pays situés hors de l'UE."],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)[1]).toBe(true);
  });
});

/**
 * Session 18 (fixr18b): pl "spoza EOG / UE" ("from outside") and it "extra UE / extra-SEE", "fuori dall'UE"
 * are transfers outside the area, like "poza EOG" and "fuori dell'UE" already were.
 */
describe('transfers to countries outside the EEA or EU in pl and it', () => {
  test.each<[Lang, string]>([
    ['pl', 'Twoje dane mogą być przekazywane do państw spoza EOG.'],
    ['pl', 'Dane mogą być przekazywane do krajów spoza EOG.'],
    ['pl', 'Twoje dane mogą być przekazywane do państw spoza Europejskiego Obszaru Gospodarczego.'],
    ['pl', 'Twoje dane mogą być przekazywane odbiorcom spoza Unii Europejskiej.'],
    ['pl', 'W przypadku wysyłki międzynarodowej Twoje dane są przekazywane do państw spoza EOG.'],
    ['it', 'I dati possono essere trasferiti in paesi extra UE.'],
    ['it', 'I dati possono essere trasferiti verso paesi extra-SEE.'],
    ['it', "I dati possono essere trasferiti al di fuori dall'Unione europea."],
    ['en', 'Your data may be transferred outside the EEA.'],
    ['de', 'Ihre Daten können außerhalb des EWR übermittelt werden.'],
    ['nl', 'Uw gegevens kunnen buiten de EER worden doorgegeven.'],
    ['nb', 'Opplysningene kan overføres til land utenfor EØS.'],
    ['sv', 'Uppgifterna kan överföras till länder utanför EES.'],
    ['da', 'Oplysningerne kan overføres til lande uden for EØS.'],
    ['fr', 'Vos données peuvent être transférées hors EEE.'],
    ['es', 'Sus datos pueden transferirse fuera del EEE.'],
    ['pt', 'Os seus dados podem ser transferidos para fora do EEE.'],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['pl', 'Jesteśmy firmą spoza branży IT.'],
    ['pl', 'Klienci spoza Polski mogą się z nami kontaktować mailowo.'],
    ['it', 'Offriamo ore extra ai nostri dipendenti.'],
  ])('no area named, no flag: %s: %s', (lang, text) => {
    expect(international(text, lang)).toEqual([false, false]);
  });
});
