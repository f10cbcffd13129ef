import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import {
  badgeText,
  type Extension,
  FIXTURES,
  foreignRequests,
  openPopupFor,
  useExtension,
  visitSettled,
} from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';
import { highlighted, median, screenshotSchemes, shown, waitForCard } from './ui';
import { SELLING, TABBED, TABBED_PASSAGES, uiPages } from './ui-pages';

const SEEDS = ['drofus-en', 'infoserv-en', 'cloudockit-en', 'contracting-nb', 'superoffice-nl'];
const STATE_NAMES = {
  yes: messages.stateYes.message,
  no: messages.stateNo.message,
  unknown: messages.stateUnknown.message,
};
const SELLS_TEXT = {
  yes: messages.sellsYes.message,
  no: messages.sellsNo.message,
  unknown: messages.sellsUnknown.message,
};

interface SeedReport {
  practices: {
    collection: { dataTypes: string[] };
    sharing: { recipients: string[]; named: string[]; sells: boolean | null };
    retention: { kind: string; periods: string[] };
  };
}

let ext: Extension;
let server: FixtureServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  page = await ext.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  // Pages made for these tests, served on the fixture server's own origin.
  for (const [pathname, html] of uiPages()) {
    await page.route(server.url(pathname), (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
  }
});

afterAll(async () => {
  await page?.close();
});

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopupFor(ext, tabId);
  popup.on('pageerror', (error) => errors.push(error.message));
  await waitForCard(popup);
  return popup;
}

async function seedPopup(seed: string): Promise<{ popup: Page; report: SeedReport }> {
  const { tabId, state } = await visitSettled(ext, page, server.url(`/policies/${seed}.html`));
  expect(state.report?.detection.isPolicy).toBe(true);
  return { popup: await popupFor(tabId), report: state.report as unknown as SeedReport };
}

describe('the summary card', () => {
  it.each(SEEDS)(
    '%s: four answers at a glance, each state marked and named; light and dark',
    async (seed) => {
      const { popup, report } = await seedPopup(seed);
      const glance = popup.locator('[data-group=glance] > [data-section]');
      expect(await glance.evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual([
        'collection',
        'sharing',
        'sells',
        'retention',
      ]);
      // Every claim: a heading with a mark that has a shape per state and a name for screen readers.
      const marks = await popup.locator('[data-section] h2 .mark').evaluateAll((els) =>
        els.map((e) => ({
          state: e.getAttribute('data-state') ?? '',
          role: e.getAttribute('role'),
          name: e.getAttribute('aria-label'),
        })),
      );
      expect(marks.length).toBeGreaterThanOrEqual(4);
      for (const mark of marks) {
        expect(mark.role).toBe('img');
        expect(mark.name).toBe(STATE_NAMES[mark.state as keyof typeof STATE_NAMES]);
      }
      // The chips are the report's data types and recipients; sold or not is said in words.
      const { collection, sharing, retention } = report.practices;
      expect(await popup.locator('[data-section=collection] .chip').count()).toBe(
        collection.dataTypes.length,
      );
      expect(await popup.locator('[data-section=sharing] .chip').count()).toBe(
        sharing.recipients.length + sharing.named.length,
      );
      const sells = sharing.sells === null ? 'unknown' : sharing.sells ? 'yes' : 'no';
      const sold = popup.locator('[data-section=sells]');
      expect(await sold.getAttribute('data-state')).toBe(sells);
      expect(await sold.locator('.finding').textContent()).toBe(SELLS_TEXT[sells]);
      if (retention.kind === 'none') {
        expect(await popup.locator('[data-section=retention] .finding').textContent()).toBe(
          messages.retentionNone.message,
        );
      } else {
        expect(await popup.locator('[data-section=retention] .chip').count()).toBeGreaterThan(0);
      }
      // Quotes are closed until asked for.
      expect(await popup.locator('.quote-list:visible').count()).toBe(0);
      await screenshotSchemes(popup, seed);
      await popup.close();
    },
  );

  it('opens a claim to its quotes (aria-expanded), and a quote scrolls a long page to its passage', async () => {
    const { popup } = await seedPopup('drofus-en');
    const toggle = popup.locator('[data-section=sharing] .disclosure');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const list = popup.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await list.isVisible()).toBe(true);
    await screenshotSchemes(popup, 'drofus-en-quotes');
    const quotes = list.locator('.quote');
    expect(await quotes.count()).toBeGreaterThan(0);
    const last = quotes.last();
    const passage = ((await last.locator('q').textContent()) ?? '').slice(0, 40);
    await page.evaluate(() => window.scrollTo(0, 0));
    await last.click();
    await expect.poll(() => highlighted(page), { timeout: 5000 }).toMatchObject({ count: 1, inView: true });
    expect((await highlighted(page)).text.replace(/\s+/g, ' ')).toContain(
      passage.replace(/\s+/g, ' ').trim(),
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
  });

  it.each([
    [
      'a closed tab panel (the tab is selected)',
      'retention',
      TABBED_PASSAGES.retention,
      '#tab-retention',
      'aria-selected',
    ],
    [
      'a collapsed section (it is expanded)',
      'rights',
      TABBED_PASSAGES.rights,
      '#rights-toggle',
      'aria-expanded',
    ],
  ])('shows a passage hidden in %s', async (_name, section, passage, control, attribute) => {
    const { tabId, state } = await visitSettled(ext, page, server.url(TABBED));
    expect(state.report?.detection.isPolicy).toBe(true);
    const popup = await popupFor(tabId);
    await popup.locator(`[data-section=${section}] .disclosure`).click();
    const quote = popup.locator(`[data-section=${section}] .quote`, { hasText: passage.slice(0, 30) });
    expect(await page.locator(control).getAttribute(attribute)).toBe('false');
    await quote.first().click();
    await expect.poll(() => highlighted(page), { timeout: 5000 }).toMatchObject({ count: 1, inView: true });
    expect((await highlighted(page)).text).toContain(passage);
    expect(await page.locator(control).getAttribute(attribute)).toBe('true');
    await popup.close();
  });

  it('a policy that says it sells your data: the $ badge, and a prominent "yes" backed by its sentence', async () => {
    const { tabId, state } = await visitSettled(ext, page, server.url(SELLING));
    expect(state.report?.detection.isPolicy).toBe(true);
    expect(await badgeText(ext, tabId)).toBe(shown(messages.badgeSells.message));
    expect(await ext.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      messages.actionTitleSells.message,
    );
    const popup = await popupFor(tabId);
    const sold = popup.locator('[data-section=sells]');
    expect(await sold.getAttribute('data-state')).toBe('yes');
    expect(await sold.locator('.finding').textContent()).toBe(messages.sellsYes.message);
    await sold.locator('.disclosure').click();
    expect(await sold.locator('.quote q').allTextContents()).toEqual([
      'We sell your personal data to advertisers and data brokers, who use it to show you offers.',
    ]);
    await screenshotSchemes(popup, 'sells-data');
    await popup.close();
  });

  it('tells how to use your rights with the address the policy gives', async () => {
    const { tabId } = await visitSettled(ext, page, server.url(TABBED));
    const popup = await popupFor(tabId);
    const link = popup.locator('[data-section=rights] .ways a[href="mailto:privacy@tabby.example"]');
    expect(await link.textContent()).toBe('privacy@tabby.example');
    await popup.close();
  });

  it('copies the summary as text and as Markdown, and saves the JSON report', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/policies/contracting-nb.html'));
    const popup = await popupFor(tabId);
    // Extension origins cannot be granted clipboard-read: record what is written, and still write it.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
    });
    const clipboard = () =>
      popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1) ?? '');

    await popup.locator('[data-action=copy-text]').click();
    await popup.locator('.action-status[data-status=copied]').waitFor();
    const text = await clipboard();
    expect(text.split('\n')[0]).toBe('Personvernerklæring | Contracting');
    expect(text).toContain(`${messages.collectionTitle.message}: `);
    expect(text).toMatch(new RegExp(`${messages.retentionTitle.message}: .*5 years`));

    await popup.locator('[data-action=copy-markdown]').click();
    await expect.poll(clipboard).toContain('### At a glance');
    expect(await clipboard()).toMatch(/^## Personvernerklæring \\\| Contracting/);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('[data-action=export-json]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^plainly-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      version: number;
      language: string;
    };
    expect(saved).toMatchObject({ version: 1, language: 'nb' });
    expect(await popup.locator('.action-status').textContent()).toBe(messages.exported.message);
    await popup.close();
  });

  it('renders the card quickly: median time from opening the popup to the card, over 12 opens', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/policies/drofus-en.html'));
    expect(await badgeText(ext, tabId)).not.toBe('');
    const card: number[] = [];
    const painted: number[] = [];
    const popup = await ext.context.newPage();
    for (let i = 0; i < 12; i++) {
      await popup.goto(`chrome-extension://${ext.id}/index.html?tabId=${tabId}`);
      await waitForCard(popup);
      const times = await popup.evaluate(() => ({
        card: performance.getEntriesByName('plainly:card')[0]?.startTime ?? -1,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
      }));
      card.push(times.card);
      if (times.paint > 0) painted.push(times.paint);
    }
    await popup.close();
    expect(card.every((t) => t > 0)).toBe(true);
    const sorted = [...card].sort((a, b) => a - b);
    console.info(
      `popup render (navigation start -> card in the DOM), drofus-en, 12 opens: median ${median(card).toFixed(1)} ms ` +
        `(min ${sorted[0]?.toFixed(1)}, max ${sorted[sorted.length - 1]?.toFixed(1)}); ` +
        `first contentful paint (the card): median ${median(painted).toFixed(1)} ms over ${painted.length} opens`,
    );
  });

  it('raised no uncaught error and made no network request except to the fixture server', () => {
    expect(errors).toEqual([]);
    expect(foreignRequests(ext, server.origin)).toEqual([]);
  });
});
