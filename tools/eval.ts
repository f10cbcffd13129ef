/**
 * `npm run eval [-- --gate] [--data DIR]`: every evaluation in one run: the classifier on the validation
 * splits, the detector on the labelled pages, extraction per language, the seeds' gold agreement, extraction
 * against the corpora's own attributes (eval-attributes.ts). With
 * --gate, exits 1 when any figure falls under tools/eval-thresholds.json or a seed's gold item is missed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STEPS = [
  'eval-classify.ts',
  'eval-detect.ts',
  'eval-lang.ts',
  'eval-accentless.ts',
  'eval-seeds.ts',
  'eval-attributes.ts',
];
const args = process.argv.slice(2);
let failed = 0;

for (const step of STEPS) {
  const script = join(ROOT, 'tools', step);
  if (!existsSync(script)) {
    failed++;
    console.error(`${step} is missing`);
    continue;
  }
  console.log(`\n### ${step}\n`);
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, script, ...args], { stdio: 'inherit', cwd: ROOT });
  if (run.status !== 0) {
    failed++;
    console.error(`${step} failed (exit ${run.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
