import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/core/analyze';
import { ConceptCounts, loadClassifier } from '../../../src/core/classify/classifier';
import { compileAutomaton, conceptNames } from '../../../src/core/classify/concepts';
import { normalizeText } from '../../../src/core/classify/normalize';
import { countConcepts } from '../../../src/core/classify/text-scan';
import { markSpecialTokens } from '../../../src/core/classify/tokenize';
import { judgePage } from '../../../src/core/detect/verdict';
import { segmentDocument } from '../../../src/core/page/from-document';
import type { Segment } from '../../../src/core/page/segment';
import type { Lang } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';
import { fixtures } from '../../fixtures/fixture-files';

const classifier = loadClassifier(model);
const width = conceptNames(classifier.lexicon).length;

function segment(id: number, text: string, heading: string): Segment {
  return { id, kind: 'paragraph', text, heading, level: 0 };
}

/** What the verdict's concept profile would count in the segment's text, scanned whole. */
function scannedWhole(text: string, lang: Lang): { tokens: number; counts: number[] } {
  const counts = new Int32Array(width);
  const tokens = countConcepts(
    markSpecialTokens(normalizeText(text)),
    compileAutomaton(classifier.lexicon, lang),
    counts,
  );
  return { tokens, counts: Array.from(counts) };
}

/** What the classifier counted in each segment while it scored them. */
function tallied(segments: readonly Segment[], lang: Lang): { tokens: number; counts: number[] }[] {
  const concepts = new ConceptCounts();
  classifier.scoreAll(segments, lang, concepts);
  return segments.map((s) => {
    const row = concepts.rows.get(s) ?? -1;
    return {
      tokens: concepts.tokens[row] ?? -1,
      counts: Array.from(concepts.counts.subarray(row * width, (row + 1) * width)),
    };
  });
}

describe('the concept tally of scoreAll', () => {
  it('counts what a scan of the whole text counts, across sentence breaks and without the heading', () => {
    const segments = [
      // "third part" across a sentence break: the classifier's sentences miss it, the whole text holds it
      segment(0, 'We never sell data to the third. Parties we work with sign contracts.', 'Sharing'),
      // a heading whose last word begins a concept with the text's first
      segment(1, 'parties receive your data. See www.example.org or mail a@b.org.', 'Third'),
      // a heading of several sentences, and one that is the text itself
      segment(2, 'We keep it for 30 days. Then we delete it.', 'Part 1. Retention. Our rules'),
      segment(3, 'Third parties', 'Third parties'),
      segment(4, 'Short. Bits. Of text! With third. Party names and 3rd. Party data.', ''),
      segment(5, '', 'Empty'),
    ];
    for (const lang of ['en', 'de', 'nl', 'pl'] as const) {
      const got = tallied(segments, lang);
      segments.forEach((s, i) => {
        expect(got[i], `${lang} ${s.text}`).toEqual(scannedWhole(s.text, lang));
      });
    }
    const across = tallied([segments[0]!], 'en')[0]!;
    const thirdParty = conceptNames(classifier.lexicon).indexOf('third_party');
    expect(across.counts[thirdParty]).toBeGreaterThan(0);
  });

  it('counts what a scan of the whole text counts on every fixture page', () => {
    for (const f of fixtures('policies', 'non-policies', 'special')) {
      const { document } = parseHTML(f.html);
      const page = segmentDocument(document as unknown as Document);
      const got = tallied(page.segments, 'en');
      page.segments.forEach((s, i) => {
        expect(got[i], `${f.name} ${s.text.slice(0, 60)}`).toEqual(scannedWhole(s.text, 'en'));
      });
    }
  });

  it('leaves the verdict as it is without the tally', () => {
    for (const f of fixtures('policies', 'non-policies')) {
      const { document } = parseHTML(f.html);
      const { verdict } = readPage(segmentDocument(document as unknown as Document), classifier);
      expect(verdict.concepts).toBeDefined();
      expect(judgePage(verdict), f.name).toEqual(judgePage({ ...verdict, concepts: undefined }));
    }
  });

  it('gives the same verdict when one page is judged again and again (the tally summed the same each time)', () => {
    const f = fixtures('policies')[0]!;
    const { document } = parseHTML(f.html);
    const { verdict } = readPage(segmentDocument(document as unknown as Document), classifier);
    const first = judgePage(verdict);
    for (let i = 0; i < 50; i++) expect(judgePage(verdict)).toEqual(first);
    expect(judgePage({ ...verdict, concepts: undefined })).toEqual(first);
  });
});
