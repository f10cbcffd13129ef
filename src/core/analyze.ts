import { type Classifier, ConceptCounts } from './classify/classifier';
import { judgePage, type VerdictInput } from './detect/verdict';
import { extractPracticesThen } from './extract/index';
import { identifyLanguage } from './lang/identify';
import type { SegmentedPage } from './page/segment';
import type { Report } from './report';
import { gatedKinds, readerOf } from './retention-reading';
import { countWords } from './text/normalize';
import type { Lang } from './vocabulary';

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
 * practices, the concept lexicon). tools/train-detect.ts fits the verdict on exactly this. `language`, when
 * given, is read instead of the identified one (the probes of tools/eval-probe.ts measure extraction apart
 * from identification on one-sentence pages).
 */
export interface PageReading {
  language: Lang;
  verdict: VerdictInput;
}

export function readPage(page: SegmentedPage, classifier: Classifier, given?: Lang): PageReading {
  const { segments, title } = page;
  const language = given ?? identifyLanguage(languageSample(page));
  // The classifier counts the concepts of each segment as it reads it; the verdict's profile sums them.
  const concepts = new ConceptCounts();
  const firstStage = classifier.scoreAll(segments, language, concepts);
  // Extraction weighs its own retention cues with the first stage's scores: the retention stage reads
  // those same rules, and feeding it back would let a segment's own reading widen what the rules accept
  // there (an age or a response time read as a period where the score passes 0.6). The verdict reads the
  // scores with the stage.
  // The stage's reading runs in extraction's page reading, where the sentences it shares are walked once.
  const { practices, more: kinds } = extractPracticesThen(segments, firstStage, language, () =>
    gatedKinds(segments, concepts, classifier.lexicon, language),
  );
  const scores = classifier.restage(segments, firstStage, language, readerOf(segments, kinds));
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
