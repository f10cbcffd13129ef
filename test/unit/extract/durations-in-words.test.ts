import { describe, expect, test } from 'vitest';
import { findDurations } from '../../../src/core/extract/durations';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** Section headings that make a passage about keeping data. */
const retentionHeading: Partial<Record<Lang, string>> = {
  pl: 'Okres przechowywania danych',
  fr: 'Durée de conservation',
  da: 'Opbevaring af data',
};

const isos = (text: string, lang: Lang) => findDurations(text, lang).map((d) => d.iso);

describe('findDurations: durations written in words, in every language', () => {
  test.each<[Lang, string, string[]]>([
    ['en', 'for twenty-four months', ['P24M']],
    ['en', 'for twenty four months', ['P24M']],
    ['en', 'for thirty-six months', ['P36M']],
    ['en', 'seventy-two hours', ['PT72H']],
    ['en', 'half a year', ['P6M']],
    ['en', 'a year and a half', ['P18M']],
    ['de', 'zwei Jahre', ['P2Y']],
    ['de', 'vierundzwanzig Monate', ['P24M']],
    ['de', 'einundzwanzig Tage', ['P21D']],
    ['de', 'zweiundsiebzig Stunden', ['PT72H']],
    ['de', 'für ein halbes Jahr', ['P6M']],
    ['de', 'anderthalb Jahre', ['P18M']],
    ['nl', 'drie maanden', ['P3M']],
    ['nl', 'vierentwintig maanden', ['P24M']],
    ['nl', 'tweeëntwintig dagen', ['P22D']],
    ['nl', 'een half jaar', ['P6M']],
    ['nb', 'fem år', ['P5Y']],
    ['nb', 'tjuefire måneder', ['P24M']],
    ['nb', 'trettiseks måneder', ['P36M']],
    ['nb', 'halvannet år', ['P18M']],
    ['sv', 'två år', ['P2Y']],
    ['sv', 'tjugofyra månader', ['P24M']],
    ['sv', 'trettiosex månader', ['P36M']],
    ['sv', 'ett halvt år', ['P6M']],
    ['da', 'fem år', ['P5Y']],
    ['da', 'fireogtyve måneder', ['P24M']],
    ['da', 'enogtyve dage', ['P21D']],
    ['da', 'halvandet år', ['P18M']],
    ['fr', '24 mois', ['P24M']],
    ['fr', 'vingt-quatre mois', ['P24M']],
    ['fr', 'vingt et un jours', ['P21D']],
    ['fr', 'trente-six mois', ['P36M']],
    ['fr', 'soixante-douze heures', ['PT72H']],
    ['fr', 'quatre-vingt-dix jours', ['P90D']],
    ['fr', 'un an et demi', ['P18M']],
    ['es', 'veinticuatro meses', ['P24M']],
    ['es', 'veintiún días', ['P21D']],
    ['es', 'treinta y seis meses', ['P36M']],
    ['es', 'setenta y dos horas', ['PT72H']],
    ['es', 'un año y medio', ['P18M']],
    ['it', 'dodici mesi', ['P12M']],
    ['it', 'ventiquattro mesi', ['P24M']],
    ['it', 'ventuno giorni', ['P21D']],
    ['it', 'trentotto mesi', ['P38M']],
    ['it', 'settantadue ore', ['PT72H']],
    ['pl', 'dwadzieścia cztery miesiące', ['P24M']],
    ['pl', 'przez okres dwudziestu czterech miesięcy', ['P24M']],
    ['pl', 'trzydzieści sześć miesięcy', ['P36M']],
    ['pl', 'pół roku', ['P6M']],
    ['pl', 'półtora roku', ['P18M']],
    ['pl', 'po 6 miesiącach', ['P6M']],
    ['pt', 'vinte e quatro meses', ['P24M']],
    ['pt', 'trinta e seis meses', ['P36M']],
    ['pt', 'setenta e duas horas', ['PT72H']],
    ['pt', 'meio ano', ['P6M']],
  ])('%s: %s', (lang, text, expected) => {
    expect(isos(text, lang)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['fr', 'la première année'],
    ['fr', 'au cours des années suivantes'],
    ['de', 'im ersten Jahr'],
    ['de', 'im zweiten Jahr nach Vertragsende'],
    ['da', 'det andet år'],
    ['nb', 'det tredje året'],
    ['es', 'el primer año'],
    ['it', 'il secondo anno'],
    ['pl', 'w pierwszym roku'],
    ['pt', 'no primeiro ano'],
    ['en', 'the first year'],
    ['en', 'We review this policy twice a year.'],
    ['de', 'jedes halbe Jahr prüfen wir'],
  ])('%s: no duration in "%s"', (lang, text) => {
    expect(isos(text, lang)).toEqual([]);
  });
});

describe('findDurations: lists, fractions and decimals', () => {
  test.each<[Lang, string, string[]]>([
    ['da', 'som institutionen selv vælger (6, 12 eller 24 måneder)', ['P6M', 'P12M', 'P24M']],
    ['en', 'after 3, 6 or 12 months', ['P3M', 'P6M', 'P12M']],
    ['de', '1,5 Jahre', ['P18M']],
    ['en', '2.5 years', ['P30M']],
    ['nb', '1,5 døgn', ['PT36H']],
    ['nb', '5 (fem) år', ['P5Y']],
    ['nb', '5 to 7 år', ['P5Y', 'P7Y']],
    ['es', 'de 3 a 5 años', ['P3Y', 'P5Y']],
  ])('%s: %s', (lang, text, expected) => {
    expect(isos(text, lang)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['de', '1.000 Tage'],
    ['en', 'version 1.5 years ago'.replace('1.5', '1.33')],
  ])('%s: no duration in "%s"', (lang, text) => {
    expect(isos(text, lang)).toEqual([]);
  });
});

describe('retention periods around ages and browser storage', () => {
  test.each<[Lang, string, string[]]>([
    ['pl', 'Dane z umów przechowujemy 10 lat od dnia wymagalności roszczenia.', ['P10Y']],
    ['pl', 'Dokumentację księgową przechowujemy przez 12 lat.', ['P12Y']],
    ['fr', 'Le jeton de session est stocké dans le sessionStorage et expire au bout de 7 jours.', []],
    [
      'da',
      'Profiler slettes efter en periode, som institutionen vælger (6, 12 eller 24 måneder).',
      ['P6M', 'P12M', 'P24M'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(practicesOf([{ text, heading: retentionHeading[lang] ?? '' }], lang).retention.periods).toEqual(
      expected,
    );
  });

  test('a Polish age still reads as an age, not a period', () => {
    const p = practicesOf(['Serwis nie jest przeznaczony dla dzieci poniżej 16 lat.'], 'pl');
    expect(p.children.minAge).toBe(16);
    expect(p.retention.periods).toEqual([]);
  });
});

describe('English number words borrowed by other languages', () => {
  test.each([
    ['de semanas a meses', 'es'],
    ['da giorni a mesi', 'it'],
    ['de dias a meses', 'pt'],
  ] as const)('"%s" (%s) states no duration', (text, lang) => {
    expect(findDurations(text, lang)).toEqual([]);
  });

  test('"three years" in a Norwegian text is still read', () => {
    expect(findDurations('lagres i three years', 'nb').map((d) => d.iso)).toEqual(['P3Y']);
  });
});
