import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
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
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';
import { openOptions, screenshotSchemes, waitForCard } from './ui';

/** One address, two versions of its policy (test/fixtures/special/policy-v1.html and -v2.html). */
const ADDRESS = '/kestrel/privacy';
const VERSIONS = {
  v1: readFileSync(path.join(FIXTURES, 'special/policy-v1.html'), 'utf8'),
  v2: readFileSync(path.join(FIXTURES, 'special/policy-v2.html'), 'utf8'),
};

let ext: Extension;
let server: FixtureServer;
let page: Page;
let served: keyof typeof VERSIONS = 'v1';

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  page = await ext.context.newPage();
  await page.route(server.url(ADDRESS), (route: Route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: VERSIONS[served] }),
  );
  await ext.worker.evaluate(() => chrome.storage.local.remove('history'));
});

afterAll(async () => {
  await page?.close();
});

async function visitVersion(version: keyof typeof VERSIONS) {
  served = version;
  const visit = await visitSettled(ext, page, server.url(ADDRESS));
  expect(visit.state.report?.detection.isPolicy).toBe(true);
  return visit;
}

function rememberedSites(): Promise<string[]> {
  return ext.worker.evaluate(async () => {
    const { history } = await chrome.storage.local.get('history');
    return Object.keys((history as { sites?: object } | undefined)?.sites ?? {});
  });
}

describe('remembering what a policy said', () => {
  it('says nothing on a first visit, and remembers a compact fingerprint on this device', async () => {
    const { tabId } = await visitVersion('v1');
    expect(await badgeText(ext, tabId)).toBe(messages.badgeText.message);
    const popup = await openPopupFor(ext, tabId);
    await waitForCard(popup);
    expect(await popup.locator('[data-view=changes]').count()).toBe(0);
    await popup.close();
    const site = `127.0.0.1:${new URL(server.origin).port}${ADDRESS}`;
    expect(await rememberedSites()).toContain(site);
    const stored = await ext.worker.evaluate(async (key) => {
      const { history } = await chrome.storage.local.get('history');
      return JSON.stringify((history as { sites: Record<string, unknown> }).sites[key]);
    }, site);
    // Practices and hashes only: no sentence of the policy is kept.
    expect(stored).not.toContain('We keep your training data');
    expect(stored.length).toBeLessThan(1500);
  });

  it('when the policy changes, the card says what changed in sharing and retention, with the date', async () => {
    const { tabId } = await visitVersion('v2');
    expect(await badgeText(ext, tabId)).toBe(messages.badgeChanged.message);
    const popup = await openPopupFor(ext, tabId);
    await waitForCard(popup);
    const note = popup.locator('[data-view=changes]');
    const lines = await note.locator('li').allTextContents();
    expect(lines).toContain('Now also shares with: Advertisers');
    expect(lines).toContain('Keeps data 5 years instead of 2 years');
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(await note.locator('.since').textContent()).toBe(`You last saw the earlier version on ${today}.`);
    await screenshotSchemes(popup, 'policy-changed');
    await popup.close();
  });

  it('on a later visit the card still says what changed, without the change badge', async () => {
    const { tabId } = await visitVersion('v2');
    expect(await badgeText(ext, tabId)).toBe(messages.badgeText.message);
    const popup = await openPopupFor(ext, tabId);
    await waitForCard(popup);
    expect(await popup.locator('[data-view=changes] li').allTextContents()).toContain(
      'Now also shares with: Advertisers',
    );
    await popup.close();
  });

  it('the options page counts the remembered policies and forgets them', async () => {
    const options = await openOptions(ext);
    const count = options.locator('[data-history-count]');
    await expect
      .poll(async () => Number(await count.getAttribute('data-history-count')))
      .toBeGreaterThanOrEqual(1);
    await screenshot(options, 'options-history');
    await options.locator('[data-action=forget]').click();
    await expect.poll(() => count.getAttribute('data-history-count')).toBe('0');
    expect(await rememberedSites()).toEqual([]);
    await options.close();
  });

  it('made no network request except to the fixture server', () => {
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
