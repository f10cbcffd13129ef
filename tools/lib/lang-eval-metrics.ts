/** Counting helpers of tools/eval-lang.ts: set overlap, precision / recall / F1, accuracy, durations. */

export interface Overlap {
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  right: number;
  total: number;
}

export const emptyOverlap = (): Overlap => ({ tp: 0, fp: 0, fn: 0 });
export const emptyTally = (): Tally => ({ right: 0, total: 0 });

/** Adds the overlap of a predicted set with a gold set to `into`; returns the missed and extra items. */
export function addSets<T>(
  into: Overlap,
  predicted: readonly T[],
  gold: readonly T[],
): { missed: T[]; extra: T[] } {
  const g = new Set(gold);
  const p = new Set(predicted);
  const missed = [...g].filter((x) => !p.has(x));
  const extra = [...p].filter((x) => !g.has(x));
  into.tp += g.size - missed.length;
  into.fp += extra.length;
  into.fn += missed.length;
  return { missed, extra };
}

export function addOverlap(into: Overlap, more: Overlap): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export function addTally(into: Tally, more: Tally): void {
  into.right += more.right;
  into.total += more.total;
}

/** Precision, recall, F1; an empty side counts as perfect so that "nothing to find, nothing found" is 1. */
export function prf(o: Overlap): { p: number; r: number; f1: number } {
  const p = o.tp + o.fp === 0 ? 1 : o.tp / (o.tp + o.fp);
  const r = o.tp + o.fn === 0 ? 1 : o.tp / (o.tp + o.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const accuracy = (t: Tally): number => (t.total === 0 ? 1 : t.right / t.total);

const DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 };
const HOURS: Record<string, number> = { H: 1, M: 1 / 60, S: 1 / 3600 };

/** An ISO-8601 duration in hours (P1Y and P12M differ by five days: compared with a 3% tolerance). */
export function durationHours(iso: string): number | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
    iso,
  );
  if (m === null || iso === 'P' || iso.endsWith('T')) return null;
  const [, y, mo, w, d, h, mi, s] = m.map((x) => Number(x ?? 0));
  const days = (y ?? 0) * DAYS.Y! + (mo ?? 0) * DAYS.M! + (w ?? 0) * DAYS.W! + (d ?? 0) * DAYS.D!;
  return days * 24 + (h ?? 0) * HOURS.H! + (mi ?? 0) * HOURS.M! + (s ?? 0) * HOURS.S!;
}

/** True when both lists name the same durations (each within 3% of one on the other side). */
export function samePeriods(predicted: readonly string[], gold: readonly string[]): boolean {
  const hours = (list: readonly string[]) => list.map(durationHours).filter((h): h is number => h !== null);
  const p = hours(predicted);
  const g = hours(gold);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.03 * Math.max(a, b);
  return p.every((x) => g.some((y) => near(x, y))) && g.every((y) => p.some((x) => near(x, y)));
}

export const pct = (x: number): string => (x * 100).toFixed(0).padStart(3);
export const fmtPrf = (o: Overlap): string => {
  const { p, r, f1 } = prf(o);
  return `${pct(p)} ${pct(r)} ${pct(f1)}`;
};
