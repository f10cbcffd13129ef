/**
 * Retention OPP-115's own annotations showed misread (session 17, fixa17r): a period after an operator's
 * "we remove", listed with others after one verb; criteria invented from senses of "maintain", "keep" and
 * "store" that keep nothing and from a disclosure's "when required by law"; data kept after the person
 * deletes it, or never deleted, read as kept indefinitely.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = readonly [Lang, string, string, readonly string[]];

/** A period after "we remove", and the first of a list of periods one verb governs (the cookies' stays theirs). */
const LISTED_PERIODS: readonly Case[] = [
  [
    'en',
    'We have technological safeguards in place designed to prevent the unauthorized correlation of this data and we remove the entirety of the IP address after 6 months, cookies and other cross session identifiers after 18 months.',
    'specific',
    ['P6M'],
  ],
  ['en', 'We remove the entirety of the IP address after 6 months.', 'specific', ['P6M']],
  [
    'en',
    'We remove the entirety of the IP address after 6 months, and server logs after 18 months.',
    'specific',
    ['P6M', 'P18M'],
  ],
  [
    'de',
    'Wir entfernen die vollständige IP-Adresse nach 6 Monaten, Cookies und andere sitzungsübergreifende Kennungen nach 18 Monaten.',
    'specific',
    ['P6M'],
  ],
  [
    'nl',
    'We verwijderen het volledige IP-adres na 6 maanden, cookies en andere identificatoren na 18 maanden.',
    'specific',
    ['P6M'],
  ],
  [
    'nb',
    'Vi fjerner hele IP-adressen etter 6 måneder, informasjonskapsler og andre identifikatorer etter 18 måneder.',
    'specific',
    ['P6M'],
  ],
  [
    'sv',
    'Vi tar bort hela IP-adressen efter 6 månader, cookies och andra identifierare efter 18 månader.',
    'specific',
    ['P6M'],
  ],
  [
    'da',
    'Vi fjerner hele IP-adressen efter 6 måneder, cookies og andre identifikatorer efter 18 måneder.',
    'specific',
    ['P6M'],
  ],
  [
    'fr',
    "Nous supprimons l'adresse IP complète après 6 mois, les cookies et autres identifiants après 18 mois.",
    'specific',
    ['P6M'],
  ],
  [
    'es',
    'Eliminamos la dirección IP completa después de 6 meses, las cookies y otros identificadores después de 18 meses.',
    'specific',
    ['P6M'],
  ],
  [
    'it',
    "Rimuoviamo l'indirizzo IP completo dopo 6 mesi, i cookie e altri identificatori dopo 18 mesi.",
    'specific',
    ['P6M'],
  ],
  [
    'pl',
    'Usuwamy cały adres IP po 6 miesiącach, pliki cookie i inne identyfikatory po 18 miesiącach.',
    'specific',
    ['P6M'],
  ],
  [
    'pt',
    'Removemos o endereço IP completo após 6 meses, os cookies e outros identificadores após 18 meses.',
    'specific',
    ['P6M'],
  ],
];

/** Cookie lifetimes stay lifetimes, listed or alone; a qualifier after a comma is no listed period. */
const COOKIE_ONLY: readonly [Lang, string][] = [
  ['en', 'The analytics cookie expires after 13 months, the consent cookie after 6 months.'],
  ['en', 'Cookies expire after 2 years, after 6 months of inactivity.'],
  ['de', 'Das Analyse-Cookie läuft nach 13 Monaten ab, das Einwilligungs-Cookie nach 6 Monaten.'],
  ['fr', 'Le cookie de mesure expire après 13 mois, le cookie de consentement après 6 mois.'],
  ['en', 'You can remove cookies after 6 months in your browser settings.'],
];

describe('periods after "we remove", listed after one verb (fixa17r)', () => {
  it.each(LISTED_PERIODS)('[%s] %s', (lang, text, kind, periods) => {
    const r = practicesOf([text], lang).retention;
    expect(r.kind).toBe(kind);
    expect(r.periods).toEqual(periods);
  });
});

describe('cookie lifetimes stay no period (fixa17r)', () => {
  it.each(COOKIE_ONLY)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.periods).toEqual([]);
  });
});
