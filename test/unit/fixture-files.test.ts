/**
 * The fixture pages themselves: every page has its expected.json, the expected files speak the fixed
 * vocabularies, gold quotes are on the page, and the special pages are built as their names promise.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATA_TYPES, LANGUAGES, RECIPIENTS, RETENTION_KINDS, RIGHTS } from '../../src/core/vocabulary';
import {
  expectedNames,
  type Fixture,
  fixtureNames,
  fixtures,
  pageText,
  readFixture,
  type Tier,
} from '../fixtures/fixture-files';

const TIERS: Tier[] = ['policies', 'non-policies', 'special'];
const PAGE_KINDS = [
  'privacy-policy',
  'terms-of-service',
  'cookie-policy',
  'imprint',
  'dpa',
  'security',
  'news',
  'product',
  'docs',
  'other',
];
const ISO_DURATION = /^P(?:\d+[YMWD])+$|^PT\d+[HMS]$/;

function outsideVocabulary(fixture: Fixture): string[] {
  const { expected } = fixture;
  const wrong: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) wrong.push(what);
  };
  expect(
    expected.language === null || (LANGUAGES as readonly string[]).includes(expected.language),
    'language',
  );
  expect(PAGE_KINDS.includes(expected.kind), `kind ${expected.kind}`);
  expect(expected.isPolicy === (expected.kind === 'privacy-policy'), 'isPolicy vs kind');
  const gold = expected.gold;
  if (!gold) return wrong;
  const types = [...gold.collection.data_types, ...gold.collection.optional];
  const recipients = [...gold.sharing.recipients, ...gold.sharing.optional];
  const periods = [...gold.retention.periods, ...(gold.retention.optional_periods ?? [])];
  for (const t of types) expect((DATA_TYPES as readonly string[]).includes(t), `data type ${t}`);
  for (const r of recipients) expect((RECIPIENTS as readonly string[]).includes(r), `recipient ${r}`);
  for (const r of gold.rights) expect((RIGHTS as readonly string[]).includes(r), `right ${r}`);
  for (const p of periods) expect(ISO_DURATION.test(p), `period ${p}`);
  expect(
    (RETENTION_KINDS as readonly string[]).includes(gold.retention.kind),
    `retention ${gold.retention.kind}`,
  );
  expect(gold.lang === expected.language, 'gold.lang vs language');
  return wrong;
}

describe('fixture files', () => {
  it.each(TIERS)('every page in %s has an expected.json and every expected.json a page', (tier) => {
    expect(fixtureNames(tier).length).toBeGreaterThan(0);
    expect(expectedNames(tier)).toEqual(fixtureNames(tier));
  });

  it('cover the five seeds, at least ten non-policies and three non-English ones', () => {
    expect(fixtureNames('policies')).toHaveLength(5);
    const negatives = fixtures('non-policies');
    expect(negatives.length).toBeGreaterThanOrEqual(10);
    expect(negatives.filter((f) => f.expected.language !== 'en').length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures(...TIERS).map((f) => [`${f.tier}/${f.name}`, f] as const))(
    '%s: expected.json uses the fixed vocabularies',
    (_, fixture) => {
      expect(outsideVocabulary(fixture)).toEqual([]);
    },
  );

  it.each(
    fixtures(...TIERS)
      .filter((f) => f.expected.language !== null)
      .map((f) => [`${f.tier}/${f.name}`, f] as const),
  )('%s: <html lang> agrees with the expected language', (_, fixture) => {
    const { document } = parseHTML(fixture.html);
    expect(document.documentElement.getAttribute('lang')?.slice(0, 2)).toBe(fixture.expected.language);
  });

  it.each(
    fixtures(...TIERS)
      .filter((f) => f.expected.gold && !f.expected.needsScript)
      .map((f) => [`${f.tier}/${f.name}`, f] as const),
  )('%s: the gold retention quote is on the page verbatim', (_, fixture) => {
    expect(pageText(fixture.html)).toContain(fixture.expected.gold?.retention.quote);
  });

  it.each(fixtures('non-policies').map((f) => [f.name, f] as const))(
    'non-policies/%s: has realistic length (300-1500 words of main text)',
    (_, fixture) => {
      const words = pageText(fixture.html, 'main').split(' ').length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1500);
    },
  );
});

describe('special fixtures', () => {
  it('xss-policy shows its payloads as text, never as markup', () => {
    const { html, expected } = readFixture('special', 'xss-policy');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, [onerror]')).toHaveLength(0);
    const text = pageText(html);
    for (const needle of Object.values(expected.evidence ?? {}).flat()) expect(text).toContain(needle);
  });

  it('details-policy keeps its retention section in a closed <details>', () => {
    const { html, expected } = readFixture('special', 'details-policy');
    const { document } = parseHTML(html);
    const closed = document.querySelector('details:not([open])');
    expect(closed?.textContent).toContain(expected.gold?.retention.quote);
  });

  it('spa-policy has no policy text in the page until its script runs', () => {
    const { html, expected } = readFixture('special', 'spa-policy');
    expect(expected.needsScript).toBe(true);
    expect(pageText(html, 'main')).toBe('Loading…');
    expect(html).toContain('setTimeout(render, 500)');
  });

  it('frames embeds a policy fixture by path', () => {
    const { html, expected } = readFixture('special', 'frames');
    const { document } = parseHTML(html);
    const sources = Array.from(document.querySelectorAll('iframe'), (f) => f.getAttribute('src'));
    expect(sources).toEqual(expected.frames);
    for (const src of sources)
      expect(fixtureNames('policies')).toContain(src?.replace(/^\/policies\/|\.html$/g, ''));
  });

  it('policy-v1 and policy-v2 differ in the retention period and one new recipient', () => {
    const v1 = readFixture('special', 'policy-v1');
    const v2 = readFixture('special', 'policy-v2');
    expect(v1.expected.gold?.retention.periods).toEqual(['P2Y']);
    expect(v2.expected.gold?.retention.periods).toEqual(['P5Y']);
    const recipients1 = v1.expected.gold?.sharing.recipients ?? [];
    const recipients2 = v2.expected.gold?.sharing.recipients ?? [];
    expect([...recipients2].sort()).toEqual([...recipients1, 'advertisers'].sort());
    const lines1 = v1.html.split('\n');
    const lines2 = v2.html.split('\n');
    expect(lines2.filter((l) => !lines1.includes(l))).toHaveLength(2);
    expect(lines1.filter((l) => !lines2.includes(l))).toHaveLength(1);
  });

  it.each(['empty', 'image-only'])('%s has no text at all', (name) => {
    expect(pageText(readFixture('special', name).html)).toBe('');
  });
});
