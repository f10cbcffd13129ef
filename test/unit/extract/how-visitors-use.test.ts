/**
 * "To understand how visitors use our website", "wie Besucher unsere Website nutzen", "hvordan besøkende
 * bruker nettstedet", "cómo usan los visitantes nuestra web": the use of the site by its visitors, measured,
 * is usage data (test/lang-eval/README.md: pages visited, feature use, traffic statistics), said with the
 * visitors or the site as the subject, in every language; so are Polish "odwiedzane podstrony" (subpages
 * visited). "How we use your data" is the operator's use of data, and Polish "jak również korzystania z
 * Serwisu" is "as well as the use of the Service": neither names usage data.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('how visitors use the site is usage data', () => {
  test.each<[Lang, string]>([
    ['en', 'We use Google Analytics to analyse how our website is used.'],
    ['de', 'Wir nutzen Google Analytics, um zu verstehen, wie Besucher unsere Website nutzen.'],
    ['de', 'Wir nutzen Google Analytics zur Analyse der Nutzung unserer Website.'],
    ['nl', 'Wij gebruiken Google Analytics om te zien hoe bezoekers onze website gebruiken.'],
    ['nb', 'Vi bruker Google Analytics for å forstå hvordan besøkende bruker nettstedet.'],
    ['sv', 'Vi använder Matomo för att se hur webbplatsen används.'],
    ['da', 'Vi bruger Google Analytics til at forstå, hvordan besøgende bruger hjemmesiden.'],
    ['fr', 'Nous utilisons Matomo pour savoir comment le site est utilisé.'],
    ['es', 'Utilizamos Google Analytics para saber cómo usan los visitantes nuestra web.'],
    ['it', 'Usiamo Matomo per capire come i visitatori usano il sito.'],
    ['pl', 'Korzystamy z Google Analytics, aby wiedzieć, jak odwiedzający korzystają z serwisu.'],
    ['pl', 'Zapisujemy odwiedzane podstrony.'],
    ['pt', 'Usamos o Matomo para entender como o nosso site é usado.'],
  ])('%s: usage-data in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('usage-data');
  });

  test.each<[Lang, string]>([
    ['en', 'This policy explains how we use your data.'],
    ['de', 'Wir erklären Ihnen, wie wir Ihre Daten nutzen.'],
    [
      'pl',
      'Użytkownik zobowiązany jest do przestrzegania Regulaminu jak również korzystania z Serwisu zgodnie z prawem.',
    ],
  ])('%s: no usage data in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('usage-data');
  });
});
