/**
 * Security said in compounds (session 12's segmentation notes, krisguiden): the heading "Datasäkerhet:"
 * puts its list under security like "Säkerhet" (da "Datasikkerhed", nb "Datasikkerhet", de
 * "Informationssicherheit", nl "Gegevensbeveiliging"); "SSL-kryptering", "SSL-Verschlüsselung" (a hyphen
 * continues a word, so "ssl" alone missed them) and "åtkomstkontroll" (the twin of "access control") are
 * security; sv "säkra servrar" counts under a security heading. A list under another heading, and
 * "säkra" elsewhere, stay unread.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth, segments, silentScores } from './helpers';

/** Whether a list of items under `heading` raises the security flag, the model silent. */
function securityUnder(heading: string, items: readonly string[], lang: Lang): boolean {
  const segs = segments([
    { text: heading, kind: 'heading' },
    ...items.map((text) => ({ text, kind: 'list-item' as const, heading })),
  ]);
  return extractPractices(segs, silentScores(segs.length), lang).security.found;
}

describe('a security compound heading puts its list under security', () => {
  test.each<[Lang, string, string]>([
    ['sv', 'Datasäkerhet:', 'Regelmässiga säkerhetsuppdateringar'],
    ['sv', 'Informationssäkerhet', 'Lagra data på säkra servrar'],
    ['da', 'Datasikkerhed', 'Vi bruger sikre servere'],
    ['nb', 'Datasikkerhet', 'Vi bruker sikre servere'],
    ['de', 'Informationssicherheit', 'Regelmäßige Sicherheitsupdates'],
    ['nl', 'Gegevensbeveiliging', 'Wij beveiligen onze servers'],
  ])('%s: %s / %s', (lang, heading, item) => {
    expect(securityUnder(heading, [item], lang)).toBe(true);
  });

  test.each<[Lang, string, string]>([
    ['sv', 'Våra tjänster', 'Lagra data på säkra servrar'],
    ['sv', 'Kontakt', 'Vi är säkra på att du hittar rätt.'],
  ])('not under another heading: %s: %s / %s', (lang, heading, item) => {
    expect(securityUnder(heading, [item], lang)).toBe(false);
  });
});

describe('hyphenated encryption and access control are security', () => {
  test.each<[Lang, string]>([
    ['sv', 'SSL-kryptering på hela webbplatsen'],
    ['de', 'Unsere Website nutzt SSL-Verschlüsselung.'],
    ['nl', 'Wij gebruiken TLS-versleuteling.'],
    ['sv', 'Data lagras med åtkomstkontroll.'],
    ['da', 'Vi har adgangskontrol til alle systemer.'],
    ['fr', "Nous appliquons un contrôle d'accès strict."],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});
