import type { Evidence } from '../report';
import type { SentenceRef } from './context';

/** At most this many quotes per practice: the card shows a few, best first. */
export const MAX_EVIDENCE = 5;

/** A quote of a sentence, verbatim, with a score in [0, 1] rounded for the report. */
export function quote(ref: SentenceRef, score: number): Evidence {
  return {
    segment: ref.ctx.segment.id,
    text: ref.sentence.text,
    score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100,
  };
}

/** Best-first, without duplicate quotes, at most `max`; ties keep page order. */
export function topEvidence(candidates: readonly Evidence[], max = MAX_EVIDENCE): Evidence[] {
  const best = new Map<string, Evidence>();
  for (const e of candidates) {
    const key = `${e.segment}\u0000${e.text}`;
    const seen = best.get(key);
    if (!seen || e.score > seen.score) best.set(key, e);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.segment - b.segment).slice(0, max);
}
