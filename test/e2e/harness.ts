/**
 * Launches Debian's Chromium with the built extension (dist/) loaded, per docs/toolchain-notes.md:
 * --disable-extensions-except + --load-extension, headless, an empty profile per run, and host resolution
 * limited to 127.0.0.1 so nothing can reach the network. Every request the browser context sees (pages,
 * extension pages, the service worker) is recorded for the no-network assertion.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { Report } from '../../src/core/report';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

function chromiumPath(): string {
  const found = [process.env.PLAINLY_CHROMIUM, ...CHROMIUM_CANDIDATES].find(
    (candidate): candidate is string => typeof candidate === 'string' && existsSync(candidate),
  );
  if (!found) throw new Error('No Chromium found (install Debian chromium or set PLAINLY_CHROMIUM)');
  return found;
}

/** What the background keeps per tab (src/messages.ts TabState, loosely: the test reads it from storage). */
export interface StoredState {
  runId: string;
  url: string;
  phase: 'gated' | 'analysing' | 'analysed' | 'failed';
  gate: { candidate: boolean; kind: string; reason: string };
  report: { detection: { isPolicy: boolean; kind: string } } | null;
}

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every URL requested in the context (pages, extension pages, service worker), in order. */
  requests: string[];
  close(): Promise<void>;
  /** Synchronous cleanup at process exit (the browser itself is killed by Playwright): removes the profile. */
  kill(): void;
}

let shared: Promise<Extension> | null = null;

/**
 * One browser for the whole e2e run (vitest.e2e.config.ts runs the files in one worker without isolation):
 * launching is cheap, but a fresh service worker has a cold model, and the run should stay short.
 * The browser is closed when the worker exits.
 */
export function useExtension(): Promise<Extension> {
  shared ??= launchExtension().then((ext) => {
    process.once('exit', () => ext.kill());
    return ext;
  });
  return shared;
}

/** A second browser for a test that needs other launch flags (e.g. `--lang=de`), with its own profile. */
export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** The profile folder's name under test-results/ (one per concurrently running browser). */
  profileName?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    throw new Error('dist/ is missing: run `npm run build:chrome` before the e2e tests');
  }
  // An empty profile each run, in one known place (a run killed midway leaves nothing behind in /tmp).
  const profile = path.join(ROOT, 'test-results', options.profileName ?? 'e2e-profile');
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1000, height: 700 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-background-networking',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(options.args ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const ext: Extension = {
    context,
    worker,
    id,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    kill() {
      // Playwright kills the browsers it launched when the process exits; the profile is ours to remove.
      rmSync(profile, { recursive: true, force: true });
    },
  };
  // A stopped service worker comes back as a new Worker: keep `worker` pointing at the live one.
  context.on('serviceworker', (w) => {
    if (isOurs(w)) ext.worker = w;
  });
  return ext;
}

/** Stops the extension's service worker, as the browser does after 30 s idle (DevTools keeps it alive). */
export async function stopServiceWorker(ext: Extension, page: Page): Promise<void> {
  interface Version {
    scriptURL: string;
    runningStatus: string;
  }
  const cdp = await ext.context.newCDPSession(page);
  const ours = (v: Version): boolean => v.scriptURL.startsWith(`chrome-extension://${ext.id}/`);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    if (event.versions.some((v) => ours(v) && v.runningStatus === 'stopped')) stopped = true;
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => stopped, { timeout: 5000 }).toBe(true);
  } finally {
    await cdp.detach();
  }
}

/** The tab id of a page, without the tabs permission (pitfall P6): the active tab of the window. */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

export function badgeText(ext: Extension, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function storedState(ext: Extension, tabId: number): Promise<StoredState | null> {
  return ext.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const stored = await chrome.storage.session.get(key);
    return (stored[key] as StoredState | undefined) ?? null;
  }, tabId);
}

/**
 * Waits until the background holds a finished state (gated without analysis, analysed, failed) for `url`,
 * from a run other than `previousRunId` (the state of the page before a navigation or reload).
 */
export async function settledState(
  ext: Extension,
  tabId: number,
  url: string,
  previousRunId?: string,
): Promise<StoredState> {
  const seen: { state: StoredState | null } = { state: null };
  await expect
    .poll(
      async () => {
        seen.state = await storedState(ext, tabId);
        const state = seen.state;
        return (
          state !== null && state.url === url && state.phase !== 'analysing' && state.runId !== previousRunId
        );
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(true);
  if (!seen.state) throw new Error(`no state for ${url}`);
  return seen.state;
}

/** Navigates a page and waits until the background has settled the new page's state. */
export async function visitSettled(
  ext: Extension,
  page: Page,
  url: string,
): Promise<{ tabId: number; state: StoredState }> {
  const tabId = await tabIdOf(ext, page);
  const before = await storedState(ext, tabId);
  await page.goto(url);
  const state = await settledState(ext, tabId, page.url(), before?.runId);
  return { tabId, state };
}

/** Opens the popup as a tab for a given tab id (pitfall P8). */
export async function openPopupFor(ext: Extension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.id}/index.html?tabId=${tabId}`);
  return popup;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const NETWORK = /^(https?|wss?|ftp):/i;

/** Network requests (http, https, ws...) to anything but the fixture server. */
export function foreignRequests(ext: Extension, origin: string): string[] {
  return ext.requests.filter((url) => NETWORK.test(url) && !url.startsWith(`${origin}/`));
}

/** The answer to "Analyse anyway" (AnalyseResult of src/messages.ts, read loosely by the tests). */
export interface AnalyseAnswer {
  ok: boolean;
  report?: Report;
  error?: string;
}

/** "Analyse anyway", sent to the tab's content script as the popup sends it (the page stays in front). */
export function analyseAnyway(ext: Extension, tabId: number): Promise<AnalyseAnswer> {
  return ext.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'popup/analyse' }, { frameId: 0 }) as Promise<AnalyseAnswer>,
    tabId,
  );
}
