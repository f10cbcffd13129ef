/**
 * A tool the operator hosts itself is no recipient (the labelling rule of test/lang-eval/README.md): its
 * data stays with the operator. "Temos uma versão auto-hospedada de Plausible Analytics" named analytics.
 * The words must qualify the name (before it, or after it with no other service between), so a second,
 * hosted-elsewhere tool in the same sentence still counts.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('a self-hosted tool is no recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We use a self-hosted instance of Matomo to count visits.'],
    ['en', 'We use Plausible Analytics, which we host ourselves.'],
    ['en', 'We use a self-hosted analytics tool to count visits.'],
    ['en', 'We use Matomo, a self-hosted web analytics software.'],
    ['de', 'Wir nutzen das selbst gehostete Matomo zur Analyse der Besuche.'],
    ['de', 'Wir nutzen Matomo auf unserem eigenen Server.'],
    ['de', 'Wir nutzen ein selbst gehostetes Analysetool.'],
    ['nl', 'Wij gebruiken een zelf gehoste versie van Matomo.'],
    ['nb', 'Vi bruker en selvhostet versjon av Plausible Analytics.'],
    ['sv', 'Vi använder en egenhostad version av Matomo.'],
    ['da', 'Vi bruger en selvhostet version af Umami Analytics.'],
    ['fr', "Nous utilisons Matomo, auto-hébergé sur nos propres serveurs, pour mesurer l'audience."],
    ['fr', "Nous utilisons un outil d'analyse auto-hébergé."],
    ['es', 'Utilizamos una instancia autoalojada de Matomo para las estadísticas.'],
    ['it', 'Utilizziamo Matomo sui nostri server per le statistiche.'],
    ['pl', 'Korzystamy z samodzielnie hostowanego Matomo do statystyk.'],
    [
      'pt',
      'Temos uma versão auto-hospedada de Plausible Analytics para recolher alguns dados de utilização anónimos, somente para fins estatísticos.',
    ],
    ['pt', 'Usamos o Matomo, alojado nos nossos próprios servidores.'],
  ])('%s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.recipients).not.toContain('analytics');
    expect(s.named).toEqual([]);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We use a self-hosted instance of Matomo and Google Analytics.', 'Google Analytics'],
    ['en', 'We use Google Analytics and a self-hosted Matomo instance.', 'Google Analytics'],
    ['en', 'We use Google Analytics. Everything else runs on our own servers.', 'Google Analytics'],
    ['de', 'Wir nutzen Google Analytics zur Analyse der Besuche.', 'Google Analytics'],
    [
      'pt',
      'Usamos o Matomo, alojado nos nossos próprios servidores, e o Google Analytics.',
      'Google Analytics',
    ],
    ['pt', 'Usamos o Plausible Analytics para estatísticas.', 'Plausible Analytics'],
    ['fr', "Nous utilisons Matomo pour mesurer l'audience.", 'Matomo'],
  ])('%s: %s', (lang, text, name) => {
    const s = sharingOf(text, lang);
    expect(s.recipients).toContain('analytics');
    expect(s.named).toContain(name);
  });
});
