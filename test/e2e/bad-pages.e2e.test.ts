/**
 * Bad input and late content in real Chromium (issue #4): pages without a body, markup nested 10,000 deep,
 * a policy inside web components, a policy a consent dialog shows after load, and a single-page app that
 * navigates to its policy with history.pushState. No error, a settled state, the right badge.
 * (Frames: test/e2e/badge.e2e.test.ts checks that a policy inside an iframe gives no badge.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { PAGES, useBadPages } from './bad-pages';
import { coreBundle, type PlainlyCore } from './core-bundle';
import {
  analyseAnyway,
  badgeText,
  type Extension,
  foreignRequests,
  settledState,
  visitSettled,
} from './harness';
import type { FixtureServer } from './server';

const BADGE = messages.badgeText.message;

let ext: Extension;
let server: FixtureServer;
let page: Page;
let core: string;
/** Errors from any world of the page: the page's own, and the content script's (logged to the page console). */
const errors: string[] = [];

/** Asks the tab's content script to highlight a segment, as the popup does; true when it did. */
async function highlight(tabId: number, segment: number): Promise<boolean> {
  const answer = await ext.worker.evaluate(
    ([id, n]) => chrome.tabs.sendMessage(id, { type: 'popup/highlight', segment: n }, { frameId: 0 }),
    [tabId, segment] as const,
  );
  return (answer as { highlighted?: boolean } | undefined)?.highlighted === true;
}

/** The segments the page's own copy of the core reads (from the page's side: open shadow roots only). */
async function readFromPage(): Promise<string[]> {
  await page.addScriptTag({ content: core });
  return page.evaluate(() =>
    (window as unknown as { PlainlyCore: PlainlyCore }).PlainlyCore.segmentDocument(document).segments.map(
      (s) => s.text,
    ),
  );
}

beforeAll(async () => {
  [{ ext, server }, core] = await Promise.all([useBadPages(), coreBundle()]);
  page = await ext.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
});

afterAll(async () => {
  await page?.close();
});

describe('bad input in the browser', () => {
  it.each([
    ['an SVG image (an XML document, no body)', PAGES.svg],
    ['a page whose script removed its body', PAGES.bodyRemoved],
  ])('%s: the gate reports the page, and "Analyse anyway" answers', async (_name, pathname) => {
    const { tabId, state } = await visitSettled(ext, page, server.url(pathname));
    expect(state.gate.candidate).toBe(false);
    expect(await badgeText(ext, tabId)).toBe('');
    const answer = await analyseAnyway(ext, tabId);
    expect(answer.ok, answer.error).toBe(true);
    expect(answer.report?.detection.isPolicy).toBe(false);
  });

  it('a policy at the bottom of markup nested 10,000 deep is found and read', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(PAGES.deep));
    expect(
      await page.evaluate(() => document.querySelectorAll('section, div').length),
    ).toBeGreaterThanOrEqual(10_000);
    expect(state.gate.reason).toContain('heading');
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(BADGE);
  });

  it('a policy inside web components (open shadow roots, a slot) is found, read and highlighted', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(PAGES.components));
    expect(state.gate).toMatchObject({ candidate: true, reason: 'a heading mentions "privacy"' });
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(BADGE);

    // The reader shows what the browser shows: slotted light text in its slot, unslotted light text not at all.
    const texts = await readFromPage();
    expect(texts.slice(0, 3)).toEqual([
      'Partner portal',
      'Welcome to the partner portal of dRofus.',
      'Privacy Policy',
    ]);
    expect(texts).not.toContain('Unslotted light text.');

    expect(await highlight(tabId, 2)).toBe(true);
    const marked = await page.evaluate(() => {
      const portal = document.querySelector('partner-portal')?.shadowRoot;
      const legal = portal?.querySelector('legal-text')?.shadowRoot;
      return legal?.querySelector('.plainly-highlight')?.textContent ?? null;
    });
    expect(marked).toBe('Privacy Policy');
  });

  it('a policy inside closed shadow roots is found, read and highlighted as well', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(PAGES.closedComponents));
    expect(state.gate).toMatchObject({ candidate: true, reason: 'a heading mentions "privacy"' });
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(BADGE);
    // From the page's side the roots are closed: the page's own core reads nothing of the policy.
    expect(await readFromPage()).not.toContain('Privacy Policy');
    expect(await highlight(tabId, 2)).toBe(true);
    const marked = await page.evaluate(() => {
      const roots = (window as unknown as { closedRoots: ShadowRoot[] }).closedRoots;
      return roots[0]?.querySelector('.plainly-highlight')?.textContent ?? null;
    });
    expect(marked).toBe('Privacy Policy');
  });
});

describe('late content', () => {
  it('a consent dialog that shows the privacy policy after load: the gate runs again and the page is read', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(PAGES.consent));
    expect(state.gate.candidate).toBe(false);
    await page.getByRole('dialog').waitFor();
    const late = await settledState(ext, tabId, page.url(), state.runId);
    expect(late.gate).toMatchObject({ candidate: true, reason: 'a heading mentions "privacy"' });
    expect(late.phase).toBe('analysed');
    // Whether a shop page with a policy in a dialog is "a policy" is the verdict's call (src/core/detect/verdict.ts).
    console.info(`consent dialog: verdict isPolicy=${late.report?.detection.isPolicy}`);
  });

  it('a single-page app navigating to its policy (pushState, rendered late), and back', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(PAGES.app));
    expect(state.gate.candidate).toBe(false);
    await page.getByRole('link', { name: 'Privacy' }).click();
    await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe(BADGE);
    const policy = await settledState(ext, tabId, page.url(), state.runId);
    expect(new URL(policy.url).pathname).toBe('/bad/app/privacy');
    expect(policy.report?.detection.isPolicy).toBe(true);

    await page.goBack();
    await expect.poll(() => badgeText(ext, tabId), { timeout: 10_000 }).toBe('');
    const back = await settledState(ext, tabId, page.url(), policy.runId);
    expect(new URL(back.url).pathname).toBe(PAGES.app);
  });

  it('raised no error in the page or the content script, and made no network request but to the server', () => {
    expect(errors).toEqual([]);
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
