/** Helpers for the tests of the card, the options page and the settings (popup and options opened as tabs). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type Extension, ROOT, screenshot } from './harness';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page and returns its violations, shortened to what a failure message needs.
 * Extension pages forbid inline scripts (CSP script-src 'self'), so page.addScriptTag is refused there;
 * the script is evaluated through the DevTools protocol instead, which the page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
  );
}

/** Opens the options page as a tab. */
export async function openOptions(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.locator('main.options[data-ready=true]').waitFor();
  return page;
}

/** Waits until the popup shows the card (the four claims at a glance). */
export async function waitForCard(popup: Page): Promise<void> {
  await popup.locator('main[data-popup=report] [data-group=glance]').waitFor({ timeout: 15_000 });
}

/** Opens every "Where it says so" disclosure of the popup. */
export async function openAllQuotes(popup: Page): Promise<void> {
  const closed = popup.locator('.disclosure[aria-expanded=false]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The toolbar popup is as wide as its body (380 px): screenshots are taken at that width. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

/** Screenshots the popup in both colour schemes, at the popup's width: <name>-light.png and <name>-dark.png. */
export async function screenshotSchemes(popup: Page, name: string): Promise<void> {
  await popup.setViewportSize(POPUP_VIEWPORT);
  for (const colorScheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    await screenshot(popup, `${name}-${colorScheme}`);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

/** The element of the page marked by the last highlight: its text, and whether it is in view. */
export function highlighted(target: Page): Promise<{ count: number; text: string; inView: boolean }> {
  return target.evaluate(() => {
    const marked = document.querySelectorAll('.plainly-highlight');
    const el = marked[0];
    const rect = el?.getBoundingClientRect();
    return {
      count: marked.length,
      text: el?.textContent ?? '',
      inView: rect !== undefined && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
    };
  });
}

/** A message as chrome.i18n shows it ("$$" is a dollar sign in messages.json). */
export function shown(message: string): string {
  return message.replace(/\$\$/g, '$');
}

/** Resets the settings to their defaults (nothing stored). */
export async function resetSettings(ext: Extension): Promise<void> {
  await ext.worker.evaluate(() => chrome.storage.sync.clear());
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
