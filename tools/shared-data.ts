import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/data beside the repository, or --data DIR / PLAINLY_DATA. */
export function sharedDataDir(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--data');
  const given = flag >= 0 ? argv[flag + 1] : process.env.PLAINLY_DATA;
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = given ? resolve(given) : resolve(repo, '..', 'shared', 'data');
  if (!existsSync(dir))
    throw new Error(`data folder not found: ${dir} (pass --data DIR or set PLAINLY_DATA)`);
  return dir;
}

/** A line of pages/labels.jsonl. */
export interface LabelLine {
  file: string;
  lang: string;
  kind: string;
  is_policy: boolean;
  source?: { repo: string; path: string; commit: string };
}

/** The address a labelled page would be served at: its path in the source repository (a site's route). */
export function pageUrl(label: LabelLine): string | null {
  if (!label.source?.path) return null;
  const route = label.source.path.replace(/(?:\/index)?\.(?:html?|md)$/i, '');
  return `https://example.org/${encodeURI(route)}`;
}
