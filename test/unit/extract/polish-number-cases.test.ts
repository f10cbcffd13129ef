/**
 * Polish number words change with their case: "po osiemnastu miesiącach" (locative), "przez okres
 * sześćdziesięciu dni" (genitive), "przez jedną godzinę" (accusative). Every number word's oblique forms are
 * read (numbers.json), and the day of 24 hours ("doba") and the accusative "godzinę", "minutę" are units.
 */
import { describe, expect, test } from 'vitest';
import { findDurations } from '../../../src/core/extract/durations';
import { practicesOf } from './helpers';

const retentionOf = (text: string) => practicesOf([text], 'pl').retention;
const isoOf = (text: string) => findDurations(text, 'pl').map((d) => d.iso);

describe('Polish number words in every case', () => {
  test.each<[string, string]>([
    ['Dane statystyczne usuwamy po osiemnastu miesiącach.', 'P18M'],
    ['Dane usuwamy po siedmiu dniach.', 'P7D'],
    ['Dane usuwamy po jedenastu miesiącach.', 'P11M'],
    ['Dane usuwamy po trzynastu miesiącach.', 'P13M'],
    ['Dane usuwamy po czternastu dniach.', 'P14D'],
    ['Dane usuwamy po dziewięćdziesięciu dniach.', 'P90D'],
    ['Dane usuwamy po stu dniach.', 'P100D'],
    ['Dane usuwamy po dwu latach.', 'P2Y'],
    ['Dane przechowujemy przez okres sześćdziesięciu dni.', 'P60D'],
    ['Kod przechowujemy przez jedną godzinę.', 'PT1H'],
    ['Nagrania są usuwane po 7 dobach.', 'P7D'],
    ['Nagrania są przechowywane przez 3 doby.', 'P3D'],
  ])('%s', (text, iso) => {
    expect(retentionOf(text)).toMatchObject({ kind: 'specific', periods: [iso] });
  });

  test.each<[string, string]>([
    ['między dwoma i trzema latami', 'P2Y'],
    ['z czterema tygodniami', 'P4W'],
    ['po ośmiu godzinach', 'PT8H'],
  ])('instrumental and locative forms: %s', (text, iso) => {
    expect(isoOf(text)[0]).toBe(iso);
  });
});

describe('forms already read, and words that are no number: unchanged', () => {
  test.each<[string, string[]]>([
    ['Dane usuwamy po dwóch latach.', ['P2Y']],
    ['Dane usuwamy po dwunastu miesiącach.', ['P12M']],
    ['Dane usuwamy po dwudziestu czterech miesiącach.', ['P24M']],
    ['W dobie internetu dane są przechowywane w chmurze.', []],
  ])('%s', (text, periods) => {
    expect(retentionOf(text).periods).toEqual(periods);
  });
});

describe('a hundreds word before a number word: no wrong period (review11b finding 8)', () => {
  test.each<[string]>([
    ['Dane przechowujemy przez stu osiemdziesięciu dni.'],
    ['Dane przechowujemy przez sto osiemdziesiąt dni.'],
    ['Dane przechowujemy przez trzysta sześćdziesiąt pięć dni.'],
  ])('pl: %s', (text) => {
    expect(practicesOf([text], 'pl').retention.periods).toEqual([]);
  });

  test.each<[string, string]>([
    ['Dane przechowujemy przez sto dni.', 'P100D'],
    ['Dane przechowujemy przez dwieście dni.', 'P200D'],
    ['Dane przechowujemy przez osiemdziesiąt dni.', 'P80D'],
  ])('pl: %s', (text, iso) => {
    expect(practicesOf([text], 'pl').retention.periods).toEqual([iso]);
  });
});
