import { type Classifier, ConceptCounts } from './classify/classifier';
import { conceptNames, type Lexicon } from './classify/concepts';
import type { RetentionReader } from './classify/retention-stage';
import { judgePage, type VerdictInput } from './detect/verdict';
import { buildContexts } from './extract/context';
import { extractPractices } from './extract/index';
import { readingPage } from './extract/lexicon';
import { retentionIn, retentionSummary } from './extract/retention';
import { identifyLanguage } from './lang/identify';
import type { Segment, SegmentedPage } from './page/segment';
import type { Report } from './report';
import { countWords } from './text/normalize';
import type { LabelScores, Lang, RetentionKind } from './vocabulary';
import { SEGMENT_LABELS } from './vocabulary';

export interface AnalyzeOptions {
  url: string | null;
  classifier: Classifier;
}

/** Characters of body text read to identify the language. */
const LANGUAGE_SAMPLE_CHARS = 6000;

/** Segments -> the report: language, label scores, practices, verdict, timing. */
export function analyzePage(page: SegmentedPage, options: AnalyzeOptions): Report {
  const started = performance.now();
  const { segments } = page;
  const { language, verdict } = readPage(page, options.classifier);
  const detection = judgePage(verdict);
  const words = segments.reduce((sum, s) => sum + countWords(s.text), 0);
  return {
    version: 1,
    source: { url: options.url, title: page.title || null },
    language,
    detection,
    stats: { segments: segments.length, words, ms: Math.round((performance.now() - started) * 100) / 100 },
    practices: verdict.practices,
  };
}

/**
 * What the page says, before the verdict: its language, and everything the verdict weighs (label scores,
 * practices, the concept lexicon). tools/train-detect.ts fits the verdict on exactly this.
 */
export interface PageReading {
  language: Lang;
  verdict: VerdictInput;
}

export function readPage(page: SegmentedPage, classifier: Classifier): PageReading {
  const { segments, title } = page;
  const language = identifyLanguage(languageSample(page));
  // The classifier counts the concepts of each segment as it reads it; the verdict's profile sums them.
  const concepts = new ConceptCounts();
  const firstStage = classifier.scoreAll(segments, language, concepts);
  // Extraction weighs its own retention cues with the first stage's scores: the retention stage reads
  // those same rules, and feeding it back would let a segment's own reading widen what the rules accept
  // there (an age or a response time read as a period where the score passes 0.6). The verdict reads the
  // scores with the stage.
  const practices = extractPractices(segments, firstStage, language);
  const scores = classifier.restage(
    segments,
    firstStage,
    language,
    gatedReading(concepts, classifier.lexicon),
  );
  return {
    language,
    verdict: { title, segments, scores, practices, lexicon: classifier.lexicon, lang: language, concepts },
  };
}

function languageSample(page: SegmentedPage): string {
  let sample = '';
  for (const segment of page.segments) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    if (segment.kind !== 'heading') sample += `${segment.text} `;
  }
  return sample || page.segments.map((s) => s.text).join(' ');
}

/** No label: a segment read alone owes nothing to what the classifier said of it. */
const UNSCORED = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 0])) as LabelScores;

/**
 * What extraction's retention rules read in each segment on its own (a paragraph under its heading, no
 * list introduction, no classifier score): the kind its sentences state together. The classifier's
 * retention stage weighs it (classify/retention-stage.ts); training read TRAIN the same way.
 */
export function readRetentionAlone(segments: readonly Segment[], lang: Lang): RetentionKind[] {
  const alone = segments.map((s): Segment => ({ ...s, kind: 'paragraph' }));
  return readingPage(lang, alone, () => {
    const contexts = buildContexts(
      alone,
      alone.map(() => UNSCORED),
      lang,
    );
    return contexts.map(
      (ctx) => retentionSummary(ctx.sentences.map((sentence) => retentionIn({ ctx, sentence }, lang))).kind,
    );
  });
}

/**
 * Concepts without which the retention rules read nothing on the OPP-115 TRAIN segments (0 of the 66 they
 * read lack all of them; 689 of 2,111 segments carry one): a keep/store/delete verb, "indefinitely", "as long
 * as", "how long", a unit of time. The page's reading asks the rules only about segments whose concepts the
 * classifier's scan counted among these, so a page pays the second walk for a third of its segments.
 */
const RETENTION_GATE = [
  'retain',
  'store',
  'delete',
  'anonymize',
  'indefinite',
  'as_long_as',
  'how_long',
  'unit_year',
  'unit_month',
  'unit_week',
  'unit_day',
  'unit_hour',
];

/** readRetentionAlone over the segments the scan (`concepts`, filled by scoreAll) found a gate concept in. */
export function gatedReading(concepts: ConceptCounts, lexicon: Lexicon): RetentionReader {
  const names = conceptNames(lexicon);
  const ids = RETENTION_GATE.map((n) => names.indexOf(n)).filter((k) => k >= 0);
  return (segments, lang) => {
    const kinds: RetentionKind[] = segments.map(() => 'none');
    const picked = segments.flatMap((s, j) => {
      const row = concepts.rows.get(s);
      if (row === undefined) return [j];
      const at = row * concepts.width;
      return ids.some((k) => (concepts.counts[at + k] ?? 0) > 0) ? [j] : [];
    });
    const read = readRetentionAlone(
      picked.map((j) => segments[j]!),
      lang,
    );
    picked.forEach((j, q) => {
      kinds[j] = read[q] ?? 'none';
    });
    return kinds;
  };
}
