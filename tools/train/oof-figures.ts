/**
 * Cross-validated figures per corpus, as scoreAll would read TRAIN out of fold: English corpora from the
 * blended path (when there is one), German from the linear path, each with its context stage and its own
 * thresholds. The same figures as eval:classify computes on validation (micro, macro, per label), so the
 * seed study can set the two side by side.
 */
import { SEGMENT_LABELS, type SegmentLabel } from '../../src/core/vocabulary';
import { type CorpusFigures, figures } from '../lib/classify-metrics';
import { CORPORA, CORPUS_LABELS, type CorpusName } from '../lib/policy-data';
import type { OutOfFold } from './calibrate';
import type { ContextFit } from './context';

export interface CvFigures {
  readonly corpus: CorpusName;
  readonly figures: CorpusFigures;
}

/** Figures of one corpus's predictions: gold is y >= 0.5 (majority labels), predicted is p >= threshold. */
export function corpusFigures(
  corpus: CorpusName,
  preds: readonly OutOfFold[],
  thresholds: readonly number[],
): CorpusFigures {
  const own = preds.filter((o) => o.corpus === corpus);
  const setOf = (pick: (o: OutOfFold, l: number) => boolean) =>
    own.map((o) => new Set<SegmentLabel>(SEGMENT_LABELS.filter((_, l) => pick(o, l))));
  return figures(
    CORPUS_LABELS[corpus],
    setOf((o, l) => o.y[l]! >= 0.5),
    setOf((o, l) => o.p[l]! >= thresholds[l]!),
  );
}

export function outOfFoldFigures(linear: ContextFit, blended: ContextFit | null): CvFigures[] {
  return CORPORA.map((corpus) => {
    const fit = blended?.oof.some((o) => o.corpus === corpus) ? blended : linear;
    return { corpus, figures: corpusFigures(corpus, fit.oof, fit.thresholds) };
  });
}
