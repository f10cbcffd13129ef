import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import nb from '../../public/_locales/nb/messages.json';
import {
  type Extension,
  FIXTURES,
  foreignRequests,
  launchExtension,
  openPopupFor,
  screenshot,
  visitSettled,
} from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';
import { axeViolations, openAllQuotes, openOptions, POPUP_VIEWPORT, waitForCard } from './ui';

/** The interface follows the browser's language: a browser started in German, one in Norwegian. */
describe.each([
  ['de', de, 'superoffice-nl'],
  ['nb', nb, 'contracting-nb'],
] as const)('the interface in %s', (lang, messages, seed) => {
  let ext: Extension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    [server, ext] = await Promise.all([
      useFixtureServer(FIXTURES, generatedPages()),
      launchExtension({ args: [`--lang=${lang}`], profileName: `e2e-profile-${lang}` }),
    ]);
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('shows the card in the browser language, with page language, chips and durations in it', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(`/policies/${seed}.html`));
    expect(state.report?.detection.isPolicy).toBe(true);
    const popup = await openPopupFor(ext, tabId);
    await waitForCard(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await popup.locator('h1').textContent()).toBe(messages.reportHeading.message);
    expect(await popup.locator('[data-section=collection] h2').textContent()).toContain(
      messages.collectionTitle.message,
    );
    expect(await popup.locator('[data-section=sells] h2').textContent()).toContain(
      messages.sellsTitle.message,
    );
    const chips = await popup.locator('[data-section=collection] .chip').allTextContents();
    expect(chips).toContain(messages.dataType_email.message);
    await openAllQuotes(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('.disclosure[aria-expanded=true]').first().click();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await screenshot(popup, `popup-${lang}-${seed}`);
    if (lang === 'nb') {
      const retention = await popup.locator('[data-section=retention] .chip').allTextContents();
      expect(retention).toEqual(expect.arrayContaining(['5 år', '3 måneder']));
    }
    await popup.close();
  });

  it('shows the options page in the browser language', async () => {
    const options = await openOptions(ext);
    expect(await options.locator('h1').textContent()).toBe(messages.optionsTitle.message);
    expect(await options.locator('label[for=setting-autoDetect]').textContent()).toBe(
      messages.optionsAutoDetect.message,
    );
    expect(await options.title()).toBe(messages.optionsTitle.message);
    await options.close();
  });

  it('made no network request except to the fixture server', () => {
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
