import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import { prepareLexicons } from '../../../src/core/extract/lexicon';
import { langIndex } from '../../../src/core/extract/lexicon-index';
import { LANGUAGES, type LabelScores, SEGMENT_LABELS } from '../../../src/core/vocabulary';
import { sentencesOf } from './corpus';
import { segments, silentScores } from './helpers';

/** Scores that put every passage under every label: the branches gated on affinity run too. */
function sureScores(n: number): LabelScores[] {
  const one = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 1])) as LabelScores;
  return Array.from({ length: n }, () => ({ ...one }));
}

/**
 * Extraction registers every lexicon it matches sentences against before it walks them (declareTables):
 * a lexicon registered on the way would make every sentence be walked again.
 */
describe('declared lexicons', () => {
  it.each(LANGUAGES)('extraction in %s registers no lexicon after prepareLexicons', (lang) => {
    prepareLexicons(lang);
    const before = langIndex(lang).index.size;
    expect(before).toBeGreaterThan(50);
    const texts = sentencesOf(lang, 400);
    const segs = segments(texts.map((text, i) => (i % 7 === 0 ? { text, kind: 'list-item' } : text)));
    extractPractices(segs, silentScores(segs.length), lang);
    extractPractices(segs, sureScores(segs.length), lang);
    expect(langIndex(lang).index.size).toBe(before);
  });
});

/**
 * The other side: a lexicon asked about only alone, in short slices (findAllOnce, hasAnyOnce), is not
 * declared. Declared, it is walked with every sentence, and a list of common words ("a", "the", "of",
 * "name") puts a record on most of them for nothing (session 10: 4,001 records on the bench page instead
 * of 2,587).
 */
describe('lexicons matched only alone', () => {
  const dir = join(import.meta.dirname, '../../../src/core/extract');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s declares no lexicon it asks about only alone', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const declared = [...source.matchAll(/declareTables\(\[([^\]]*)\]\)/g)].flatMap(
      (m) => m[1]?.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? [],
    );
    const aloneOnly = declared.filter((name) => {
      const calls = [...source.matchAll(new RegExp(`(\\w+)\\(\\s*${name}\\b`, 'g'))]
        .map((m) => m[1])
        .filter((f) => f !== 'declareTables');
      const mentions = source.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      // Defined once, declared once: every other mention is a call, and every call is a *Once one.
      return calls.length > 0 && mentions === calls.length + 2 && calls.every((f) => f?.endsWith('Once'));
    });
    expect(aloneOnly).toEqual([]);
  });
});
