import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import {
  badgeText,
  type Extension,
  FIXTURES,
  foreignRequests,
  openPopupFor,
  settledState,
  storedState,
  tabIdOf,
  useExtension,
  visitSettled,
} from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';
import { openOptions, resetSettings, screenshotSchemes, shown, waitForCard } from './ui';

const BADGE = messages.badgeText.message;
const SEED = '/policies/infoserv-en.html';

let ext: Extension;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  page = await ext.context.newPage();
});

afterEach(async () => {
  await resetSettings(ext);
});

afterAll(async () => {
  await page?.close();
});

function storedSettings(): Promise<unknown> {
  return ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
}

async function setting(options: Page, id: 'autoDetect' | 'badge', on: boolean): Promise<void> {
  const box = options.locator(`input[data-setting=${id}]`);
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(storedSettings).toMatchObject({ [id]: on });
}

describe('the options page', () => {
  it('shows the defaults, names the badge marks, and stores a change in storage.sync with its version', async () => {
    const options = await openOptions(ext);
    expect(await options.locator('input[data-setting=autoDetect]').isChecked()).toBe(true);
    expect(await options.locator('input[data-setting=badge]').isChecked()).toBe(true);
    expect(await options.locator('[data-sites=empty]').textContent()).toBe(messages.optionsNoSites.message);
    const legend = await options
      .locator('.legend-row')
      .evaluateAll((rows) =>
        rows.map(
          (r) => `${r.querySelector('.badge-sample')?.textContent} ${r.querySelector('dd')?.textContent}`,
        ),
      );
    expect(legend).toEqual([
      `${shown(messages.badgeText.message)} ${messages.badgeLegendPolicy.message}`,
      `${shown(messages.badgeSells.message)} ${messages.badgeLegendSells.message}`,
      `${shown(messages.badgeChanged.message)} ${messages.badgeLegendChanged.message}`,
      `${shown(messages.badgeError.message)} ${messages.badgeLegendError.message}`,
    ]);
    await setting(options, 'badge', false);
    expect(await storedSettings()).toEqual({ version: 1, autoDetect: true, badge: false, neverRun: [] });
    expect(await options.locator('.saved').textContent()).toBe(messages.optionsSaved.message);
    await options.close();
  });

  it("opens from the popup's Settings link", async () => {
    const { tabId } = await visitSettled(ext, page, server.url(SEED));
    const popup = await openPopupFor(ext, tabId);
    await waitForCard(popup);
    const [options] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/options/index.html') }),
      popup.locator('[data-action=settings]').click(),
    ]);
    await options.locator('main.options[data-ready=true]').waitFor();
    expect(await options.locator('h1').textContent()).toBe(messages.optionsTitle.message);
    await options.close();
    await popup.close();
  });

  it('adds a site in any form people type it, refuses what is not a site, removes it again', async () => {
    const options = await openOptions(ext);
    const add = async (text: string) => {
      await options.locator('#site-input').fill(text);
      await options.locator('form.add-site button[type=submit]').click();
    };
    await add('https://www.News.example/article?id=1');
    await options.locator('[data-site="news.example"]').waitFor();
    await add('not a site!');
    expect(await options.locator('#site-error').textContent()).toBe(messages.optionsSiteInvalid.message);
    expect(await options.locator('#site-input').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(storedSettings).toMatchObject({ neverRun: ['news.example'] });
    await options.getByRole('button', { name: 'Remove news.example' }).click();
    await expect.poll(storedSettings).toMatchObject({ neverRun: [] });
    await options.close();
  });

  it('reads settings stored without a version (migrated from version 0)', async () => {
    await ext.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { badge: false, neverRun: ['Old.example'] } }),
    );
    const options = await openOptions(ext);
    expect(await options.locator('input[data-setting=badge]').isChecked()).toBe(false);
    expect(await options.locator('[data-site="old.example"]').count()).toBe(1);
    await options.close();
  });
});

describe('the settings at work', () => {
  it('badge off: no badge on a policy, and every badge comes back when it is turned on', async () => {
    const options = await openOptions(ext);
    await setting(options, 'badge', false);
    const { tabId, state } = await visitSettled(ext, page, server.url(SEED));
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe('');
    await setting(options, 'badge', true);
    await expect.poll(() => badgeText(ext, tabId)).toBe(BADGE);
    await options.close();
  });

  it('automatic detection off: the gate does not run, and the popup analyses on request', async () => {
    const options = await openOptions(ext);
    await setting(options, 'autoDetect', false);
    await options.close();
    const { tabId, state } = await visitSettled(ext, page, server.url(SEED));
    expect(state).toMatchObject({
      phase: 'gated',
      gate: { candidate: false, reason: 'automatic detection is off' },
    });
    expect(state.report).toBeNull();
    expect(await badgeText(ext, tabId)).toBe('');
    const popup = await openPopupFor(ext, tabId);
    await popup.locator('[data-view=off-auto]').waitFor();
    await screenshotSchemes(popup, 'off-auto');
    await popup.getByRole('button', { name: messages.analyseNow.message }).click();
    await waitForCard(popup);
    await expect.poll(() => badgeText(ext, tabId)).toBe(BADGE);
    await popup.close();
  });

  it('a never-run site: nothing runs there until the site is taken off the list from the popup', async () => {
    const options = await openOptions(ext);
    await options.locator('#site-input').fill('127.0.0.1');
    await options.locator('form.add-site button[type=submit]').click();
    await expect.poll(storedSettings).toMatchObject({ neverRun: ['127.0.0.1'] });
    await options.close();

    const tabId = await tabIdOf(ext, page);
    const before = await storedState(ext, tabId);
    const url = server.url(SEED);
    await page.goto(url);
    const popup = await openPopupFor(ext, tabId);
    await popup.locator('[data-view=off-site]').waitFor();
    expect(await popup.textContent('[data-view=off-site]')).toContain('127.0.0.1');
    await screenshotSchemes(popup, 'off-site');
    // The content script answered the popup, and told the background nothing: no state, no badge.
    expect((await storedState(ext, tabId))?.runId).toBe(before?.runId);
    expect(await badgeText(ext, tabId)).toBe('');

    await popup.getByRole('button', { name: messages.runHere.message }).click();
    const state = await settledState(ext, tabId, url, before?.runId);
    expect(state.report?.detection.isPolicy).toBe(true);
    await waitForCard(popup);
    expect(await storedSettings()).toMatchObject({ neverRun: [] });
    await popup.close();
  });

  it('made no network request except to the fixture server', () => {
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
