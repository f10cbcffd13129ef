import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the repository, or PLAINLY_SHARED. It may not exist (a user's clone has none). */
export function sharedRoot(): string {
  return resolve(process.env.PLAINLY_SHARED ?? join(REPO, '..', 'shared'));
}

/** Where the data is looked for: --data DIR, else PLAINLY_DATA, else <shared>/data. It may not exist. */
export function sharedDataPath(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--data');
  const given = flag >= 0 ? argv[flag + 1] : process.env.PLAINLY_DATA;
  return given ? resolve(given) : join(sharedRoot(), 'data');
}

/** The data folder (see sharedDataPath); an error when it is missing. */
export function sharedDataDir(argv: readonly string[] = process.argv): string {
  const dir = sharedDataPath(argv);
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

/** A labelled page for detection: pages/ (policies and non-policies) and opp115/pages (all policies). */
export interface LabelledPage {
  path: string;
  lang: string;
  kind: string;
  isPolicy: boolean;
  url: string | null;
}

export function labelledPages(data: string): LabelledPage[] {
  const pages = readFileSync(join(data, 'pages', 'labels.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as LabelLine)
    .map((l) => ({
      path: join(data, 'pages', l.file),
      lang: l.lang,
      kind: l.kind,
      isPolicy: l.is_policy,
      url: pageUrl(l),
    }));
  const opp = readdirSync(join(data, 'opp115', 'pages'))
    .sort()
    .map((f) => ({
      path: join(data, 'opp115', 'pages', f),
      lang: 'en',
      kind: 'privacy-policy',
      isPolicy: true,
      url: null,
    }));
  return [...pages, ...opp];
}
