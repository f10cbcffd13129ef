/** Durations (ms) of `runs` calls of `fn`, after `warmUp` untimed calls (the benchmarks print their medians). */
export function timeRuns(fn: () => void, runs: number, warmUp: number): number[] {
  for (let i = 0; i < warmUp; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}
