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
