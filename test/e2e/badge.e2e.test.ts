import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import {
  badgeText,
  type Extension,
  FIXTURES,
  foreignRequests,
  settledState,
  useExtension,
  visitSettled,
} from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';

const BADGE = messages.badgeText.message;
const SEEDS = ['drofus-en', 'infoserv-en', 'cloudockit-en', 'contracting-nb', 'superoffice-nl'];
const NEGATIVES = readdirSync(path.join(FIXTURES, 'non-policies'))
  .filter((name) => name.endsWith('.html'))
  .sort();

/** Plainly unrelated pages (no privacy words at all), for the navigation and per-tab tests. */
const PLAIN = ['about-en.html', 'docs-readme-en.html', 'impressum-de.html'] as const;
const FRAMED = '/special/frames.html';

let ext: Extension;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  page = await ext.context.newPage();
});

afterAll(async () => {
  await page?.close();
});

/** Opens a fixture page in a tab and waits until the background settled its state; returns the tab id. */
async function visit(target: Page, pathname: string): Promise<number> {
  return (await visitSettled(ext, target, server.url(pathname))).tabId;
}

describe('badge', () => {
  it('finds at least the seeds and 8 negatives to test', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(SEEDS)('badges the seed policy %s', async (seed) => {
    const { tabId, state } = await visitSettled(ext, page, server.url(`/policies/${seed}.html`));
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(BADGE);
  });

  it.each(NEGATIVES)('does not badge the non-policy %s', async (name) => {
    const { tabId, state } = await visitSettled(ext, page, server.url(`/non-policies/${name}`));
    expect(state.report?.detection.isPolicy ?? false).toBe(false);
    expect(await badgeText(ext, tabId)).toBe('');
  });

  it('clears the badge when the tab navigates from a policy to another page', async () => {
    const tabId = await visit(page, '/policies/contracting-nb.html');
    expect(await badgeText(ext, tabId)).toBe(BADGE);
    await visit(page, `/non-policies/${PLAIN[0]}`);
    expect(await badgeText(ext, tabId)).toBe('');
  });

  it('clears the badge after an in-page (pushState) navigation away from the policy', async () => {
    const tabId = await visit(page, '/policies/drofus-en.html');
    expect(await badgeText(ext, tabId)).toBe(BADGE);
    await page.evaluate(() => {
      history.pushState({}, '', '/shop/bread');
      document.title = 'Bread | Bakery';
      document.body.innerHTML = '<main><h1>Sourdough</h1><p>Baked this morning, 4 euros.</p></main>';
    });
    await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe('');
    const state = await settledState(ext, tabId, page.url());
    expect(state.gate.candidate).toBe(false);
  });

  it('badges a single-page app policy once its script has rendered the text', async () => {
    const tabId = await visit(page, '/special/spa-policy.html');
    await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe(BADGE);
    const state = await settledState(ext, tabId, page.url());
    expect(state.report?.detection.isPolicy).toBe(true);
  });

  it('keeps a badge per tab', async () => {
    const other = await ext.context.newPage();
    try {
      const policyTab = await visit(page, '/policies/infoserv-en.html');
      const plainTab = await visit(other, `/non-policies/${PLAIN[1]}`);
      expect(policyTab).not.toBe(plainTab);
      expect(await badgeText(ext, policyTab)).toBe(BADGE);
      expect(await badgeText(ext, plainTab)).toBe('');

      await visit(other, '/policies/superoffice-nl.html');
      expect(await badgeText(ext, plainTab)).toBe(BADGE);
      expect(await badgeText(ext, policyTab)).toBe(BADGE);
      await visit(page, `/non-policies/${PLAIN[2]}`);
      expect(await badgeText(ext, policyTab)).toBe('');
      expect(await badgeText(ext, plainTab)).toBe(BADGE);
    } finally {
      await other.close();
    }
  });

  it('reads only the top frame: a policy inside an iframe gives no badge', async () => {
    const tabId = await visit(page, FRAMED);
    await page.frameLocator('iframe').locator('h1').first().waitFor();
    const state = await settledState(ext, tabId, page.url());
    expect(new URL(state.url).pathname).toBe(FRAMED);
    expect(await badgeText(ext, tabId)).toBe('');
  });

  it('forgets the state of a closed tab', async () => {
    const extra = await ext.context.newPage();
    const tabId = await visit(extra, '/policies/cloudockit-en.html');
    expect(await badgeText(ext, tabId)).toBe(BADGE);
    await extra.close();
    await expect
      .poll(() =>
        ext.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`tab:${id}`)), tabId),
      )
      .toEqual([]);
  });

  it('made no network request except to the fixture server', () => {
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
