/**
 * `npm run eval:classify [-- --gate] [--data DIR] [--split validation|train] [--transfer] [--isolated]`
 *
 * Per-label precision / recall / F1, micro and macro, per corpus (opp115, mapp-en, mapp-de), of the
 * committed classifier at threshold 0.5. Each policy is scored as a page (scoreAll over its segments in
 * order, so the context stage sees the neighbours); `--isolated` also scores every segment alone (score).
 * `--transfer` also scores every corpus as an unseen language (the model loaded with no trained language,
 * so only concept features count: a proxy for nl, nb, sv, da, fr, es, it, pl, pt). With `--gate`, exits 1
 * when a figure falls under tools/eval-thresholds.json (`classify`). Those gates are set from the spread
 * of a five-seed study (`npm run train:seeds`; rule in `classifyGateRule` and docs/model.md), so that a
 * fair retrain passes and a regression beyond the seed noise fails.
 */
import { loadClassifier } from '../src/core/classify/classifier';
import model from '../src/model/classifier.json';
import thresholds from './eval-thresholds.json';
import { evaluateClassifier } from './lib/classify-eval';
import { gateFailures } from './lib/classify-gate';
import { formatFigures } from './lib/classify-metrics';
import type { Split } from './lib/policy-data';
import { sharedDataDir } from './shared-data';

const argv = process.argv.slice(2);
const splitArg = argv.indexOf('--split');
const split: Split = splitArg >= 0 && argv[splitArg + 1] === 'train' ? 'train' : 'validation';
const dataDir = sharedDataDir(process.argv);
const classifier = loadClassifier(model);

const started = performance.now();
const results = evaluateClassifier(classifier, dataDir, split);
const ms = performance.now() - started;
console.log(`classifier on the ${split} splits (threshold 0.5), ${ms.toFixed(0)} ms\n`);
for (const r of results) console.log(`${formatFigures(`${r.corpus} (${r.segments} segments)`, r.figures)}\n`);

if (argv.includes('--isolated')) {
  console.log('every segment scored alone (score, no context stage)\n');
  for (const r of evaluateClassifier(classifier, dataDir, split, 'isolated')) {
    console.log(`${formatFigures(`${r.corpus} isolated`, r.figures)}\n`);
  }
}

if (argv.includes('--transfer')) {
  console.log('transfer proxy: the same text scored as an unseen language (concept features only)\n');
  const conceptsOnly = loadClassifier({ ...model, trainedLangs: [] });
  for (const r of evaluateClassifier(conceptsOnly, dataDir, split)) {
    console.log(`${formatFigures(`${r.corpus} as unseen language`, r.figures)}\n`);
  }
}

if (argv.includes('--gate')) {
  const failures = results.flatMap((r) => gateFailures(r, thresholds.classify));
  if (failures.length > 0) {
    console.error(`classifier gate failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('classifier gate passed');
}
