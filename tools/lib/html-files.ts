import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML pages under `dir`, at any depth, sorted by path; none when `dir` does not exist. */
export function htmlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
