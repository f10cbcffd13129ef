import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import {
  badgeText,
  type Extension,
  FIXTURES,
  foreignRequests,
  openPopupFor,
  SCREENSHOTS,
  screenshot,
  stopServiceWorker,
  tabIdOf,
  useExtension,
  visitSettled,
} from './harness';
import { generatedPages } from './pages';
import { openRealPopup } from './real-popup';
import { type FixtureServer, useFixtureServer } from './server';
import { openAllQuotes } from './ui';

const BADGE = messages.badgeText.message;

let ext: Extension;
let server: FixtureServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  ext.context.on('weberror', (error) => errors.push(error.error().message));
  page = await ext.context.newPage();
});

afterAll(async () => {
  await page?.close();
});

async function policyTab(seed: string): Promise<number> {
  const { tabId, state } = await visitSettled(ext, page, server.url(`/policies/${seed}.html`));
  expect(state.report?.detection.isPolicy).toBe(true);
  expect(await badgeText(ext, tabId)).toBe(BADGE);
  return tabId;
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopupFor(ext, tabId);
  popup.on('pageerror', (error) => errors.push(error.message));
  return popup;
}

/** Is the highlighted element of the page inside the viewport? */
function highlightInView(target: Page): Promise<boolean> {
  return target.evaluate(() => {
    const marked = document.querySelectorAll('.plainly-highlight');
    const el = marked[0];
    if (marked.length !== 1 || !el) return false;
    const rect = el.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
  });
}

describe('popup', () => {
  it.each(['drofus-en', 'infoserv-en', 'cloudockit-en', 'superoffice-nl'])(
    'shows the summary card for %s',
    async (seed) => {
      const popup = await popupFor(await policyTab(seed));
      for (const section of ['collection', 'sharing', 'retention']) {
        await expect.poll(() => popup.locator(`[data-section=${section}] h2`).count()).toBe(1);
      }
      expect(await popup.locator('.quote').count()).toBeGreaterThan(0);
      await screenshot(popup, `popup-${seed}`);
      await popup.close();
    },
  );

  it('shows the Norwegian seed retention in words, with the three states named', async () => {
    const popup = await popupFor(await policyTab('contracting-nb'));
    const retention = popup.locator('[data-section=retention]');
    await retention.waitFor();
    await expect.poll(() => retention.textContent()).toContain('5 years');
    expect(await retention.textContent()).toContain('3 months');
    const names = await popup
      .locator('.mark')
      .evaluateAll((marks) =>
        marks.map((m) => `${m.getAttribute('data-state')}=${m.getAttribute('aria-label')}`),
      );
    expect(names).toContain(`yes=${messages.stateYes.message}`);
    expect(names.every((n) => /^(yes|no|unknown)=\S/.test(n))).toBe(true);
    await screenshot(popup, 'popup-contracting-nb');
    await popup.close();
  });

  it('scrolls the page to a quoted passage in a closed <details>, opens it and highlights it', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/special/details-policy.html'));
    const popup = await popupFor(tabId);
    // Each claim opens to its quotes.
    await popup.locator('[data-section=retention] .disclosure').click();
    const quote = popup.locator('[data-section=retention] .quote', {
      hasText: '3 years after your last sign-in',
    });
    await quote.first().waitFor();
    const segment = await quote.first().getAttribute('data-segment');
    expect(await page.evaluate(() => document.querySelectorAll('details[open]').length)).toBe(0);

    await quote.first().click();
    await expect.poll(() => highlightInView(page), { timeout: 5000 }).toBe(true);
    const marked = await page.evaluate(() => {
      const el = document.querySelector('.plainly-highlight');
      return { text: el?.textContent ?? '', inOpenDetails: el?.closest('details')?.open ?? null };
    });
    expect(marked.text).toContain('3 years after your last sign-in');
    expect(marked.inOpenDetails).toBe(true);

    // Another quote moves the highlight: still exactly one marked element, now another one, in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await openAllQuotes(popup);
    await popup.locator(`.quote:not([data-segment="${segment}"])`).last().click();
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('.plainly-highlight')?.textContent?.includes('3 years after') ?? true,
        ),
      )
      .toBe(false);
    await expect.poll(() => highlightInView(page), { timeout: 5000 }).toBe(true);
    await screenshot(popup, 'popup-details-policy');
    await popup.close();
  });

  it('offers "Analyse this page anyway" on a non-policy page, and it works', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/non-policies/impressum-de.html'));
    const popup = await popupFor(tabId);
    await popup.locator('[data-view^=not-policy]').waitFor();
    const button = popup.getByRole('button', { name: messages.analyseAnyway.message });
    await screenshot(popup, 'popup-not-policy');
    await button.click();
    await popup.locator('main[data-popup=report]').waitFor();
    expect(await popup.locator('[data-section=collection], [data-view=empty]').count()).toBeGreaterThan(0);
    await screenshot(popup, 'popup-analysed-anyway');
    await popup.close();
  });

  it('says a cookie policy is a cookie policy, and can still analyse it', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/non-policies/cookie-policy-en.html'));
    const popup = await popupFor(tabId);
    await popup.locator('[data-view=not-policy-cookie-policy]').waitFor();
    expect(await popup.textContent('body')).toContain(messages.cookiePolicyTitle.message);
    await popup.getByRole('button', { name: messages.analyseAnyway.message }).click();
    await popup.locator('[data-section=collection]').waitFor();
    await popup.close();
  });

  it.each(['chrome://version/', 'about:blank'])('says it cannot read %s, without an error', async (url) => {
    await page.goto(url);
    const popup = await popupFor(await tabIdOf(ext, page));
    await popup.locator('[data-view=unreadable]').waitFor();
    expect(await popup.textContent('body')).toContain(messages.unreadableTitle.message);
    await popup.close();
  });

  it('opens as the real toolbar popup for the active tab', async () => {
    await policyTab('contracting-nb');
    const real = await openRealPopup(ext);
    try {
      await expect
        .poll(
          () => real.evaluate<string>("document.querySelector('[data-section=retention]')?.innerText ?? ''"),
          {
            timeout: 10_000,
          },
        )
        .toContain('5 years');
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(path.join(SCREENSHOTS, 'real-popup-contracting-nb.png'), await real.screenshot());
      expect(real.requests.filter((url) => !url.startsWith(`chrome-extension://${ext.id}/`))).toEqual([]);
    } finally {
      await real.detach();
    }
  });

  it('loses nothing when the service worker is stopped and restarted', async () => {
    const tabId = await policyTab('contracting-nb');
    await stopServiceWorker(ext, page);
    // The popup wakes the worker; the report comes back from storage.session.
    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.locator('[data-section=retention]').textContent(), { timeout: 10_000 })
      .toContain('5 years');
    await popup.close();
    expect(await badgeText(ext, tabId)).toBe(BADGE);
    // And a fresh worker (cold model) still analyses the next page.
    await policyTab('drofus-en');
  });

  it('raised no uncaught error and made no network request except to the fixture server', () => {
    expect(errors).toEqual([]);
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
