/** Runs a classifier over the validation (or any) split of each corpus and computes the figures. */
import type { Classifier } from '../../src/core/classify/classifier';
import { SEGMENT_LABELS, type SegmentLabel } from '../../src/core/vocabulary';
import { type CorpusFigures, figures } from './classify-metrics';
import {
  CORPORA,
  CORPUS_LABELS,
  type CorpusName,
  corpusLang,
  labelsOf,
  readSegments,
  type Split,
} from './policy-data';

export const THRESHOLD = 0.5;

export interface CorpusResult {
  readonly corpus: CorpusName;
  readonly segments: number;
  readonly figures: CorpusFigures;
}

export function evaluateClassifier(classifier: Classifier, dataDir: string, split: Split): CorpusResult[] {
  return CORPORA.map((corpus) => {
    const segs = readSegments(dataDir, corpus, split);
    const lang = corpusLang(corpus);
    const gold = segs.map((s) => labelsOf(s.labels_majority));
    const predicted = segs.map((s) => {
      const scores = classifier.score(s.text, '', lang);
      return new Set<SegmentLabel>(SEGMENT_LABELS.filter((l) => scores[l] >= THRESHOLD));
    });
    return { corpus, segments: segs.length, figures: figures(CORPUS_LABELS[corpus], gold, predicted) };
  });
}
