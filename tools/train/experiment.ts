/**
 * `npx tsx tools/train/experiment.ts --out FILE [--data DIR] [--set k=v,...] [--lexicon FILE]`
 *
 * One training run as `npm run train` does it (pipeline.ts), whose model is written to FILE instead of
 * src/model/classifier.json (nothing under src/model is touched): an experiment's model, to be read with
 * `npx tsx tools/train/lang-in-page.ts --model FILE` or `npx tsx tools/eval-lang.ts`-style tools.
 * Prints the same report lines and the validation figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Lexicon } from '../../src/core/classify/concepts';
import lexiconJson from '../../src/core/classify/concepts.json';
import { formatFigures } from '../lib/classify-metrics';
import { sharedDataDir } from '../shared-data';
import { DEFAULT_PARAMS, withOverrides } from './params';
import { trainClassifier } from './pipeline';

const argv = process.argv.slice(2);
const flagValue = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const out = flagValue('--out');
if (out === undefined) throw new Error('experiment: --out FILE is required');
const lexiconFile = flagValue('--lexicon');
const lexicon = (lexiconFile ? JSON.parse(readFileSync(lexiconFile, 'utf8')) : lexiconJson) as Lexicon;
const started = performance.now();
const outcome = trainClassifier({
  params: withOverrides(DEFAULT_PARAMS, flagValue('--set')),
  lexicon,
  dataDir: sharedDataDir(process.argv),
  print: (line) => console.log(line),
  log: (msg) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`),
});
if (outcome.model !== null) writeFileSync(out, `${JSON.stringify(outcome.model)}\n`);
for (const r of outcome.validation ?? [])
  console.log(formatFigures(`${r.corpus} (${r.segments} segments)`, r.figures));
