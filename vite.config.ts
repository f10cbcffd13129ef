import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/** Firefox needs its own add-on id, a minimum version and the data-collection declaration (none). */
const GECKO = {
  id: 'plainly@plainly.invalid',
  strict_min_version: '142.0',
  data_collection_permissions: { required: ['none' as const] },
};

/** The Firefox manifest is derived from the one manifest.json: background.scripts instead of a service worker. */
function firefoxManifest(): ManifestV3Export {
  const { minimum_chrome_version: _chromeOnly, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [baseManifest.background.service_worker], type: 'module' },
    browser_specific_settings: { gecko: GECKO },
  };
}

// `vite build`                -> dist/          (Chromium: background.service_worker)
// `vite build --mode firefox` -> dist-firefox/  (Firefox: background.scripts + gecko settings)
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest: ManifestV3Export = firefox ? firefoxManifest() : baseManifest;
  return {
    plugins: [
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained classic script instead of crxjs's loader, whose ES chunks had to be
        // web-accessible: any site could fetch one to learn that Plainly is installed.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Plainly never loads anything from the network; no inlined data: modules either.
      modulePreload: false,
      assetsInlineLimit: 0,
    },
  };
});
