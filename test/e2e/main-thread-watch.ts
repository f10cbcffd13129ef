/**
 * Watches a page's main thread while Plainly works on it, two ways:
 *  - the Long Tasks API (a PerformanceObserver in the page): every task of 50 ms or more, wall clock;
 *  - Chromium's trace of the page's renderer main thread (CDP Tracing, category "toplevel"): every task
 *    with its wall time and its thread time. Thread time is what the task itself cost: on a busy machine
 *    the operating system may pause the thread in the middle of a short task, which makes it long on the
 *    wall clock (and for the Long Tasks API) but not in thread time.
 * A user-timing mark put in the page when the watch starts ties the two clocks together.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Task {
  /** On the page's clock (performance.now()), ms. */
  start: number;
  wall: number;
  cpu: number;
}

export interface MainThread {
  /** Long Tasks API entries. */
  longTasks: { start: number; duration: number }[];
  /** Every task of the page's main thread from the start of the watch. */
  tasks: Task[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

type WatchedWindow = Window & {
  __plainlyLongTasks: { start: number; duration: number }[];
  __plainlyObserver: PerformanceObserver;
};

const MARK = 'plainly-watch';

/**
 * Starts watching once the page has loaded and rendered (so parsing and the first layout of a 5 MB page
 * are not counted); the returned function stops and gives what was seen.
 */
export async function watchMainThread(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<MainThread>> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  const markAt = await page.evaluate((name) => {
    const watched = window as unknown as WatchedWindow;
    watched.__plainlyLongTasks = [];
    watched.__plainlyObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        watched.__plainlyLongTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    watched.__plainlyObserver.observe({ type: 'longtask' });
    return performance.mark(name).startTime;
  }, MARK);

  return async () => {
    const longTasks = await page.evaluate(() => {
      const watched = window as unknown as WatchedWindow;
      for (const entry of watched.__plainlyObserver.takeRecords())
        watched.__plainlyLongTasks.push({ start: entry.startTime, duration: entry.duration });
      watched.__plainlyObserver.disconnect();
      return watched.__plainlyLongTasks;
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mark = events.find((e) => e.name === MARK);
    if (!mark) throw new Error('the trace holds no mark of the page: cannot find its main thread');
    const tasks = topLevel(
      events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts),
    ).map((e) => ({
      start: markAt + (e.ts - mark.ts) / 1000,
      wall: (e.dur ?? 0) / 1000,
      cpu: (e.tdur ?? e.dur ?? 0) / 1000,
    }));
    // The task that set the watch up (the evaluate above, which holds the mark) can itself be reported as a
    // long task on a loaded machine; it began before the mark, where the trace is cut, and is not Plainly's.
    return { longTasks: longTasks.filter((t) => t.start >= markAt), tasks };
  };
}

/**
 * The outermost timed events of one thread: its tasks. (Not only "RunTask": a microtask checkpoint after a
 * scheduler.yield() continuation, for one, is traced at the top level of its own.)
 */
function topLevel(events: readonly TraceEvent[]): TraceEvent[] {
  const timed = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tops: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const event of timed) {
    if (event.ts < end) continue;
    tops.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return tops;
}

/**
 * The traced work a Long Tasks API entry is: the top-level trace events that overlap it, which must cover at
 * least nine tenths of it, taken together as one task (their thread times summed). Usually that is one event,
 * starting within a millisecond of the entry; but the browser may trace one task as two top-level events (a
 * task and the microtask checkpoint after it), and on a loaded machine the two clocks drift by a little more,
 * so the match is by overlap, not by equal figures. Summing every overlapping event's thread time can only
 * make the task costlier, never hide one.
 */
export function traced(seen: MainThread, longTask: { start: number; duration: number }): Task | undefined {
  const end = longTask.start + longTask.duration;
  const overlap = (t: Task): number => Math.min(t.start + t.wall, end) - Math.max(t.start, longTask.start);
  const parts = seen.tasks.filter((t) => overlap(t) > 0);
  const covered = parts.reduce((sum, t) => sum + overlap(t), 0);
  const first = parts[0];
  const last = parts.at(-1);
  if (first === undefined || last === undefined || covered < 0.9 * longTask.duration) return undefined;
  return {
    start: first.start,
    wall: last.start + last.wall - first.start,
    cpu: parts.reduce((sum, t) => sum + t.cpu, 0),
  };
}

/** What was seen near an instant, for a failure message. */
export function near(seen: MainThread, at: number): string {
  const tasks = seen.tasks.filter((t) => t.start + t.wall > at - 20 && t.start < at + 120);
  const show = (t: { start: number; duration?: number; wall?: number }): string =>
    `${(t.start - at).toFixed(1)}+${(t.duration ?? t.wall ?? 0).toFixed(1)}`;
  return `long tasks ${seen.longTasks.map(show).join(' ') || 'none'}; traced ${tasks.map(show).join(' ') || 'none'} (ms from the instant looked at)`;
}

/**
 * Proof that the Long Tasks API and the trace both see this page's long tasks: an 80 ms task of the page.
 * Other long tasks may come first on a loaded machine (a garbage collection, a layout of a 5 MB page), so the
 * task looked for is the one the busy loop ran in.
 */
export async function expectLongTaskSeen(context: BrowserContext, page: Page): Promise<void> {
  const stop = await watchMainThread(context, page);
  const busyAt = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        setTimeout(() => {
          const start = performance.now();
          const end = start + 80;
          while (performance.now() < end) {
            // busy: one long task
          }
          setTimeout(() => resolve(start), 0);
        }, 0);
      }),
  );
  const covers = (t: { start: number; duration: number }): boolean =>
    t.start <= busyAt && busyAt <= t.start + t.duration;
  await expect
    .poll(() => page.evaluate(() => (window as unknown as WatchedWindow).__plainlyLongTasks))
    .toSatisfy((tasks: { start: number; duration: number }[]) => tasks.some(covers));
  const seen = await stop();
  const longTask = seen.longTasks.find(covers);
  expect(longTask?.duration, near(seen, busyAt)).toBeGreaterThanOrEqual(80);
  // The trace has the same task: the two clocks are tied together right.
  expect(longTask && traced(seen, longTask), near(seen, busyAt)).toBeDefined();
}
