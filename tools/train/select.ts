/**
 * Per-label choice of how a label reads a segment (whole, or sentences pooled with sharpness r), from
 * out-of-fold F1 on TRAIN: a later candidate must beat the best so far by `margin`.
 */
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { CORPORA } from '../lib/policy-data';
import { chooseThresholds, type OutOfFold, type Threshold } from './calibrate';
import type { CrossValidation } from './cross-validate';

export interface Candidate {
  readonly pooling: number;
  readonly cv: CrossValidation;
  readonly thresholds: Threshold[];
}

export function candidateOf(pooling: number, cv: CrossValidation): Candidate {
  return { pooling, cv, thresholds: chooseThresholds(cv.full) };
}

export function chooseByLabel(candidates: readonly Candidate[], margin: number): Candidate[] {
  return SEGMENT_LABELS.map((_, l) => {
    let best = candidates[0]!;
    for (const c of candidates.slice(1)) if (c.thresholds[l]!.f1 > best.thresholds[l]!.f1 + margin) best = c;
    return best;
  });
}

/** One line per corpus: micro-F1 and per-label F1 of the chosen candidates' out-of-fold predictions. */
export function reportOutOfFold(
  title: string,
  chosen: readonly Candidate[],
  pick: (c: Candidate) => readonly OutOfFold[],
  thresholds: readonly number[],
): string[] {
  const fmt = (x: number): string => x.toFixed(3);
  return CORPORA.map((corpus) => {
    const tot = { tp: 0, fp: 0, fn: 0 };
    const cells: string[] = [];
    SEGMENT_LABELS.forEach((label, l) => {
      if (corpus !== 'opp115' && label !== 'collection' && label !== 'sharing') return;
      const c = { tp: 0, fp: 0, fn: 0 };
      for (const o of pick(chosen[l]!)) {
        if (o.corpus !== corpus) continue;
        const gold = o.y[l]! >= 0.5;
        const pred = o.p[l]! >= thresholds[l]!;
        if (gold && pred) c.tp++;
        else if (pred) c.fp++;
        else if (gold) c.fn++;
      }
      tot.tp += c.tp;
      tot.fp += c.fp;
      tot.fn += c.fn;
      cells.push(`${label} ${fmt((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn))}`);
    });
    const micro = (2 * tot.tp) / Math.max(1, 2 * tot.tp + tot.fp + tot.fn);
    return `  ${title} ${corpus.padEnd(8)} micro ${fmt(micro)} | ${cells.join(', ')}`;
  });
}
