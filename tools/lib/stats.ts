/** Order statistics for the benchmarks (which print medians and percentiles, never means). */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 0.5);
}
