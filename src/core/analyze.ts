import { type Classifier, ConceptCounts } from './classify/classifier';
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
  const scores = classifier.scoreAll(segments, language, concepts, readRetentionAlone);
  const practices = extractPractices(segments, scores, language);
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
