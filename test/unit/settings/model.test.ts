import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fitsInSync,
  isNeverRun,
  migrateSettings,
  needsMigration,
  normaliseHost,
  normaliseSiteList,
  SETTINGS_VERSION,
  toStored,
} from '../../../src/settings/model';

describe('normaliseHost', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  WWW.Example.ORG ', 'example.org'],
    ['https://shop.example.org/privacy?x=1', 'shop.example.org'],
    ['*.example.org', 'example.org'],
    ['example.org.', 'example.org'],
    ['localhost:8080', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j -> %s', (input, host) => {
    expect(normaliseHost(input)).toBe(host);
  });

  it.each(['', '   ', 'not a host!', 'exa mple.org', '-bad-.org', 'http://', `${'a'.repeat(64)}.org`])(
    'rejects %j',
    (input) => {
      expect(normaliseHost(input)).toBeNull();
    },
  );
});

describe('isNeverRun', () => {
  const list = ['example.org', 'news.site.example'];
  it.each([
    ['example.org', true],
    ['www.example.org', true],
    ['shop.example.org', true],
    ['notexample.org', false],
    ['site.example', false],
    ['a.news.site.example', true],
  ])('%s -> %s', (host, expected) => {
    expect(isNeverRun(host, list)).toBe(expected);
  });
});

describe('migrateSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('on')).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the current layout and fills in what is missing or malformed', () => {
    expect(migrateSettings({ version: 1, autoDetect: false })).toEqual({
      ...DEFAULT_SETTINGS,
      autoDetect: false,
    });
    expect(migrateSettings({ version: 1, badge: 'no', neverRun: 'example.org' })).toEqual(DEFAULT_SETTINGS);
    expect(
      migrateSettings({ version: 1, neverRun: ['WWW.Example.org', 'example.org', 42, 'bad host!'] }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      neverRun: ['example.org'],
    });
  });

  it('migrates an unversioned value (version 0) and says it should be rewritten', () => {
    const old = { badge: false, neverRun: ['a.example'] };
    expect(needsMigration(old)).toBe(true);
    expect(migrateSettings(old)).toEqual({ autoDetect: true, badge: false, neverRun: ['a.example'] });
    expect(needsMigration(toStored(migrateSettings(old)))).toBe(false);
  });

  it('reads what it knows of a newer version (synced from a newer Plainly) and leaves it alone', () => {
    const newer = {
      version: SETTINGS_VERSION + 1,
      autoDetect: false,
      badge: true,
      neverRun: [],
      theme: 'dark',
    };
    expect(migrateSettings(newer)).toEqual({ autoDetect: false, badge: true, neverRun: [] });
    expect(needsMigration(newer)).toBe(false);
  });

  it('stores the current version with the fields it knows, and reads it back unchanged', () => {
    const settings = { autoDetect: false, badge: false, neverRun: ['example.org'] };
    const stored = toStored(settings);
    expect(stored).toEqual({ version: SETTINGS_VERSION, ...settings });
    expect(migrateSettings(JSON.parse(JSON.stringify(stored)))).toEqual(settings);
  });
});

describe('bounds', () => {
  it('keeps at most 200 sites, deduplicated', () => {
    const many = Array.from({ length: 300 }, (_, i) => `site${i}.example`);
    expect(normaliseSiteList([...many, 'site1.example'])).toHaveLength(200);
  });

  it('knows when a list is too long for one storage.sync item', () => {
    expect(fitsInSync(DEFAULT_SETTINGS)).toBe(true);
    const long = Array.from({ length: 200 }, (_, i) => `a-rather-long-subdomain-name-${i}.example.org`);
    expect(fitsInSync({ ...DEFAULT_SETTINGS, neverRun: long })).toBe(false);
  });
});
