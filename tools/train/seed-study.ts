/**
 * `npm run train:seeds -- [--seeds a,b,c] [--set k=v,...] [--lexicon FILE] [--out FILE] [--against FILE]
 *   [--data DIR]`
 *
 * Trains the classifier once per seed (the seed also deals the policies into folds), writing nothing, and
 * prints per corpus and label the cross-validated (out of fold on TRAIN, as scoreAll reads it) and
 * validation F1 over the seeds: mean, sd, min, max, with the committed model's validation figure and the
 * gate of tools/eval-thresholds.json. A single run moves by about 0.01 with the seed alone (docs/model.md),
 * so a change is judged over the same seeds, paired.
 *
 * With `--set` or `--lexicon` (a lever), each seed is trained twice, baseline and lever, and the paired
 * difference per seed is summarised (mean, sd, and mean / (sd / sqrt(n))). `--out FILE` keeps every run's
 * figures as JSON; `--against FILE` takes the baseline from such a file (same seeds, same code) instead
 * of training it again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lexicon } from '../../src/core/classify/concepts';
import lexiconJson from '../../src/core/classify/concepts.json';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import committedModel from '../../src/model/classifier.json';
import thresholds from '../eval-thresholds.json';
import { evaluateClassifier } from '../lib/classify-eval';
import type { CorpusGate } from '../lib/classify-gate';
import { sharedDataDir } from '../shared-data';
import type { ContextFit } from './context';
import { DEFAULT_PARAMS, withOverrides } from './params';
import { trainClassifier } from './pipeline';
import {
  type Figures,
  figureKeys,
  flatten,
  gateOf,
  pairedSummary,
  type SeedRun,
  suggestedGate,
  summary,
} from './seed-summary';
import { sha256Of } from './write';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const DEFAULT_SEEDS = [DEFAULT_PARAMS.seed, 1, 2, 3, 4];
const seeds = arg('--seeds')?.split(',').map(Number) ?? DEFAULT_SEEDS;
if (seeds.some((s) => !Number.isInteger(s))) throw new Error(`--seeds: integers, comma-separated`);
const dataDir = sharedDataDir(process.argv);
const setSpec = arg('--set');
const lexiconFile = arg('--lexicon');
const leverLexicon =
  lexiconFile === undefined ? null : (JSON.parse(readFileSync(lexiconFile, 'utf8')) as Lexicon);
const hasLever = setSpec !== undefined || leverLexicon !== null;
const against = arg('--against');
const gates = thresholds.classify as Readonly<Record<string, CorpusGate>>;
const committedSha = sha256Of(`${JSON.stringify(committedModel)}\n`);
const started = performance.now();
const log = (msg: string): void =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const keptLabels = (fit: ContextFit): string =>
  SEGMENT_LABELS.filter((_, l) => fit.gains[l]?.kept === true).join(' ');

function runOnce(seed: number, lever: boolean): SeedRun {
  const base = withOverrides(DEFAULT_PARAMS, lever ? setSpec : undefined);
  const outcome = trainClassifier({
    params: { ...base, seed },
    lexicon: lever && leverLexicon !== null ? leverLexicon : (lexiconJson as Lexicon),
    dataDir,
    print: () => {},
    log: () => {},
  });
  const sha = outcome.model === null ? '' : sha256Of(`${JSON.stringify(outcome.model)}\n`);
  const run: SeedRun = {
    seed,
    sha,
    cv: flatten(outcome.cv),
    validation: flatten(outcome.validation ?? []),
    contextKept: [
      `linear: ${keptLabels(outcome.contextFull)}`,
      `blended: ${outcome.contextBlended === null ? '-' : keptLabels(outcome.contextBlended)}`,
    ].join('; '),
  };
  log(
    `${lever ? 'lever   ' : 'baseline'} seed ${seed} done${sha === committedSha ? ' (= committed model)' : ''}`,
  );
  return run;
}

function baselineRuns(): SeedRun[] {
  if (against === undefined) return seeds.map((s) => runOnce(s, false));
  const saved = (
    JSON.parse(readFileSync(against, 'utf8')) as { lever: SeedRun[] | null; baseline: SeedRun[] }
  ).baseline;
  return seeds.map((s) => {
    const r = saved.find((x) => x.seed === s);
    if (r === undefined) throw new Error(`--against ${against}: no baseline run for seed ${s}`);
    return r;
  });
}

const baseline = baselineRuns();
const lever = hasLever ? seeds.map((s) => runOnce(s, true)) : null;
const out = arg('--out');
if (out !== undefined)
  writeFileSync(out, `${JSON.stringify({ seeds, setSpec, lexiconFile, baseline, lever })}\n`);

const committed: Figures = flatten(evaluateClassifier(loadClassifier(committedModel), dataDir, 'validation'));
const f3 = (x: number): string => (Number.isNaN(x) ? '    -' : x.toFixed(3));
const table = (title: string, runs: readonly SeedRun[]): void => {
  console.log(`\n${title} (${runs.length} seeds: ${runs.map((r) => r.seed).join(', ')})`);
  console.log(
    `${'corpus / figure'.padEnd(24)} | cross-validated: mean    sd   min   max | validation: mean    sd   min   max committed  gate fails suggested`,
  );
  for (const key of figureKeys(runs)) {
    const cv = summary(runs.map((r) => r.cv[key] ?? Number.NaN));
    const val = summary(runs.map((r) => r.validation[key] ?? Number.NaN));
    const gate = gateOf(gates, key);
    const fails =
      gate === undefined ? '' : String(runs.filter((r) => (r.validation[key] ?? 0) < gate).length);
    console.log(
      `${key.padEnd(24)} |                  ${f3(cv.mean)} ${f3(cv.sd)} ${f3(cv.min)} ${f3(cv.max)} |` +
        `       ${f3(val.mean)} ${f3(val.sd)} ${f3(val.min)} ${f3(val.max)}     ${f3(committed[key] ?? Number.NaN)} ` +
        `${gate === undefined ? '    -' : gate.toFixed(2).padStart(5)} ${fails.padStart(5)}     ${suggestedGate(val).toFixed(2)}`,
    );
  }
};
const keptLines = (title: string, runs: readonly SeedRun[]): string[] =>
  runs.map((r) => `  ${title} seed ${r.seed}: ${r.contextKept ?? '(not recorded)'}`);
table('baseline', baseline);
console.log('\ncontext stage kept, per seed:');
for (const line of keptLines('baseline', baseline)) console.log(line);
if (lever !== null) for (const line of keptLines('lever   ', lever)) console.log(line);
if (lever !== null) {
  table(
    `lever (${[setSpec && `--set ${setSpec}`, lexiconFile && `--lexicon ${lexiconFile}`].filter(Boolean).join(' ')})`,
    lever,
  );
  console.log(`\npaired difference, lever - baseline, per seed (t = mean / (sd / sqrt(n)))`);
  console.log(
    `${'corpus / figure'.padEnd(24)} | cross-validated: mean    sd      t | validation: mean    sd      t`,
  );
  for (const key of figureKeys(baseline)) {
    const cv = pairedSummary(baseline, lever, (r) => r.cv[key]);
    const val = pairedSummary(baseline, lever, (r) => r.validation[key]);
    const t = (x: number): string => (Number.isFinite(x) ? x.toFixed(1).padStart(6) : '     -');
    console.log(
      `${key.padEnd(24)} |                 ${f3(cv.mean).padStart(6)} ${f3(cv.sd)} ${t(cv.t)} |` +
        `            ${f3(val.mean).padStart(6)} ${f3(val.sd)} ${t(val.t)}`,
    );
  }
}
