/**
 * `npm run train [-- --data DIR] [--set k=v,...] [--cv-only] [--no-write] [--prune-study] [--export-check]
 *   [--dump-oof FILE] [--lexicon FILE] [--gate] [--model-out FILE] [--concept-blend-sweep a/b/...]`
 *
 * Trains the segment classifier on the TRAIN splits of OPP-115 and MAPP (en, de) and writes
 * src/model/classifier.json and src/model/registry.json. Deterministic: same data and code -> the same
 * bytes. Everything that is chosen (how each label reads a segment, decision thresholds) is chosen on
 * out-of-fold predictions of TRAIN, folds by policy; the validation splits are only measured, at the end.
 * The transfer intercepts (languages without training data) are then shifted on unlabelled en/de policy
 * pages of ../shared/data/pages so the concept-only view labels as many segments there as the full view
 * does (train/page-calibration.ts).
 * `--model-out FILE` also writes the model there (with `--no-write`: an experiment's model, for tools that take
 * `--model FILE`, such as tools/train/lang-in-page.ts).
 * `--concept-blend-sweep 0.25/0.4/1` prints the concept copies' out-of-fold F1 per label with the concept
 * view's hidden stage blended into every label at each weight (1: the stage alone); with `--cv-only`, nothing
 * else is fitted.
 * `--set` overrides hyper-parameters for experiments (tools/train/params.ts holds the committed ones).
 * `--gate` exits 1 when a cross-validated figure falls under tools/eval-thresholds.json
 * (`classifyCrossValidated`), after writing: CI retrains on every run, so a change that costs
 * cross-validated F1 beyond the seed noise fails there, even when validation (small) does not show it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lexicon } from '../src/core/classify/concepts';
import { conceptLexicon } from '../src/core/classify/concepts/index';
import thresholds from './eval-thresholds.json';
import { gateFailures } from './lib/classify-gate';
import { formatFigures } from './lib/classify-metrics';
import { sharedDataDir } from './shared-data';
import { oofDump } from './train/oof-dump';
import { DEFAULT_PARAMS, type Params, withOverrides } from './train/params';
import { trainClassifier } from './train/pipeline';
import { writeArtifacts } from './train/write';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const setArg = argv.indexOf('--set');
const params: Params = withOverrides(DEFAULT_PARAMS, setArg >= 0 ? argv[setArg + 1] : undefined);
const dataDir = sharedDataDir(process.argv);
// `--lexicon FILE`: a whole concept lexicon ({"concepts": ...}) in place of concepts/, for experiments
const lexiconArg = argv.indexOf('--lexicon');
const lexicon = (
  lexiconArg >= 0 ? JSON.parse(readFileSync(argv[lexiconArg + 1] ?? '', 'utf8')) : conceptLexicon
) as Lexicon;
// `--concept-blend-sweep a/b/...`: weights in [0, 1] (train/concept-hidden.ts `conceptBlendSweep`)
const sweepArg = argv.indexOf('--concept-blend-sweep');
const conceptBlendSweep =
  sweepArg < 0
    ? undefined
    : (argv[sweepArg + 1] ?? '').split('/').map((v) => {
        const a = Number(v);
        if (v === '' || !(a >= 0 && a <= 1))
          throw new Error(`--concept-blend-sweep: not a weight in [0, 1]: '${v}'`);
        return a;
      });
const started = performance.now();
const log = (msg: string): void =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const outcome = trainClassifier({
  params,
  lexicon,
  dataDir,
  print: (line) => console.log(line),
  log,
  cvOnly: argv.includes('--cv-only'),
  exportCheck: argv.includes('--export-check'),
  conceptBlendSweep,
  pruneStudy: argv.includes('--prune-study'),
});
const dumpArg = argv.indexOf('--dump-oof');
if (dumpArg >= 0)
  writeFileSync(
    argv[dumpArg + 1] ?? 'oof.json',
    JSON.stringify(oofDump(outcome.contextFull, outcome.contextBlended)),
  );
if (outcome.model !== null && outcome.validation !== null) {
  console.log('\nvalidation (threshold 0.5):');
  for (const r of outcome.validation)
    console.log(formatFigures(`${r.corpus} (${r.segments} segments)`, r.figures));
  const model = outcome.model;
  const written = writeArtifacts(ROOT, dataDir, model, params, !argv.includes('--no-write'));
  log(
    `classifier.json: ${model.rows} rows, ${written.bytes} bytes, ${written.gzipBytes} gzipped, sha256 ${written.sha256}`,
  );
  if (!argv.includes('--no-write')) log('wrote src/model/classifier.json and src/model/registry.json');
  const modelOut = argv.indexOf('--model-out');
  if (modelOut >= 0) writeFileSync(argv[modelOut + 1] ?? 'classifier.json', JSON.stringify(model));
}
if (argv.includes('--gate')) {
  const failures = outcome.cv.flatMap((r) => gateFailures(r, thresholds.classifyCrossValidated));
  if (failures.length > 0) {
    console.error(`cross-validated gate failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('cross-validated gate passed (tools/eval-thresholds.json "classifyCrossValidated")');
}
