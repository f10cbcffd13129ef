import { describe, expect, it } from 'vitest';
import { practicesOf } from './helpers';
import { stripAccents, tableMatches } from './table-matches';

/** "Twoich", "swoim", "Pana/Pani", "Państwa": possessives of every case and of the formal address. */
describe('Polish possessives', () => {
  it.each([
    ['Korzystasz z Twoich kont', 'Twoich'],
    ['w swoim profilu', 'swoim'],
    ['posługując się swoimi danymi', 'swoimi'],
    ['dane Pana/Pani konta', 'Pana,Pani'],
    ['na Państwa koncie', 'Państwa'],
  ])('"%s" holds the possessive %s', (text, words) => {
    expect(tableMatches('cues/tools.json/possessive', 'pl', text)).toEqual(words.split(','));
    expect(tableMatches('cues/tools.json/possessive', 'pl', stripAccents(text))).toEqual(
      words.split(',').map(stripAccents),
    );
  });

  it.each([
    'Przekazujemy innym podmiotom informacje o Twoich partnerach handlowych.',
    'Przekazujemy informacje o Państwa partnerach handlowych.',
  ])('the partners of "%s" are what the data is about, not recipients', (text) => {
    expect(practicesOf([text], 'pl').sharing.recipients).toEqual([]);
  });
});
