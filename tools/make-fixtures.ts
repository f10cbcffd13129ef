/**
 * Turns the five seed policies of ../shared/seeds into committed fixture pages:
 * test/fixtures/policies/<name>.html (the policy text, unchanged, in a realistic site page) and
 * <name>.expected.json (the seed's gold line as is, plus isPolicy, kind, language and the page URL; the
 * hand-written `disputed` notes of an existing file are kept).
 *
 *   npx tsx tools/make-fixtures.ts [--seeds DIR]     (default: $PLAINLY_SHARED/seeds or ../shared/seeds)
 *
 * Deterministic: the same seeds give byte-identical files. It reads ../shared only here; the tests read
 * the committed pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedBlocks } from './fixtures/seed-blocks';
import { seedPage } from './fixtures/seed-page';
import { SEED_SITES } from './fixtures/seed-sites';
import { sharedRoot } from './shared-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/policies');

/**
 * The `disputed` notes of an existing expected file (written by hand: a gold item we read differently, and
 * why), so that regenerating the fixtures keeps them.
 */
function disputedIn(jsonFile: string): { disputed?: unknown } {
  if (!existsSync(jsonFile)) return {};
  const { disputed } = JSON.parse(readFileSync(jsonFile, 'utf8')) as { disputed?: unknown };
  return disputed === undefined ? {} : { disputed };
}

function seedsDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--seeds');
  if (flag >= 0 && argv[flag + 1]) return resolve(argv[flag + 1] ?? '');
  return join(sharedRoot(), 'seeds');
}

interface GoldLine {
  file: string;
  lang: string;
  kind: string;
  [key: string]: unknown;
}

function readGold(dir: string): Map<string, GoldLine> {
  const lines = readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n');
  const gold = new Map<string, GoldLine>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as GoldLine;
    gold.set(entry.file, entry);
  }
  return gold;
}

/** The committed JSON is in Biome's format, so a fresh run leaves `npx biome check` clean. */
function formatJson(files: readonly string[]): void {
  const biome = join(ROOT, 'node_modules/.bin/biome');
  const result = spawnSync(biome, ['format', '--write', ...files], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('biome format failed on the expected.json files');
}

function main(): void {
  const dir = seedsDir(process.argv.slice(2));
  const gold = readGold(dir);
  const jsonFiles: string[] = [];
  for (const site of SEED_SITES) {
    const file = `${site.name}.txt`;
    const entry = gold.get(file);
    if (!entry) throw new Error(`no gold line for ${file} in ${dir}/gold.jsonl`);
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(OUT, `${site.name}.html`), seedPage(site, seedBlocks(text, site.structure)));
    const jsonFile = join(OUT, `${site.name}.expected.json`);
    const expected = {
      isPolicy: true,
      kind: entry.kind,
      language: entry.lang,
      url: site.url,
      gold: entry,
      ...disputedIn(jsonFile),
    };
    writeFileSync(jsonFile, `${JSON.stringify(expected, null, 2)}\n`);
    jsonFiles.push(jsonFile);
    console.log(`wrote test/fixtures/policies/${site.name}.html`);
  }
  formatJson(jsonFiles);
}

main();
