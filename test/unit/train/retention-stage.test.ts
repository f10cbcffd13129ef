import { describe, expect, it } from 'vitest';
import { restage } from '../../../src/core/classify/retention-stage';
import { type RetentionKind, SEGMENT_LABELS } from '../../../src/core/vocabulary';
import type { OutOfFold } from '../../../tools/train/calibrate';
import { DEFAULT_PARAMS } from '../../../tools/train/params';
import { fitRetentionStage } from '../../../tools/train/retention-stage';

const RET = SEGMENT_LABELS.indexOf('retention');
const N = SEGMENT_LABELS.length;

/** OPP-115 segments in 20 policies of 20: those read `specific` are retention although the first stage says 0.1. */
function corpus(): { preds: OutOfFold[]; kinds: RetentionKind[] } {
  const preds: OutOfFold[] = [];
  const kinds: RetentionKind[] = [];
  for (let i = 0; i < 400; i++) {
    const kind: RetentionKind = i % 10 === 0 ? 'specific' : i % 10 === 1 ? 'criteria' : 'none';
    const gold = kind === 'specific' || (kind === 'criteria' && i % 20 === 1) || i % 50 === 7;
    const p = new Float64Array(N);
    p[RET] = kind === 'specific' ? 0.1 : gold ? 0.8 : 0.05 + (i % 7) * 0.02;
    const y = new Float32Array(N);
    y[RET] = gold ? 1 : 0;
    preds.push({ group: `policy${Math.floor(i / 20)}`, corpus: 'opp115', index: i, y, p });
    kinds.push(kind);
  }
  return { preds, kinds };
}

describe('fitRetentionStage: the retention stage fitted out of fold on OPP-115', () => {
  it('learns that a read period is retention, and its out-of-fold F1 says so', () => {
    const { preds, kinds } = corpus();
    const fit = fitRetentionStage(preds, 0.5, 0, kinds, DEFAULT_PARAMS);
    expect(fit.rows).toBe(80);
    expect(fit.positives).toBe(60);
    expect(fit.after).toBeGreaterThan(fit.before);
    // threshold folded in: a specific reading at the first stage's 0.1 now decides retention
    expect(restage(fit.stage, 0.1, 'specific')).toBeGreaterThan(0.5);
    // the figures' predictions keep the view's threshold scale; unread segments keep their scores
    preds.forEach((o, i) => {
      if (kinds[i] === 'none') expect(fit.oof[i]).toBe(o);
    });
  });

  it('is deterministic and leaves other corpora and labels alone', () => {
    const { preds, kinds } = corpus();
    const mapp = preds.map((o) => ({ ...o, corpus: 'mapp-en' as const }));
    const a = fitRetentionStage([...preds, ...mapp], 0.4, 0.3, kinds, DEFAULT_PARAMS);
    const b = fitRetentionStage([...preds, ...mapp], 0.4, 0.3, kinds, DEFAULT_PARAMS);
    expect(a.stage).toEqual(b.stage);
    expect(a.rows).toBe(80);
    a.oof.forEach((o, i) => {
      const before = i < preds.length ? preds[i]! : mapp[i - preds.length]!;
      for (let l = 0; l < N; l++) if (l !== RET) expect(o.p[l]).toBe(before.p[l]);
      if (i >= preds.length) expect(o).toBe(before);
    });
  });
});
