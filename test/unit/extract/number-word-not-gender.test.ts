/**
 * Swedish "sex" is six: "Säkerhetskopior sparas i högst sex månader" keeps backups six months and names no gender,
 * though English "sex" (read on every page, pages mix in English) is a demographic term. A number word before a
 * time unit is a duration (`data-types/masks.json` sv), also in a range ("sex till tolv månader"). The number
 * words of the other languages were checked in the same place (every word of numbers.json before months, days
 * and years): none reads a data type. The gender words themselves still do.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('a number word before a time unit is no gender', () => {
  test.each<[Lang, string]>([
    ['sv', 'Säkerhetskopior sparas i högst sex månader.'],
    ['sv', 'Vi sparar bokföringsunderlag i sex år.'],
    ['sv', 'Loggar raderas efter sex dagar.'],
    ['sv', 'Loggar sparas i sex till tolv månader.'],
    ['nb', 'Sikkerhetskopier lagres i maksimalt seks måneder.'],
    ['da', 'Sikkerhedskopier gemmes i højst seks måneder.'],
    ['fr', 'Les sauvegardes sont conservées six mois au maximum.'],
    ['es', 'Las copias de seguridad se conservan como máximo seis meses.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('demographics');
  });

  test('the months are still read', () => {
    const p = practicesOf(['Säkerhetskopior sparas i högst sex månader.'], 'sv');
    expect(p.retention.periods).toEqual(['P6M']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your name, sex and date of birth.'],
    ['sv', 'Vi samlar in ditt namn, kön och din ålder.'],
    ['sv', 'Vi behandlar uppgifter om sex och kön i enkäten.'],
  ])('%s: demographics in "%s"', (lang, text) => {
    expect(typesOf(text, lang)).toContain('demographics');
  });
});
