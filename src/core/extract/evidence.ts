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
  // The best of each quote (segment and text) at the place its quote first came; texts are looked up as
  // they are, without a key joined from both (a joined key copies every sentence to hash it).
  const best: Evidence[] = [];
  const at = new Map<number, Map<string, number>>();
  for (const e of candidates) {
    let texts = at.get(e.segment);
    if (!texts) {
      texts = new Map();
      at.set(e.segment, texts);
    }
    const k = texts.get(e.text);
    if (k === undefined) {
      texts.set(e.text, best.length);
      best.push(e);
    } else if (e.score > (best[k]?.score ?? 0)) best[k] = e;
  }
  return best.sort((a, b) => b.score - a.score || a.segment - b.segment).slice(0, max);
}
