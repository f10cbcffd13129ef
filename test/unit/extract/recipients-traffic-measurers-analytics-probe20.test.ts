/**
 * recipients: companies that measure traffic or audiences are analytics (session 20, fixq20, family E).
 * Sentences of our own in eleven languages: what must not be read (N) and what must stay read (P).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.recipients;
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'analytics', 'We measure the traffic on our site ourselves and share nothing.'],
  ['en', 'analytics', 'We do not share your data with companies that measure traffic on the site.'],
  ['de', 'analytics', 'Wir messen die Zugriffe auf unsere Website selbst.'],
  ['nl', 'analytics', 'We meten zelf het verkeer op onze site.'],
  ['nb', 'analytics', 'Vi måler trafikken på nettstedet selv.'],
  ['sv', 'analytics', 'Vi mäter själva trafiken på webbplatsen.'],
  ['da', 'analytics', 'Vi måler selv trafikken på sitet.'],
  ['da', 'analytics', 'Vi deler ikke data med virksomheder, der måler trafikken på sitet.'],
  ['fr', 'analytics', 'Nous mesurons nous-mêmes la fréquentation du site.'],
  ['es', 'analytics', 'Medimos nosotros mismos el tráfico de la web.'],
  ['it', 'analytics', 'Misuriamo noi stessi il traffico del sito.'],
  ['pl', 'analytics', 'Sami mierzymy ruch w serwisie.'],
  ['pt', 'analytics', 'Medimos nós próprios as audiências do site.'],
];

const READ: readonly [Lang, string, string][] = [
  [
    'en',
    'analytics',
    'With your consent we share data with advertisers and with companies that measure traffic on the site.',
  ],
  [
    'de',
    'analytics',
    'Mit Ihrer Einwilligung geben wir Daten an Unternehmen weiter, die die Nutzung unserer Website messen.',
  ],
  ['nl', 'analytics', 'Met je toestemming delen we gegevens met bedrijven die het verkeer op de site meten.'],
  ['nb', 'analytics', 'Med ditt samtykke deler vi data med selskaper som måler trafikken på nettstedet.'],
  ['sv', 'analytics', 'Med ditt samtycke delar vi uppgifter med företag som mäter trafiken på webbplatsen.'],
  [
    'da',
    'analytics',
    'Med dit samtykke videregiver vi oplysninger til virksomheder, som måler trafikken på hjemmesiden.',
  ],
  [
    'fr',
    'analytics',
    "Avec votre accord, nous partageons des données avec des sociétés qui mesurent l'audience du site.",
  ],
  [
    'es',
    'analytics',
    'Si nos das tu consentimiento, compartimos datos con empresas que miden el tráfico de la web.',
  ],
  ['es', 'analytics', 'Cedemos datos a empresas de analítica para estudiar nuestra audiencia.'],
  ['it', 'analytics', 'Con il tuo consenso condividiamo dati con società che misurano il traffico del sito.'],
  ['pl', 'analytics', 'Przekazujemy dane partnerom mierzącym oglądalność naszej strony.'],
  ['pt', 'analytics', 'Partilhamos dados com parceiros que analisam o tráfego do site.'],
];

describe('recipients: companies that measure traffic or audiences are analytics', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
