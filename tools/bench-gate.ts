/**
 * `npm run bench:gate`: what Plainly costs on every page (nothing here asserts; it prints).
 *  1. The gate (src/core/detect/gate.ts) on real pages: the HTML pages of ../shared/data/pages and
 *     ../shared/data/opp115/pages (PLAINLY_DATA or --data to point elsewhere; skipped when absent) and the
 *     committed fixtures, under linkedom. Per page the median of repeated runs; over pages the median,
 *     95th percentile and the slowest pages, with what made them slow.
 *  2. The code injected into every page: the content script's files and the chunks they import
 *     statically, raw and gzipped, from dist/ and dist-firefox/ (build first); chunks loaded only for a
 *     candidate page (dynamic imports), if the build has any, are listed apart. Today the content script is
 *     one self-contained file (vite.config.ts), so there are none.
 * The address given to the gate is a neutral one (https://example.org/page), so the gate takes its full
 * path on every page whose title does not already say "privacy": the cost of a page that is not a policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtmlDocument } from '../src/cli/html-document';
import { asDocument, decodeText } from '../src/cli/read-page';
import { fold } from '../src/core/detect/fold';
import { gatePage, textSample } from '../src/core/detect/gate';
import { htmlFilesUnder } from './lib/html-files';
import { median, percentile } from './lib/stats';
import { timeRuns } from './lib/timing';
import { sharedDataDir } from './shared-data';

const ROOT = resolve(import.meta.dirname, '..');
const URL = 'https://example.org/page';
const WARM_UP = 3;
const RUNS = 15;

interface Timed {
  group: string;
  /** The page's path inside its group's folder. */
  name: string;
  bytes: number;
  doc: Document;
  ms: number;
}

function medianMs(fn: () => void): number {
  return median(timeRuns(fn, RUNS, WARM_UP));
}

/** Parses a page as the CLI does (a site generator's fragment becomes the page it renders). */
function load(group: string, dir: string, file: string): Omit<Timed, 'ms'> {
  const bytes = readFileSync(file);
  const doc = parseHtmlDocument(asDocument(decodeText(bytes)));
  return { group, name: relative(dir, file), bytes: bytes.length, doc };
}

function dataGroups(): [string, string][] {
  try {
    const data = sharedDataDir();
    return [
      ['pages', join(data, 'pages')],
      ['opp115', join(data, 'opp115', 'pages')],
    ];
  } catch (error) {
    console.log(`(real pages skipped: ${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
}

function summary(name: string, rows: readonly Timed[]): string {
  const ms = rows.map((r) => r.ms);
  return `   ${name.padEnd(10)} ${String(rows.length).padStart(4)} pages  median ${median(ms).toFixed(3)} ms  p95 ${percentile(ms, 0.95).toFixed(3)} ms  max ${Math.max(...ms).toFixed(3)} ms`;
}

/** What the gate did on a page, and where its time went. */
function explain(row: Timed): string {
  const { doc } = row;
  const verdict = gatePage(doc, URL);
  const headings = medianMs(() => doc.querySelectorAll('h1, h2, h3, [role="heading"]'));
  const sample = medianMs(() => textSample(doc, 20_000));
  const text = textSample(doc, 20_000);
  const folding = medianMs(() => fold(text));
  const elements = doc.querySelectorAll('*').length;
  return [
    `   ${row.ms.toFixed(3)} ms  ${row.group}: ${row.name}`,
    `      ${(row.bytes / 1024).toFixed(0)} kB, ${elements} elements; gate: ${verdict.reason}`,
    `      heading query ${headings.toFixed(3)} ms, text sample ${sample.toFixed(3)} ms (${text.length} chars), folding it ${folding.toFixed(3)} ms`,
  ].join('\n');
}

function benchGate(): void {
  const groups: [string, string][] = [...dataGroups(), ['fixtures', join(ROOT, 'test', 'fixtures')]];
  const rows: Timed[] = [];
  for (const [group, dir] of groups) {
    for (const file of htmlFilesUnder(dir)) {
      const page = load(group, dir, file);
      rows.push({ ...page, ms: medianMs(() => gatePage(page.doc, URL)) });
    }
  }
  console.log(`1. The gate per page (median of ${RUNS} runs each; linkedom DOM, a browser's DOM is faster):`);
  for (const [group] of groups) {
    const of = rows.filter((r) => r.group === group);
    if (of.length > 0) console.log(summary(group, of));
  }
  console.log(summary('all', rows));
  const rejected = rows.filter((r) => !gatePage(r.doc, URL).candidate);
  console.log(summary('rejected', rejected));
  console.log(
    `   (rejected: the pages the gate lets go, having read everything it reads: the cost of a page that is not a policy)`,
  );
  console.log('   slowest:');
  for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 3)) console.log(explain(row));
}

/** Files a chunk imports statically (`import ... from "./x.js"`), relative to the dist folder. */
function staticImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g);
  return [...found].map((m) => join(dirname(file), m[1] ?? ''));
}

/** Files a chunk loads on demand: import("./x.js"), and chrome.runtime.getURL("x.js") in a crxjs loader. */
function dynamicImports(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const relativeImports = [...code.matchAll(/import\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g)].map((m) =>
    join(dirname(file), m[1] ?? ''),
  );
  const urls = [...code.matchAll(/runtime\.getURL\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? '');
  return [...relativeImports, ...urls];
}

/** The closure of a set of files under static imports. */
function staticClosure(dist: string, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(dist, file)) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

function sizes(dist: string, files: Iterable<string>): { raw: number; gz: number; list: string } {
  let raw = 0;
  let gz = 0;
  const parts: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    parts.push(`${file.replace(/^assets\//, '')} ${(bytes.length / 1000).toFixed(2)}`);
  }
  return { raw, gz, list: parts.join(', ') };
}

function benchInjected(name: string, dist: string): void {
  const manifestFile = join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.log(`   ${name}: not built (npm run build)`);
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const loaders = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  // A crxjs loader imports the content script's entry at once; what that imports statically comes too.
  const entries = loaders.flatMap((loader) => dynamicImports(dist, loader));
  const everyPage = staticClosure(dist, [...loaders, ...entries]);
  const lazyRoots = [...everyPage].flatMap((file) =>
    loaders.includes(file) ? [] : dynamicImports(dist, file),
  );
  const lazy = [...staticClosure(dist, lazyRoots)].filter((file) => !everyPage.has(file));
  const injected = sizes(dist, everyPage);
  const onDemand = sizes(dist, lazy);
  const kB = (n: number): string => (n / 1000).toFixed(1);
  console.log(
    `   ${name}: every page ${kB(injected.raw)} kB raw, ${kB(injected.gz)} kB gzipped (${injected.list})`,
  );
  console.log(
    `   ${name}: candidate pages add ${kB(onDemand.raw)} kB raw, ${kB(onDemand.gz)} kB gzipped (${onDemand.list})`,
  );
}

benchGate();
console.log('\n2. Injected into every page (kB = 1000 bytes; gzip -9 per file):');
benchInjected('chrome ', join(ROOT, 'dist'));
benchInjected('firefox', join(ROOT, 'dist-firefox'));
