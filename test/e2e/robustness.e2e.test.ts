import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import {
  badgeText,
  type Extension,
  FIXTURES,
  foreignRequests,
  openPopupFor,
  screenshot,
  useExtension,
  visitSettled,
} from './harness';
import { generatedPages, HUGE } from './pages';
import { type FixtureServer, useFixtureServer } from './server';

let ext: Extension;
let server: FixtureServer;
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  ext.context.on('page', (p) => {
    p.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    p.on('pageerror', (error) => errors.push(error.message));
  });
  page = await ext.context.newPage();
  // Long main-thread tasks of the page (the content script runs on the page's main thread).
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterAll(async () => {
  await page?.close();
});

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopupFor(ext, tabId);
  popup.on('pageerror', (error) => errors.push(error.message));
  return popup;
}

async function analyseAnyway(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: messages.analyseAnyway.message }).click();
  await popup.locator('main[data-popup=report]').waitFor({ timeout: 20_000 });
}

describe('bad input', () => {
  it.each([
    ['an empty page', '/special/empty.html'],
    ['an image-only page', '/special/image-only.html'],
  ])('%s: no badge, and "Analyse anyway" says there is nothing to read', async (_name, pathname) => {
    const { tabId, state } = await visitSettled(ext, page, server.url(pathname));
    expect(state.gate.candidate).toBe(false);
    expect(await badgeText(ext, tabId)).toBe('');
    const popup = await popupFor(tabId);
    await popup.locator('[data-view^=not-policy]').waitFor();
    await analyseAnyway(popup);
    expect(await popup.locator('[data-view=empty]').count()).toBe(1);
    await popup.close();
  });

  it('a 5 MB page: the gate stays cheap, no badge, and a forced analysis finishes on a capped text', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(HUGE));
    expect(state.gate.candidate).toBe(false);
    expect(await badgeText(ext, tabId)).toBe('');
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    const popup = await popupFor(tabId);
    await analyseAnyway(popup);
    const words = Number(((await popup.locator('.stats').textContent()) ?? '').replace(/\D/g, ''));
    expect(words).toBeGreaterThan(0);
    // Capped: the page holds about 900,000 words; the analysis reads at most 250,000 characters.
    expect(words).toBeLessThan(60_000);
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    console.info(`5 MB page, forced analysis: longest main-thread task ${Math.round(longest)} ms`);
    await popup.close();
  });

  it('an XSS page: markup from the page is shown as text and nothing runs', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url('/special/xss-policy.html'));
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(messages.badgeText.message);
    const popup = await popupFor(tabId);
    await popup.locator('[data-section=collection]').waitFor();
    const text = (await popup.textContent('body')) ?? '';
    expect(text).toContain('<img src=x onerror="window.__plainlyXss=1">');
    expect(text).toContain('<script>window.__plainlyXss=2</script>');
    const dom = await popup.evaluate(() => ({
      images: document.querySelectorAll('img:not(.brand-icon)').length,
      scripts: document.querySelectorAll('script').length,
      global: (window as unknown as { __plainlyXss?: number }).__plainlyXss ?? null,
    }));
    expect(dom).toEqual({ images: 0, scripts: 1, global: null });
    expect(
      await page.evaluate(() => (window as unknown as { __plainlyXss?: number }).__plainlyXss ?? null),
    ).toBe(null);
    await screenshot(popup, 'popup-xss');
    await popup.close();
    expect(dialogs).toEqual([]);
  });

  it('raised no uncaught error and made no network request except to the fixture server', () => {
    expect(errors).toEqual([]);
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
