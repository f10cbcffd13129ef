#!/usr/bin/env node
// The command line of Plainly: the same analysis code as the extension, on files.
// dist-cli/ is written by `npm run build` (vite.cli.config.ts).
import { existsSync } from 'node:fs';

const entry = new URL('../dist-cli/plainly.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('plainly: the command line is not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(entry.href);
