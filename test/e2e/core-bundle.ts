/**
 * Bundles test/e2e/in-page-core.ts into a classic script (an IIFE that sets `window.PlainlyCore`), built in
 * memory with vite's API: the same code the content script bundles, for measuring it inside a real page.
 */
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from './harness';

/** What the bundle puts on `window` (the declared shape of the page-side API). */
export interface PlainlyCore {
  gatePage(doc: Document, url: string): { candidate: boolean; kind: string; reason: string };
  segmentDocument(doc: Document): {
    segments: { id: number; kind: string; text: string; heading: string; level: number }[];
    title: string;
  };
}

export async function coreBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(ROOT, 'test/e2e/in-page-core.ts'), formats: ['iife'], name: 'PlainlyCore' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('vite gave no bundle for test/e2e/in-page-core.ts');
}
