/**
 * `npm run train:seeds -- [--seeds a,b,c] [--set k=v,...] [--lexicon FILE] [--out FILE] [--against FILE]
 *   [--data DIR]`, or `npm run train:seeds -- --from FILE [--data DIR]`
 *
 * Trains the classifier once per seed (the seed also deals the policies into folds), writing nothing, and
 * prints per corpus and label the cross-validated (out of fold on TRAIN, as scoreAll reads it) and
 * validation F1 over the seeds: mean, sd, min, max, with the committed model's validation figure. For each
 * of the two it prints the gate of tools/eval-thresholds.json (`classifyCrossValidated`, `classify`), how
 * many seeds fail it, and the gate the spread suggests (`classifyGateRule`), then the gates in force that
 * differ from the suggested ones. A single run moves by about 0.01 with the seed alone (docs/model.md), so a
 * change is judged over the same seeds, paired.
 *
 * With `--set` or `--lexicon` (a lever), each seed is trained twice, baseline and lever, and the paired
 * difference per seed is summarised (mean, sd, and mean / (sd / sqrt(n))). `--out FILE` keeps every run's
 * figures as JSON; `--against FILE` takes the baseline from such a file (same seeds, same code) instead
 * of training it again. `--from FILE` trains nothing: it prints the tables of such a file (baseline, and
 * lever with the paired differences if it has one); the committed column still reads the validation data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lexicon } from '../../src/core/classify/concepts';
import { conceptLexicon } from '../../src/core/classify/concepts/index';
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
  type FigureSet,
  type Figures,
  figureKeys,
  flatten,
  gateCheck,
  gateDrift,
  pairedSummary,
  parseStudy,
  type SavedStudy,
  type SeedRun,
  summary,
} from './seed-summary';
import { sha256Of } from './write';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const from = arg('--from');
const fromClashes = ['--seeds', '--set', '--lexicon', '--out', '--against'].filter((f) => argv.includes(f));
if (from !== undefined && fromClashes.length > 0)
  throw new Error(`--from prints a saved study and trains nothing: drop ${fromClashes.join(' ')}`);
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
const gates: Readonly<Record<FigureSet, Readonly<Record<string, CorpusGate>>>> = {
  cv: thresholds.classifyCrossValidated,
  validation: thresholds.classify,
};
const committedSha = sha256Of(`${JSON.stringify(committedModel)}\n`);
const started = performance.now();
const log = (msg: string): void =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const keptLabels = (fit: ContextFit): string =>
  SEGMENT_LABELS.filter((_, l) => fit.gains[l]?.kept === true).join(' ') +
  (fit.weights.neighbours === undefined ? '' : ` (neighbours by ${fit.weights.neighbours.words} words)`);

function runOnce(seed: number, lever: boolean): SeedRun {
  const base = withOverrides(DEFAULT_PARAMS, lever ? setSpec : undefined);
  const outcome = trainClassifier({
    params: { ...base, seed },
    lexicon: lever && leverLexicon !== null ? leverLexicon : conceptLexicon,
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

const readStudy = (file: string): SavedStudy => parseStudy(JSON.parse(readFileSync(file, 'utf8')), file);

function baselineRuns(): SeedRun[] {
  if (against === undefined) return seeds.map((s) => runOnce(s, false));
  const saved = readStudy(against).baseline;
  return seeds.map((s) => {
    const r = saved.find((x) => x.seed === s);
    if (r === undefined) throw new Error(`--against ${against}: no baseline run for seed ${s}`);
    return r;
  });
}

/** The study: read from `--from`, or trained (and written to `--out` when asked). */
function study(): SavedStudy {
  if (from !== undefined) return readStudy(from);
  const baseline = baselineRuns();
  const lever = hasLever ? seeds.map((s) => runOnce(s, true)) : null;
  const out = arg('--out');
  if (out !== undefined)
    writeFileSync(out, `${JSON.stringify({ seeds, setSpec, lexiconFile, baseline, lever })}\n`);
  return { seeds, ...(setSpec ? { setSpec } : {}), ...(lexiconFile ? { lexiconFile } : {}), baseline, lever };
}

const { baseline, lever, ...levers } = study();
const committed: Figures = flatten(evaluateClassifier(loadClassifier(committedModel), dataDir, 'validation'));
const f3 = (x: number): string => (Number.isNaN(x) ? '    -' : x.toFixed(3));
const f2 = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '    -' : x.toFixed(2).padStart(5);
/** gate, seeds failing it, suggested gate: the three gate columns of a figure set. */
const gateColumns = (runs: readonly SeedRun[], set: FigureSet, key: string): string => {
  const { gate, fails, suggested } = gateCheck(runs, set, key, gates[set]);
  return `${f2(gate)} ${(gate === undefined ? '' : String(fails)).padStart(5)}     ${f2(suggested)}`;
};
const table = (title: string, runs: readonly SeedRun[]): void => {
  console.log(`\n${title} (${runs.length} seeds: ${runs.map((r) => r.seed).join(', ')})`);
  console.log(
    `${'corpus / figure'.padEnd(24)} | cross-validated: mean    sd   min   max  gate fails suggested |` +
      ` validation: mean    sd   min   max committed  gate fails suggested`,
  );
  for (const key of figureKeys(runs)) {
    const cv = summary(runs.map((r) => r.cv[key] ?? Number.NaN));
    const val = summary(runs.map((r) => r.validation[key] ?? Number.NaN));
    console.log(
      `${key.padEnd(24)} |                  ${f3(cv.mean)} ${f3(cv.sd)} ${f3(cv.min)} ${f3(cv.max)} ` +
        `${gateColumns(runs, 'cv', key)} |` +
        `       ${f3(val.mean)} ${f3(val.sd)} ${f3(val.min)} ${f3(val.max)}     ${f3(committed[key] ?? Number.NaN)} ` +
        gateColumns(runs, 'validation', key),
    );
  }
  const drift = (set: FigureSet, section: string): string => {
    const off = gateDrift(runs, set, gates[set]);
    return `${section} gates not the suggested one: ${off.length === 0 ? 'none' : off.join(', ')}`;
  };
  console.log(drift('cv', 'classifyCrossValidated'));
  console.log(drift('validation', 'classify'));
};
const keptLines = (title: string, runs: readonly SeedRun[]): string[] =>
  runs.map((r) => `  ${title} seed ${r.seed}: ${r.contextKept ?? '(not recorded)'}`);
table('baseline', baseline);
console.log('\ncontext stage kept, per seed:');
for (const line of keptLines('baseline', baseline)) console.log(line);
if (lever !== null) for (const line of keptLines('lever   ', lever)) console.log(line);
if (lever !== null) {
  table(
    `lever (${[levers.setSpec && `--set ${levers.setSpec}`, levers.lexiconFile && `--lexicon ${levers.lexiconFile}`].filter(Boolean).join(' ')})`,
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
