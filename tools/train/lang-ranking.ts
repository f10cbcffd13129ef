/**
 * `npx tsx tools/train/lang-ranking.ts [model.json]`: pooled figures of the nine untrained languages on
 * test/lang-eval (passages scored alone, as eval-lang does): per label, F1 at 0.5, average precision
 * (threshold-free ranking quality) and the best F1 over thresholds. Pooling ~800 passages makes the
 * comparison of two models less noisy than per-language F1. Measurement only.
 */
import { readFileSync } from 'node:fs';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lang } from '../../src/core/vocabulary';
import { readLangSet } from '../lib/lang-eval-set';

const file = process.argv[2] ?? 'src/model/classifier.json';
const c = loadClassifier(JSON.parse(readFileSync(file, 'utf8')));
const LANGS: Lang[] = ['nl', 'nb', 'sv', 'da', 'fr', 'es', 'it', 'pl', 'pt'];
const LABELS = ['collection', 'sharing', 'retention'] as const;

for (const group of [LANGS, ['en', 'de'] as Lang[]]) {
  const rows: Array<{ s: Record<string, number>; y: Set<string> }> = [];
  for (const lang of group)
    for (const p of readLangSet(lang).passages)
      rows.push({ s: c.score(p.text, p.heading, lang), y: new Set(p.labels) });
  const cells = LABELS.map((l) => {
    const sorted = [...rows].sort((a, b) => b.s[l]! - a.s[l]!);
    const pos = rows.filter((r) => r.y.has(l)).length;
    let tp = 0;
    let ap = 0;
    let best = 0;
    sorted.forEach((r, i) => {
      if (r.y.has(l)) {
        tp++;
        ap += tp / (i + 1);
      }
      best = Math.max(best, (2 * tp) / (i + 1 + pos));
    });
    const pred = rows.filter((r) => r.s[l]! >= 0.5);
    const tp5 = pred.filter((r) => r.y.has(l)).length;
    const f1 = (2 * tp5) / (pred.length + pos);
    return `${l} F1@.5 ${(100 * f1).toFixed(1)} AP ${((100 * ap) / pos).toFixed(1)} bestF1 ${(100 * best).toFixed(1)} (P ${((100 * tp5) / Math.max(1, pred.length)).toFixed(0)} R ${((100 * tp5) / pos).toFixed(0)})`;
  });
  console.log(`${group.join(',').padEnd(26)} n=${rows.length} | ${cells.join(' | ')}`);
}
