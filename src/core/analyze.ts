import type { Classifier } from './classify/classifier';
import { judgePage } from './detect/verdict';
import { extractPractices } from './extract/index';
import { identifyLanguage } from './lang/identify';
import type { SegmentedPage } from './page/segment';
import type { Practices, Report } from './report';
import { countWords } from './text/normalize';
import type { LabelScores, Lang } from './vocabulary';

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
  const { language, scores, practices } = readPage(page, options.classifier);
  const detection = judgePage({
    title: page.title,
    segments,
    scores,
    practices,
    lexicon: options.classifier.lexicon,
    lang: language,
  });
  const words = segments.reduce((sum, s) => sum + countWords(s.text), 0);
  return {
    version: 1,
    source: { url: options.url, title: page.title || null },
    language,
    detection,
    stats: { segments: segments.length, words, ms: Math.round((performance.now() - started) * 100) / 100 },
    practices,
  };
}

/** What the page says, before the verdict (which tools/train-detect.ts fits on this too). */
export interface PageReading {
  language: Lang;
  /** Label scores per segment. */
  scores: LabelScores[];
  practices: Practices;
}

export function readPage(page: SegmentedPage, classifier: Classifier): PageReading {
  const { segments } = page;
  const language = identifyLanguage(languageSample(page));
  const scores = classifier.scoreAll(segments, language);
  return {
    language,
    scores,
    practices: extractPractices(segments, scores, language),
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
