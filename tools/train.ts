/**
 * `npm run train [-- --data DIR] [--set k=v,...] [--cv-only] [--no-write]`
 *
 * Trains the segment classifier on the TRAIN splits of OPP-115 and MAPP (en, de) and writes
 * src/model/classifier.json and src/model/registry.json. Deterministic: same data and code -> the same
 * bytes. Everything that is chosen (how each label reads a segment, decision thresholds) is chosen on
 * out-of-fold predictions of TRAIN, folds by policy; the validation splits are only measured, at the end.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadClassifier } from '../src/core/classify/classifier';
import type { Lexicon } from '../src/core/classify/concepts';
import lexiconJson from '../src/core/classify/concepts.json';
import { createFeaturizer, type InstanceMode } from '../src/core/classify/features';
import { SEGMENT_LABELS } from '../src/core/vocabulary';
import { evaluateClassifier } from './lib/classify-eval';
import { formatFigures } from './lib/classify-metrics';
import { CORPORA, readSegments } from './lib/policy-data';
import { sharedDataDir } from './shared-data';
import { bestThreshold, chooseThresholds, logit, type OutOfFold, type Threshold } from './train/calibrate';
import { type CrossValidation, crossValidate, type Fitted, fitModel } from './train/cross-validate';
import { buildExamples, type RawExample } from './train/examples';
import { exportModel } from './train/export';
import { mergeByLabel } from './train/merge';
import { DEFAULT_PARAMS, type Params, withOverrides } from './train/params';
import { writeArtifacts } from './train/write';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const params: Params = withOverrides(DEFAULT_PARAMS, arg('--set'));
const dataDir = sharedDataDir(process.argv);
const lexicon = lexiconJson as Lexicon;
const started = performance.now();
const log = (msg: string): void =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const fmt = (x: number): string => x.toFixed(3);

const featurizer = createFeaturizer(lexicon, params);
const segments = CORPORA.map((corpus) => ({ corpus, segs: readSegments(dataDir, corpus, 'train') }));
const examplesByMode = new Map<InstanceMode, RawExample[]>();
const examplesFor = (mode: InstanceMode): RawExample[] => {
  let ex = examplesByMode.get(mode);
  if (ex === undefined) {
    ex = segments.flatMap(({ corpus, segs }) => buildExamples(corpus, segs, featurizer, params, mode));
    examplesByMode.set(mode, ex);
    log(
      `${ex.length} ${mode} examples (all views) from ${segments.map((s) => s.segs.length).join(' + ')} segments`,
    );
  }
  return ex;
};
const modeOf = (pooling: number): InstanceMode => (pooling === 0 ? 'segment' : 'sentences');

interface Candidate {
  readonly pooling: number;
  readonly cv: CrossValidation;
  readonly thresholds: Threshold[];
}

const candidates: Candidate[] = params.poolings.map((pooling) => {
  const cv = crossValidate(examplesFor(modeOf(pooling)), params, pooling);
  const thresholds = chooseThresholds(cv.full);
  log(`pooling ${pooling}: out-of-fold F1 ${thresholds.map((t) => fmt(t.f1)).join(' ')}`);
  return { pooling, cv, thresholds };
});

/** Per label: the first candidate unless a later one beats the best so far by selectMargin. */
const chosen = SEGMENT_LABELS.map((_, l) => {
  let best = candidates[0]!;
  for (const c of candidates.slice(1))
    if (c.thresholds[l]!.f1 > best.thresholds[l]!.f1 + params.selectMargin) best = c;
  return best;
});

function report(
  title: string,
  pick: (c: Candidate) => readonly OutOfFold[],
  thresholds: readonly number[],
): void {
  for (const corpus of CORPORA) {
    const tot = { tp: 0, fp: 0, fn: 0 };
    const cells: string[] = [];
    SEGMENT_LABELS.forEach((label, l) => {
      if (corpus !== 'opp115' && label !== 'collection' && label !== 'sharing') return;
      const c = { tp: 0, fp: 0, fn: 0 };
      for (const o of pick(chosen[l]!)) {
        if (o.corpus !== corpus) continue;
        const gold = o.y[l]! >= 0.5;
        const pred = o.p[l]! >= thresholds[l]!;
        if (gold && pred) c.tp++;
        else if (pred) c.fp++;
        else if (gold) c.fn++;
      }
      tot.tp += c.tp;
      tot.fp += c.fp;
      tot.fn += c.fn;
      cells.push(`${label} ${fmt((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn))}`);
    });
    const micro = (2 * tot.tp) / Math.max(1, 2 * tot.tp + tot.fp + tot.fn);
    console.log(`  ${title} ${corpus.padEnd(8)} micro ${fmt(micro)} | ${cells.join(', ')}`);
  }
}

const thresholds = SEGMENT_LABELS.map((_, l) => chosen[l]!.thresholds[l]!.t);
const transferThresholds = SEGMENT_LABELS.map((_, l) => bestThreshold(chosen[l]!.cv.transfer, l).t);
console.log(`pooling per label:          ${chosen.map((c) => c.pooling).join(' ')}`);
console.log(`thresholds (trained langs): ${thresholds.map((t) => t.toFixed(2)).join(' ')}`);
console.log(`thresholds (other langs):   ${transferThresholds.map((t) => t.toFixed(2)).join(' ')}`);
console.log('cross-validation on TRAIN (out-of-fold, calibrated thresholds):');
report('full    ', (c) => c.cv.full, thresholds);
report('concepts', (c) => c.cv.transfer, transferThresholds);
const dump = arg('--dump-oof');
if (dump !== undefined) {
  const rows = candidates[0]!.cv.full.map((o, i) => ({
    group: o.group,
    corpus: o.corpus,
    y: [...o.y],
    p: SEGMENT_LABELS.map((_, l) => chosen[l]!.cv.full[i]!.p[l]!),
  }));
  writeFileSync(dump, JSON.stringify(rows));
}
if (argv.includes('--cv-only')) process.exit(0);

const finals = new Map<number, Fitted>();
for (const c of new Set(chosen))
  finals.set(c.pooling, fitModel(examplesFor(modeOf(c.pooling)), params, c.pooling));
const merged = mergeByLabel(chosen.map((c) => finals.get(c.pooling)!));
const exportInput = {
  merged,
  pooling: chosen.map((c) => c.pooling),
  config: {
    bigrams: params.bigrams,
    pairWindow: params.pairWindow,
    wordPrefix: params.wordPrefix,
    normPower: params.normPower,
  },
  lexicon,
  trainedLangs: ['en', 'de'],
  bias: SEGMENT_LABELS.map((_, l) => merged.bias[l]! - logit(thresholds[l]!)),
  transferBias: SEGMENT_LABELS.map((_, l) => merged.bias[l]! - logit(transferThresholds[l]!)),
  pruneBelow: params.pruneBelow,
};
const model = exportModel(exportInput);

/** Size and decisions changed on TRAIN when dropping small quantised weights (chooses pruneBelow). */
function pruneStudy(): void {
  const decide = (c: ReturnType<typeof loadClassifier>): boolean[] =>
    segments.flatMap(({ corpus, segs }) =>
      segs.flatMap((s) => {
        const sc = c.score(s.text, '', corpus === 'mapp-de' ? 'de' : 'en');
        return SEGMENT_LABELS.map((l) => sc[l] >= 0.5);
      }),
    );
  const base = decide(loadClassifier(exportModel({ ...exportInput, pruneBelow: 0 })));
  for (const level of [0, 1, 2, 3, 4]) {
    const m = exportModel({ ...exportInput, pruneBelow: level });
    const d = decide(loadClassifier(m));
    const flips = d.filter((x, i) => x !== base[i]).length;
    const w = writeArtifacts(ROOT, dataDir, m, params, false);
    console.log(`prune |q| <= ${level}: ${m.rows} rows, ${w.gzipBytes} gzipped, ${((100 * flips) / d.length).toFixed(3)}% decisions changed`);
  }
}

if (argv.includes('--prune-study')) pruneStudy();
const classifier = loadClassifier(model);
console.log('\nvalidation (threshold 0.5):');
for (const r of evaluateClassifier(classifier, dataDir, 'validation')) {
  console.log(formatFigures(`${r.corpus} (${r.segments} segments)`, r.figures));
}
const written = writeArtifacts(ROOT, dataDir, model, params, !argv.includes('--no-write'));
log(
  `classifier.json: ${model.rows} rows, ${written.bytes} bytes, ${written.gzipBytes} gzipped, sha256 ${written.sha256}`,
);
