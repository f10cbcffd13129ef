/**
 * Runs a classifier over the validation (or any) split of each corpus and computes the figures.
 * `document` (the default) scores each policy's segments together with scoreAll, in order, as the
 * product reads a page (the context stage sees the neighbours); `isolated` scores every segment alone.
 * Both read extraction's retention rules for the retention stage, as the product does (readRetentionAlone).
 */

import type { Classifier } from '../../src/core/classify/classifier';
import type { Segment } from '../../src/core/page/segment';
import { readRetentionAlone } from '../../src/core/retention-reading';
import { type LabelScores, SEGMENT_LABELS, type SegmentLabel } from '../../src/core/vocabulary';
import { type CorpusFigures, figures } from './classify-metrics';
import {
  CORPORA,
  CORPUS_LABELS,
  type CorpusName,
  corpusLang,
  labelsOf,
  type PolicySegment,
  readSegments,
  type Split,
} from './policy-data';

export const THRESHOLD = 0.5;

export type EvalMode = 'document' | 'isolated';

export interface CorpusResult {
  readonly corpus: CorpusName;
  readonly segments: number;
  readonly figures: CorpusFigures;
}

/** The segments of a corpus file as pages: one run of segments per policy, in file order. */
export function policyRuns(segs: readonly PolicySegment[]): PolicySegment[][] {
  const runs: PolicySegment[][] = [];
  for (const s of segs) {
    const last = runs.at(-1);
    if (last !== undefined && last[0]!.policy_id === s.policy_id) last.push(s);
    else runs.push([s]);
  }
  return runs;
}

function asSegments(run: readonly PolicySegment[]): Segment[] {
  return run.map((s, id) => ({ id, kind: 'paragraph', text: s.text, heading: '', level: 0 }));
}

export function scoreCorpus(
  classifier: Classifier,
  corpus: CorpusName,
  segs: readonly PolicySegment[],
  mode: EvalMode,
): LabelScores[] {
  const lang = corpusLang(corpus);
  if (mode === 'isolated') return segs.map((s) => classifier.score(s.text, '', lang, readRetentionAlone));
  return policyRuns(segs).flatMap((run) =>
    classifier.scoreAll(asSegments(run), lang, undefined, readRetentionAlone),
  );
}

export function evaluateClassifier(
  classifier: Classifier,
  dataDir: string,
  split: Split,
  mode: EvalMode = 'document',
): CorpusResult[] {
  return CORPORA.map((corpus) => {
    const segs = readSegments(dataDir, corpus, split);
    const gold = segs.map((s) => labelsOf(s.labels_majority));
    const predicted = scoreCorpus(classifier, corpus, segs, mode).map(
      (scores) => new Set<SegmentLabel>(SEGMENT_LABELS.filter((l) => scores[l] >= THRESHOLD)),
    );
    return { corpus, segments: segs.length, figures: figures(CORPUS_LABELS[corpus], gold, predicted) };
  });
}
