/** Precision / recall / F1 per label, micro and macro, for multi-label segment predictions. */
import type { SegmentLabel } from '../../src/core/vocabulary';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface LabelFigures {
  readonly label: SegmentLabel;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface CorpusFigures {
  readonly labels: readonly LabelFigures[];
  readonly micro: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly macroF1: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function f1Of(c: Counts): number {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/** Gold and predicted label sets per segment -> figures over `labels`. */
export function figures(
  labels: readonly SegmentLabel[],
  gold: ReadonlyArray<ReadonlySet<SegmentLabel>>,
  predicted: ReadonlyArray<ReadonlySet<SegmentLabel>>,
): CorpusFigures {
  const per = labels.map((label) => {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    gold.forEach((g, i) => {
      const p = predicted[i]!.has(label);
      if (g.has(label) && p) c.tp++;
      else if (p) c.fp++;
      else if (g.has(label)) c.fn++;
    });
    return { label, c };
  });
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { c } of per) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const rows: LabelFigures[] = per.map(({ label, c }) => ({
    label,
    support: c.tp + c.fn,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: f1Of(c),
  }));
  return {
    labels: rows,
    micro: {
      precision: ratio(total.tp, total.tp + total.fp),
      recall: ratio(total.tp, total.tp + total.fn),
      f1: f1Of(total),
    },
    macroF1: rows.reduce((s, r) => s + r.f1, 0) / Math.max(1, rows.length),
  };
}

export function formatFigures(title: string, f: CorpusFigures): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [`${title}`, `  ${'label'.padEnd(12)} ${'n'.padStart(5)}  prec   rec    f1`];
  for (const r of f.labels) {
    lines.push(
      `  ${r.label.padEnd(12)} ${String(r.support).padStart(5)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`,
    );
  }
  lines.push(
    `  ${'micro'.padEnd(12)} ${''.padStart(5)}  ${pct(f.micro.precision)}  ${pct(f.micro.recall)}  ${pct(f.micro.f1)}`,
  );
  lines.push(`  ${'macro-F1'.padEnd(12)} ${''.padStart(5)}                ${pct(f.macroF1)}`);
  return lines.join('\n');
}
