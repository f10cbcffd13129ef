/**
 * What Plainly remembers of the policies it analysed, on this device only (storage.local, one item):
 * a fingerprint per policy address, at most MAX_SITES of them (src/core/history). Writes are queued so
 * two tabs finishing at once do not lose each other's visit.
 */
import { browser } from '../browser';
import { bookSize, type HistoryBook, type HistoryNote, parseBook, recordVisit } from '../core/history/book';
import { fingerprintOf } from '../core/history/fingerprint';
import { siteKey } from '../core/history/site';
import type { Report } from '../core/report';

const KEY = 'history';

let queue: Promise<unknown> = Promise.resolve();

function queued<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function readBook(): Promise<HistoryBook> {
  const stored = await browser.storage.local.get(KEY);
  return parseBook(stored[KEY]);
}

/**
 * Records an analysed policy and returns what changed since the last version seen, if anything did.
 * Pages without a web address (files, data: pages) are not remembered.
 */
export function rememberPolicy(report: Report, now: Date = new Date()): Promise<HistoryNote | null> {
  const site = siteKey(report.source.url);
  if (!site || !report.detection.isPolicy) return Promise.resolve(null);
  return queued(async () => {
    const seen = fingerprintOf(report, {
      site,
      analyser: browser.runtime.getManifest().version,
      seenAt: now.toISOString(),
    });
    const { book, note } = recordVisit(await readBook(), seen);
    await browser.storage.local.set({ [KEY]: book });
    return note;
  });
}

/** How many policies are remembered (for the options page). */
export function rememberedCount(): Promise<number> {
  return queued(async () => bookSize(await readBook()));
}

/** Forgets every remembered policy. */
export function forgetHistory(): Promise<void> {
  return queued(() => browser.storage.local.remove(KEY));
}
