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
