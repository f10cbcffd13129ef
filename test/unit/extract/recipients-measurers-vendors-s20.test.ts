/**
 * recipients: companies measuring traffic are analytics only where data goes to them for the site: not where
 * the site sells or offers them something, nor where the traffic is their own (session 20, fixr20c, review20c finding 4).
 * Sentences of our own in eleven languages: what must not be read (NOT_READ) and what must be read (READ).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.recipients;
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'analytics', 'Our platform is licensed to firms that analyse the traffic of their online shops.'],
  ['fr', 'analytics', "Nous vendons notre logiciel aux entreprises qui mesurent l'audience de leurs sites."],
  ['es', 'analytics', 'Vendemos licencias a empresas que miden el tráfico de sus tiendas online.'],
  ['it', 'analytics', 'Vendiamo il nostro software ad aziende che misurano il traffico dei loro siti.'],
  ['pl', 'analytics', 'Sprzedajemy licencje firmom mierzącym ruch na ich stronach.'],
  ['pt', 'analytics', 'Vendemos licenças a empresas que medem o tráfego dos seus próprios sites.'],
  ['nb', 'analytics', 'Plattformen vår brukes av selskaper som måler trafikken på sine egne nettsteder.'],
  ['de', 'analytics', 'Unsere Kunden sind Firmen, die die Zugriffe auf ihre eigenen Shops messen.'],
  ['en', 'analytics', 'We sell our tools to companies that measure the traffic of their own shops.'],
  ['de', 'analytics', 'Wir verkaufen Software an Firmen, die den Traffic ihrer Shops messen.'],
  ['nl', 'analytics', 'Wij verkopen software aan bedrijven die het verkeer op hun eigen website meten.'],
  ['sv', 'analytics', 'Vi säljer verktyg till företag som mäter trafiken på sina webbplatser.'],
  ['da', 'analytics', 'Vi sælger værktøjer til virksomheder, der måler trafikken på deres egne sider.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'analytics', 'We pass usage data to companies that measure the traffic on our website.'],
  [
    'de',
    'analytics',
    'Wir geben Nutzungsdaten an Unternehmen weiter, die die Nutzung unserer Website messen.',
  ],
  ['sv', 'analytics', 'Vi delar uppgifter med företag som mäter trafiken på webbplatsen.'],
  ['fr', 'analytics', "Nous transmettons des données à des sociétés qui mesurent l'audience du site."],
];

describe('recipients: a vendor selling to traffic measurers names no analytics', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
