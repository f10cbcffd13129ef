import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { type Extension, FIXTURES, openPopupFor, screenshot, useExtension, visitSettled } from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';
import {
  axeViolations,
  highlighted,
  openAllQuotes,
  openOptions,
  POPUP_VIEWPORT,
  SCHEMES,
  waitForCard,
} from './ui';

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

async function policyPopup(seed: string): Promise<Page> {
  const { tabId } = await visitSettled(ext, page, server.url(`/policies/${seed}.html`));
  const popup = await openPopupFor(ext, tabId);
  await waitForCard(popup);
  return popup;
}

/** The focused element: what it is, and whether its focus ring can be seen. */
function focused(target: Page) {
  return target.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      cls: el?.className ?? '',
      text: el?.textContent?.trim() ?? '',
      expanded: el?.getAttribute('aria-expanded') ?? null,
      ring: style !== null && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(target: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await target.keyboard.press('Tab');
    const now = await focused(target);
    if (match(now)) return now;
  }
  throw new Error('the element was not reached with Tab');
}

describe('accessibility (axe-core, light and dark)', () => {
  it.each(SCHEMES)(
    'the card, with every quote list open, has no axe violations (%s)',
    async (colorScheme) => {
      const popup = await policyPopup('drofus-en');
      await popup.emulateMedia({ colorScheme });
      await openAllQuotes(popup);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    },
  );

  it.each(SCHEMES)('the "not a policy" state has no axe violations (%s)', async (colorScheme) => {
    const { tabId } = await visitSettled(ext, page, server.url('/non-policies/about-en.html'));
    const popup = await openPopupFor(ext, tabId);
    await popup.emulateMedia({ colorScheme });
    await popup.locator('[data-view^=not-policy]').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await screenshot(popup, `not-policy-${colorScheme}`);
    await popup.close();
  });

  it.each(SCHEMES)(
    'the options page has no axe violations, also showing an input error (%s)',
    async (colorScheme) => {
      const options = await openOptions(ext);
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options)).toEqual([]);
      await options.locator('#site-input').fill('not a site!');
      await options.locator('form.add-site button[type=submit]').click();
      await options.locator('#site-error', { hasText: messages.optionsSiteInvalid.message }).waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await screenshot(options, `options-${colorScheme}`);
      await options.close();
    },
  );
});

describe('keyboard only', () => {
  it('reaches a claim, opens its quotes and shows a passage in the page, with a visible focus ring', async () => {
    const popup = await policyPopup('infoserv-en');
    await popup.locator('body').focus();
    const toggle = await tabTo(popup, (f) => f.cls.includes('disclosure'));
    expect(toggle).toMatchObject({ tag: 'button', expanded: 'false', ring: true });
    await popup.keyboard.press('Enter');
    expect((await focused(popup)).expanded).toBe('true');
    const quote = await tabTo(popup, (f) => f.cls.includes('quote'), 3);
    expect(quote).toMatchObject({ tag: 'button', ring: true });
    await popup.keyboard.press('Enter');
    await expect.poll(() => highlighted(page), { timeout: 5000 }).toMatchObject({ count: 1, inView: true });
    // Space closes the list again.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Space');
    expect((await focused(popup)).expanded).toBe('false');
    await popup.close();
  });

  it('every button and link of the card can be reached with Tab and shows its focus', async () => {
    const popup = await policyPopup('cloudockit-en');
    const controls = await popup.locator('button:visible, a:visible').count();
    await popup.locator('body').focus();
    const seen: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < controls; i++) {
      await popup.keyboard.press('Tab');
      seen.push(await focused(popup));
    }
    expect(seen.filter((f) => f.tag === 'button' || f.tag === 'a')).toHaveLength(controls);
    expect(seen.filter((f) => !f.ring)).toEqual([]);
    await popup.close();
  });

  it('the options page works with the keyboard: toggles, adding and removing a site', async () => {
    const options = await openOptions(ext);
    try {
      await options.locator('body').focus();
      const first = await tabTo(options, (f) => f.tag === 'input');
      expect(first.ring).toBe(true);
      await options.keyboard.press('Space');
      await expect
        .poll(() => ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
        .toMatchObject({ autoDetect: false });
      await options.keyboard.press('Space');
      await tabTo(options, (f) => f.id === 'site-input');
      await options.keyboard.type('keyboard.example');
      await options.keyboard.press('Enter');
      await options.locator('[data-site="keyboard.example"]').waitFor();
      // The site's remove button comes just before the field.
      await options.keyboard.press('Shift+Tab');
      expect(await focused(options)).toMatchObject({
        tag: 'button',
        text: messages.optionsRemove.message,
        ring: true,
      });
      await options.keyboard.press('Enter');
      await options.locator('[data-sites=empty]').waitFor();
      await expect
        .poll(() => ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
        .toMatchObject({ autoDetect: true, neverRun: [] });
    } finally {
      await ext.worker.evaluate(() => chrome.storage.sync.clear());
      await options.close();
    }
  });
});
