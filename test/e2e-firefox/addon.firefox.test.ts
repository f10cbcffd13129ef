/**
 * The Firefox build end to end: dist-firefox/ installed in Debian's Firefox ESR, the content script finds
 * a policy by itself, the background (an event page in Firefox, not a service worker) analyses it and
 * badges the tab, the popup shows the card, and a quote highlights its sentence in the page.
 * The Chromium tier (test/e2e) covers far more; this tier proves the same code runs in Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { policyArticle } from '../e2e/bad-pages';
import { type FixtureServer, startFixtureServer } from '../e2e/server';
import { ADDON_ORIGIN, FIXTURES, type FirefoxAddon, launchFirefoxWithAddon } from './firefox';

interface Evidence {
  segment: number;
  text: string;
}

/** What the background keeps per tab (src/messages.ts TabState), read loosely. */
interface TabState {
  url: string;
  phase: string;
  gate: { candidate: boolean; reason: string };
  report: {
    detection: { isPolicy: boolean; kind: string };
    practices: { retention: { evidence: Evidence[] } };
  } | null;
}

const POLL = { timeout: 20_000, interval: 100 };

let firefox: FirefoxAddon;
let server: FixtureServer;
/** A tab on one of the add-on's own pages, where the extension API reads the background's state. */
let probe: string;

/** A seed policy rendered inside a closed shadow root, under a neutral title. */
const CLOSED_COMPONENT = '/generated/closed-component.html';
function closedComponentPage(): string {
  const article = JSON.stringify(policyArticle()).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><title>Partner portal</title></head><body>
<legal-text></legal-text>
<script>customElements.define('legal-text', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'closed' }).innerHTML = ${article}; }
});</script></body></html>`;
}

beforeAll(async () => {
  [firefox, server] = await Promise.all([
    launchFirefoxWithAddon(),
    startFixtureServer(FIXTURES, new Map([[CLOSED_COMPONENT, closedComponentPage()]])),
  ]);
  probe = await firefox.newTab();
  await firefox.navigate(probe, `${ADDON_ORIGIN}/src/options/index.html`);
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The tab id and state the background stored for a page, once it has settled on it. */
async function settled(url: string): Promise<{ tabId: number; state: TabState }> {
  const found: { tabId: number; state: TabState | null } = { tabId: -1, state: null };
  await expect
    .poll(async () => {
      const all = await firefox.evaluate<Record<string, TabState>>(
        probe,
        'browser.storage.session.get(null)',
      );
      for (const [key, state] of Object.entries(all)) {
        if (state.url === url && state.phase !== 'analysing') {
          found.tabId = Number(key.replace('tab:', ''));
          found.state = state;
        }
      }
      return found.state !== null;
    }, POLL)
    .toBe(true);
  if (!found.state) throw new Error(`no settled state for ${url}`);
  return { tabId: found.tabId, state: found.state };
}

function badgeText(tabId: number): Promise<string> {
  return firefox.evaluate<string>(probe, `browser.action.getBadgeText({ tabId: ${tabId} })`);
}

async function visit(path: string): Promise<{ page: string; tabId: number; state: TabState }> {
  const page = await firefox.newTab();
  const url = server.url(path);
  await firefox.navigate(page, url);
  return { page, ...(await settled(url)) };
}

/** Opens the popup for a tab (as a tab of its own) and waits until the card is shown. */
async function openCard(tabId: number): Promise<string> {
  const popup = await firefox.newTab();
  await firefox.navigate(popup, `${ADDON_ORIGIN}/index.html?tabId=${tabId}`);
  await expect
    .poll(
      () =>
        firefox.evaluate<boolean>(
          popup,
          `!!document.querySelector('main[data-popup=report] [data-group=glance]')`,
        ),
      POLL,
    )
    .toBe(true);
  return popup;
}

/** The text of an element of a tab ('' when there is none). */
function textOf(context: string, selector: string): Promise<string> {
  return firefox.evaluate<string>(
    context,
    `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`,
  );
}

describe('Firefox', () => {
  it('badges a privacy policy by itself, shows its card, and a quote highlights its sentence', async () => {
    const { page, tabId, state } = await visit('/policies/drofus-en.html');
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(tabId)).toBe(messages.badgeText.message);

    const popup = await openCard(tabId);
    const sections = await firefox.evaluate<string[]>(
      popup,
      `[...document.querySelectorAll('[data-section] h2')].map((h) => h.closest('[data-section]').dataset.section)`,
    );
    expect(sections).toEqual(expect.arrayContaining(['collection', 'sharing', 'retention']));

    // The retention claim's first quote, as the background reported it, is shown and leads to the page.
    const quote = state.report?.practices.retention.evidence[0];
    if (!quote) throw new Error('no retention evidence in the report');
    await firefox.evaluate(popup, `document.querySelector('[data-section=retention] .disclosure').click()`);
    expect(await textOf(popup, '[data-section=retention] .quote q')).toBe(quote.text);
    await firefox.evaluate(popup, `document.querySelector('[data-section=retention] .quote').click()`);
    await expect
      .poll(
        () =>
          firefox.evaluate<string>(
            page,
            `[...document.querySelectorAll('.plainly-highlight')].map((e) => e.textContent).join('|')`,
          ),
        POLL,
      )
      .toContain(quote.text.slice(0, 40));
    await firefox.closeTab(popup);
    await firefox.closeTab(page);
  });

  it('reads a Norwegian policy: retention in words becomes periods', async () => {
    const { page, tabId, state } = await visit('/policies/contracting-nb.html');
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(tabId)).toBe(messages.badgeText.message);
    const popup = await openCard(tabId);
    expect(await textOf(popup, '[data-section=retention]')).toContain('5 years');
    await firefox.closeTab(popup);
    await firefox.closeTab(page);
  });

  it('reads a policy inside a closed shadow root', async () => {
    const { page, tabId, state } = await visit(CLOSED_COMPONENT);
    expect(state.gate).toMatchObject({ candidate: true, reason: 'a heading mentions "privacy"' });
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(tabId)).toBe(messages.badgeText.message);
    await firefox.closeTab(page);
  });

  it('leaves terms of service titled as a privacy page unbadged', async () => {
    const { page, tabId, state } = await visit('/non-policies/terms-and-privacy-en.html');
    expect(state.report?.detection.isPolicy ?? false).toBe(false);
    expect(await badgeText(tabId)).toBe('');
    await firefox.closeTab(page);
  });

  // Last, so that it covers every page the tests above opened.
  it('made no network request but to the fixture server (tabs and add-on pages, as BiDi sees them)', async () => {
    const http = firefox.requests.filter((url) => /^(https?|wss?):/i.test(url));
    expect(http.length).toBeGreaterThan(0);
    expect(http.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    // The record sees an add-on page's own requests: a fetch from one shows up (the proxy fails it).
    await firefox.evaluate(probe, "fetch('http://example.invalid/probe').then(() => 1, () => 0)");
    await expect
      .poll(() => firefox.requests.some((url) => url.includes('example.invalid/probe')), POLL)
      .toBe(true);
  });
});
