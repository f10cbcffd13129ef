/** ISO-8601 durations (P5Y, P3M, PT48H) ordered by length, for a stable, readable order. */

const PATTERN =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/;
/** Days per unit, in the order of the pattern's groups. */
const DAYS = [365, 30, 7, 1, 1 / 24, 1 / 1440];

/** Approximate length in days; Infinity for text that is not a duration (sorted last). */
export function approximateDays(iso: string): number {
  const match = PATTERN.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return Number.POSITIVE_INFINITY;
  return DAYS.reduce((sum, days, i) => sum + Number(match[i + 1] ?? 0) * days, 0);
}

/** Distinct periods, shortest first. */
export function orderPeriods(periods: readonly string[]): string[] {
  return [...new Set(periods)].sort((a, b) => approximateDays(a) - approximateDays(b) || a.localeCompare(b));
}
