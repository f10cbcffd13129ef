import { describe, expect, it } from 'vitest';
import type { SegmentContext } from '../../../src/core/extract/context';
import { langIndex, lexiconId, trimIndexes } from '../../../src/core/extract/lexicon-index';
import { mergeNamed } from '../../../src/core/extract/named';

describe('langIndex', () => {
  it('gives each language its own index, the same one each time', () => {
    const pl = langIndex('pl');
    expect(langIndex('pl')).toBe(pl);
    expect(langIndex('sv')).not.toBe(pl);
    expect(langIndex('pl')).toBe(pl);
  });

  it('starts an over-full index over after trimIndexes, even the one asked for last', () => {
    const pl = langIndex('pl');
    for (let i = 0; i <= 2000; i++) lexiconId(pl, { pl: [`słowo${i}`] }, 'pl');
    expect(langIndex('pl')).toBe(pl);
    trimIndexes();
    const fresh = langIndex('pl');
    expect(fresh).not.toBe(pl);
    expect(fresh.index.size).toBe(0);
  });
});

describe('mergeNamed', () => {
  const ctx = {} as SegmentContext;
  it('keeps first appearance order, sentences before listed names, and a kind over none', () => {
    const merged = mergeNamed(
      [
        [{ name: 'Acme', recipient: null }],
        [],
        [
          { name: 'Google Analytics', recipient: 'analytics' },
          { name: 'Acme', recipient: 'advertisers' },
        ],
      ],
      [
        { ctx, party: { name: 'Sendinblue', recipient: 'service-providers' } },
        { ctx, party: { name: 'Google Analytics', recipient: 'service-providers' } },
      ],
    );
    expect(merged).toEqual([
      { name: 'Acme', recipient: 'advertisers' },
      { name: 'Google Analytics', recipient: 'analytics' },
      { name: 'Sendinblue', recipient: 'service-providers' },
    ]);
  });
});
