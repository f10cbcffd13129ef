/**
 * The committed policy fixtures against their seeds in ../shared/seeds (skipped without ../shared;
 * PLAINLY_SHARED overrides the path): every line of each seed is on its page verbatim and in order,
 * and each expected.json carries the seed's gold line unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/core/text/normalize';
import { sharedRoot } from '../../tools/shared-data';
import { fixtureNames, pageText, readFixture } from '../fixtures/fixture-files';

const SEEDS = join(sharedRoot(), 'seeds');

/**
 * A seed line -> the texts a page shows for it: list markers, Markdown autolink brackets and *emphasis*
 * marks dropped; table lines ("cell | cell |") and flattened lists ("a - b:") give one text per part.
 */
export function seedFragments(seed: string): string[] {
  return seed.split('\n').flatMap((line) =>
    line
      .trim()
      .replace(/^(?:- |• |\* )/, '')
      .replace(/<(https?:\/\/[^\s>]+)>/g, '$1')
      .replace(/\*([^*\n]+)\*/g, '$1')
      .split(/\s*\|\s*| - /)
      .map(collapseWhitespace)
      .filter((fragment) => fragment !== ''),
  );
}

/** Fragments not found in `text` after the previous fragment's position. */
function missingInOrder(fragments: readonly string[], text: string): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const fragment of fragments) {
    const found = text.indexOf(fragment, at);
    if (found < 0) missing.push(fragment.slice(0, 120));
    else at = found + fragment.length;
  }
  return missing;
}

function goldLines(): Map<string, unknown> {
  const lines = readFileSync(join(SEEDS, 'gold.jsonl'), 'utf8').split('\n');
  const gold = new Map<string, unknown>();
  for (const line of lines.filter((l) => l.trim() !== '')) {
    const entry = JSON.parse(line) as { file: string };
    gold.set(entry.file, entry);
  }
  return gold;
}

describe.skipIf(!existsSync(SEEDS))('policy fixtures keep their seeds', () => {
  it.each(fixtureNames('policies'))('%s: every seed line is on the page, verbatim and in order', (name) => {
    const seed = readFileSync(join(SEEDS, `${name}.txt`), 'utf8');
    const fragments = seedFragments(seed);
    expect(fragments.length).toBeGreaterThan(20);
    expect(missingInOrder(fragments, pageText(readFixture('policies', name).html, 'main'))).toEqual([]);
  });

  it.each(fixtureNames('policies'))('%s: expected.json carries the gold line as is', (name) => {
    const { expected } = readFixture('policies', name);
    expect(expected.gold).toEqual(goldLines().get(`${name}.txt`));
    expect(expected.isPolicy).toBe(true);
    expect(expected.language).toBe(expected.gold?.lang);
  });
});
