import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('children and minimum age', () => {
  test.each<[Lang, string, number]>([
    ['en', 'We do not knowingly collect data from children under 13.', 13],
    ['en', 'Our services are not intended for children under the age of 18.', 18],
    ['en', 'We do not collect data from children under sixteen.', 16],
    ['de', 'Unsere Dienste richten sich nicht an Kinder unter 16 Jahren.', 16],
    ['nl', 'Wij verzamelen geen gegevens van kinderen jonger dan 16 jaar.', 16],
    ['nb', 'Tjenesten er ikke rettet mot barn under 13 år.', 13],
    ['sv', 'Vi samlar inte in uppgifter om barn under 13 år.', 13],
    ['da', 'Vi indsamler ikke oplysninger om børn under 15 år.', 15],
    ['fr', "Nos services ne s'adressent pas aux enfants de moins de 15 ans.", 15],
    ['es', 'No recopilamos datos de menores de 14 años.', 14],
    ['it', 'Non raccogliamo dati di minori di 14 anni.', 14],
    ['pl', 'Nie zbieramy danych dzieci poniżej 16 roku życia.', 16],
    ['pt', 'Não recolhemos dados de menores de 16 anos.', 16],
  ])('%s: %s', (lang, sentence, age) => {
    const c = practicesOf([sentence], lang).children;
    expect(c.found).toBe(true);
    expect(c.minAge).toBe(age);
    expect(c.evidence[0]?.text).toBe(sentence);
  });

  test('an age under a children heading counts without the word "children" in the sentence', () => {
    const heading = 'Our policy towards children';
    const c = practicesOf(
      [
        { text: heading, kind: 'heading' },
        { text: 'The Services are not directed to individuals under 16.', heading },
      ],
      'en',
    ).children;
    expect(c.minAge).toBe(16);
  });

  test.each<[Lang, string]>([
    ['en', 'We keep logs for 18 months.'],
    ['nb', 'Opplysningene lagres i 5 (fem) år.'],
    ['en', 'Our office is open 16 hours a day.'],
  ])('%s: nothing about children in "%s"', (lang, sentence) => {
    expect(practicesOf([sentence], lang).children).toEqual({ found: false, minAge: null, evidence: [] });
  });

  test('the age stated most often wins', () => {
    const c = practicesOf(
      [
        'We do not knowingly collect personal information from children under 16.',
        'If a child under 16 has provided us with personal information, we delete it.',
        'In the United States, children under 13 need parental consent.',
      ],
      'en',
    ).children;
    expect(c.minAge).toBe(16);
  });
});
