/**
 * A web page must not be able to tell that Plainly is installed by loading one of its files
 * (chrome-extension://<id>/...): the extension exposes no web-accessible resource. The content script is
 * one self-contained file the browser injects (vite.config.ts, `standaloneFiles`), so nothing needs to be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { badgeText, DIST, type Extension, FIXTURES, useExtension, visitSettled } from './harness';
import { generatedPages } from './pages';
import { type FixtureServer, useFixtureServer } from './server';

let ext: Extension;
let server: FixtureServer;
let page: Page;

/** Every file of the built extension, relative to dist/. */
function shippedFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

beforeAll(async () => {
  [server, ext] = await Promise.all([useFixtureServer(FIXTURES, generatedPages()), useExtension()]);
  page = await ext.context.newPage();
});

afterAll(async () => {
  await page?.close();
});

describe('a page probing for the extension', () => {
  it('finds no web-accessible resource in the built manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('cannot load any file the extension ships, while the content script works on that page', async () => {
    const { tabId } = await visitSettled(ext, page, server.url('/policies/drofus-en.html'));
    expect(await badgeText(ext, tabId)).toBe(messages.badgeText.message);
    const files = shippedFiles();
    expect(files).toContain('manifest.json');
    expect(files.length).toBeGreaterThan(10);
    const loaded = await page.evaluate(
      async ({ id, paths }) => {
        const tryLoad = (file: string): Promise<string | null> =>
          fetch(`chrome-extension://${id}/${file}`).then(
            () => file,
            () => null,
          );
        return (await Promise.all(paths.map(tryLoad))).filter((file) => file !== null);
      },
      { id: ext.id, paths: files },
    );
    expect(loaded).toEqual([]);
  });
});
