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

/**
 * Keys of the runs' figures, cross-validated and validation alike: every key any run has in either set, in
 * order of first appearance (the first run's cross-validated figures, then anything only validation or a
 * later run has). A run trained without validation splits has an empty `validation`, so neither set alone
 * is enough.
 */
export function figureKeys(runs: readonly SeedRun[]): string[] {
  const keys = new Set<string>();
  for (const r of runs) for (const set of [r.cv, r.validation]) for (const k of Object.keys(set)) keys.add(k);
  return [...keys];
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

/**
 * The gate of a figure key ("mapp-de sharing") in a gate section of tools/eval-thresholds.json
 * (`classify` for validation, `classifyCrossValidated` for the out-of-fold figures).
 */
export function gateOf(gates: Readonly<Record<string, CorpusGate>>, key: string): number | undefined {
  const [corpus, what] = key.split(' ');
  const gate = corpus === undefined ? undefined : gates[corpus];
  if (gate === undefined || what === undefined) return undefined;
  if (what === 'micro') return gate.micro;
  if (what === 'macro') return gate.macro;
  return (gate.labels as Readonly<Record<string, number>> | undefined)?.[what];
}

/**
 * The gate the seed spread supports for a figure (validation or cross-validated alike, `classifyGateRule`
 * of tools/eval-thresholds.json): the lower of the worst seed and mean - 2 sd, rounded down to 0.01. A fair
 * retrain (another seed, a change worth nothing) then passes, and a regression larger than the seed noise
 * fails. NaN when a seed lacks the figure.
 */
export function suggestedGate(s: Summary): number {
  return Math.floor(Math.min(s.min, s.mean - 2 * s.sd) * 100 + 1e-9) / 100;
}

/** Which figures of a run: out of fold on TRAIN, or on the validation splits. */
export type FigureSet = 'cv' | 'validation';

/** A figure's gate over the seeds: the gate in force, how many seeds fall under it, and the suggested one. */
export interface GateCheck {
  /** The gate of tools/eval-thresholds.json, undefined when the figure has none. */
  readonly gate: number | undefined;
  /** Seeds under the gate (a seed that lacks the figure fails, as gateFailures has it); 0 without a gate. */
  readonly fails: number;
  /** suggestedGate of the figure's spread over the seeds. */
  readonly suggested: number;
}

export function gateCheck(
  runs: readonly SeedRun[],
  set: FigureSet,
  key: string,
  gates: Readonly<Record<string, CorpusGate>>,
): GateCheck {
  const values = runs.map((r) => r[set][key]);
  const gate = gateOf(gates, key);
  const fails = gate === undefined ? 0 : values.filter((v) => v === undefined || v < gate).length;
  const suggested = suggestedGate(summary(values.map((v) => v ?? Number.NaN)));
  return { gate, fails, suggested };
}

/**
 * The gated figures whose gate is not the one their spread suggests, as "key gate -> suggested":
 * empty when the gates in force are the ones the rule gives for these runs.
 */
export function gateDrift(
  runs: readonly SeedRun[],
  set: FigureSet,
  gates: Readonly<Record<string, CorpusGate>>,
): string[] {
  return figureKeys(runs).flatMap((key) => {
    const { gate, suggested } = gateCheck(runs, set, key, gates);
    if (gate === undefined || Math.abs(gate - suggested) < 1e-9) return [];
    return [`${key} ${gate.toFixed(2)} -> ${Number.isNaN(suggested) ? '-' : suggested.toFixed(2)}`];
  });
}

/** A study as `--out` writes it. */
export interface SavedStudy {
  readonly seeds: readonly number[];
  readonly setSpec?: string;
  readonly lexiconFile?: string;
  readonly baseline: readonly SeedRun[];
  readonly lever: readonly SeedRun[] | null;
}

const isFigures = (x: unknown): x is Figures =>
  typeof x === 'object' && x !== null && Object.values(x).every((v) => typeof v === 'number');

const isRun = (x: unknown): x is SeedRun => {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return Number.isInteger(r.seed) && typeof r.sha === 'string' && isFigures(r.cv) && isFigures(r.validation);
};

/** Reads a saved study (the JSON `--out` writes), checking its shape; `what` names it in errors. */
export function parseStudy(json: unknown, what: string): SavedStudy {
  if (typeof json !== 'object' || json === null) throw new Error(`${what}: not a saved seed study`);
  const o = json as Record<string, unknown>;
  const { seeds, baseline, lever } = o;
  if (!Array.isArray(seeds) || !seeds.every((s) => Number.isInteger(s)))
    throw new Error(`${what}: "seeds" is not a list of integers`);
  if (!Array.isArray(baseline) || !baseline.every(isRun))
    throw new Error(`${what}: "baseline" is not a list of seed runs`);
  if (lever !== null && lever !== undefined && !(Array.isArray(lever) && lever.every(isRun)))
    throw new Error(`${what}: "lever" is neither null nor a list of seed runs`);
  return {
    seeds,
    ...(typeof o.setSpec === 'string' ? { setSpec: o.setSpec } : {}),
    ...(typeof o.lexiconFile === 'string' ? { lexiconFile: o.lexiconFile } : {}),
    baseline,
    lever: Array.isArray(lever) ? lever : null,
  };
}
