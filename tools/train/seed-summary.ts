/** Figures of several training runs (seeds): flattening, mean / sd / min / max, paired differences, gates. */
import type { CorpusGate } from '../lib/classify-gate';
import type { CorpusFigures } from '../lib/classify-metrics';

/** "corpus micro", "corpus macro", "corpus label" -> F1. */
export type Figures = Readonly<Record<string, number>>;

export interface SeedRun {
  readonly seed: number;
  /** sha256 of the model the run exported (compared with the committed one). */
  readonly sha: string;
  readonly cv: Figures;
  readonly validation: Figures;
  /** Labels whose context stage was kept, per path ("linear: collection sharing; blended: ..."). */
  readonly contextKept?: string;
}

export function flatten(results: ReadonlyArray<{ corpus: string; figures: CorpusFigures }>): Figures {
  const out: Record<string, number> = {};
  for (const { corpus, figures } of results) {
    out[`${corpus} micro`] = figures.micro.f1;
    out[`${corpus} macro`] = figures.macroF1;
    for (const row of figures.labels) out[`${corpus} ${row.label}`] = row.f1;
  }
  return out;
}

/** Keys of the runs' figures, in the order of the first run (cross-validated and validation alike). */
export function figureKeys(runs: readonly SeedRun[]): string[] {
  return Object.keys(runs[0]?.validation ?? runs[0]?.cv ?? {});
}

export interface Summary {
  readonly mean: number;
  /** Sample standard deviation (n - 1); 0 for a single value. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

export function summary(xs: readonly number[]): Summary {
  const n = xs.length;
  if (n === 0) return { mean: Number.NaN, sd: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const sd = n < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  return { mean, sd, min: Math.min(...xs), max: Math.max(...xs) };
}

/** Differences lever - baseline of the same seeds: mean, sd, and t = mean / (sd / sqrt(n)). */
export function pairedSummary(
  baseline: readonly SeedRun[],
  lever: readonly SeedRun[],
  pick: (r: SeedRun) => number | undefined,
): Summary & { readonly t: number } {
  const d = baseline.map((b) => {
    const l = lever.find((x) => x.seed === b.seed);
    const a = l === undefined ? undefined : pick(l);
    const c = pick(b);
    return a === undefined || c === undefined ? Number.NaN : a - c;
  });
  const s = summary(d);
  const se = s.sd / Math.sqrt(d.length);
  return { ...s, t: se > 0 ? s.mean / se : s.mean === 0 ? 0 : Math.sign(s.mean) * Number.POSITIVE_INFINITY };
}

/** The gate of a figure key ("mapp-de sharing") in tools/eval-thresholds.json's classify section. */
export function gateOf(gates: Readonly<Record<string, CorpusGate>>, key: string): number | undefined {
  const [corpus, what] = key.split(' ');
  const gate = corpus === undefined ? undefined : gates[corpus];
  if (gate === undefined || what === undefined) return undefined;
  if (what === 'micro') return gate.micro;
  if (what === 'macro') return gate.macro;
  return (gate.labels as Readonly<Record<string, number>> | undefined)?.[what];
}

/**
 * The gate the seed spread supports for a validation figure: the lower of the worst seed and
 * mean - 2 sd, rounded down to 0.01. A fair retrain (another seed, a change worth nothing) then passes,
 * and a regression larger than the seed noise fails.
 */
export function suggestedGate(s: Summary): number {
  return Math.floor(Math.min(s.min, s.mean - 2 * s.sd) * 100 + 1e-9) / 100;
}
