/**
 * `npm run train [-- --data DIR] [--set k=v,...] [--cv-only] [--no-write] [--prune-study] [--export-check]
 *   [--dump-oof FILE] [--lexicon FILE]`
 *
 * Trains the segment classifier on the TRAIN splits of OPP-115 and MAPP (en, de) and writes
 * src/model/classifier.json and src/model/registry.json. Deterministic: same data and code -> the same
 * bytes. Everything that is chosen (how each label reads a segment, decision thresholds) is chosen on
 * out-of-fold predictions of TRAIN, folds by policy; the validation splits are only measured, at the end.
 * The transfer intercepts (languages without training data) are then shifted on unlabelled en/de policy
 * pages of ../shared/data/pages so the concept-only view labels as many segments there as the full view
 * does (train/page-calibration.ts).
 * `--set` overrides hyper-parameters for experiments (tools/train/params.ts holds the committed ones).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadClassifier } from '../src/core/classify/classifier';
import type { Lexicon } from '../src/core/classify/concepts';
import lexiconJson from '../src/core/classify/concepts.json';
import { createFeaturizer, type InstanceMode } from '../src/core/classify/features';
import { decodeKeys } from '../src/core/classify/model-codec';
import { SEGMENT_LABELS } from '../src/core/vocabulary';
import { evaluateClassifier } from './lib/classify-eval';
import { formatFigures } from './lib/classify-metrics';
import { CORPORA, readSegments } from './lib/policy-data';
import { sharedDataDir } from './shared-data';
import { bestThreshold, logit } from './train/calibrate';
import { dropoutFeaturizers } from './train/concept-dropout';
import { combineByLabel, fitContext } from './train/context';
import { crossValidate, type Fitted, fitModel } from './train/cross-validate';
import { buildExamples, type RawExample } from './train/examples';
import { type ExportInput, exportModel } from './train/export';
import { exportCheck } from './train/export-check';
import { crossValidateHidden, exportHidden, fitBlend, fitHidden, hiddenExamples } from './train/hidden-stage';
import { mergeByLabel } from './train/merge';
import { oofDump } from './train/oof-dump';
import { rateMatchShifts, readPolicyPages } from './train/page-calibration';
import { DEFAULT_PARAMS, type Params, withOverrides } from './train/params';
import { pruneStudy } from './train/prune-study';
import { candidateOf, chooseByLabel, reportOutOfFold } from './train/select';
import { writeArtifacts } from './train/write';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const setArg = argv.indexOf('--set');
const params: Params = withOverrides(DEFAULT_PARAMS, setArg >= 0 ? argv[setArg + 1] : undefined);
const dataDir = sharedDataDir(process.argv);
// `--lexicon FILE`: an edited copy of concepts.json, for experiments (the committed model reads the real one)
const lexiconArg = argv.indexOf('--lexicon');
const lexicon = (
  lexiconArg >= 0 ? JSON.parse(readFileSync(argv[lexiconArg + 1] ?? '', 'utf8')) : lexiconJson
) as Lexicon;
const started = performance.now();
const log = (msg: string): void =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const featurizer = createFeaturizer(lexicon, params);
const gappedFor = dropoutFeaturizers(lexicon, params, params, params.seed);
const segments = CORPORA.map((corpus) => ({ corpus, segs: readSegments(dataDir, corpus, 'train') }));
log(`train segments: ${segments.map((s) => `${s.corpus} ${s.segs.length}`).join(', ')}`);
const examplesByMode = new Map<InstanceMode, RawExample[]>();
const examplesFor = (mode: InstanceMode): RawExample[] => {
  let ex = examplesByMode.get(mode);
  if (ex === undefined) {
    ex = segments.flatMap(({ corpus, segs }) =>
      buildExamples(corpus, segs, featurizer, params, mode, gappedFor),
    );
    examplesByMode.set(mode, ex);
  }
  return ex;
};
const modeOf = (pooling: number): InstanceMode => (pooling === 0 ? 'segment' : 'sentences');

const candidates = params.poolings.map((pooling) => {
  const c = candidateOf(pooling, crossValidate(examplesFor(modeOf(pooling)), params, pooling));
  log(`pooling ${pooling}: out-of-fold F1 per label ${c.thresholds.map((t) => t.f1.toFixed(3)).join(' ')}`);
  return c;
});
const chosen = chooseByLabel(candidates, params.selectMargin);
const linearOof = combineByLabel(chosen.map((c) => c.cv.full));
const linearThresholds = SEGMENT_LABELS.map((_, l) => bestThreshold(linearOof, l).t);
const transferThresholds = SEGMENT_LABELS.map((_, l) => bestThreshold(chosen[l]!.cv.transfer, l).t);
// The hidden-layer stage: out-of-fold on the same folds, blended per label for English (hidden-stage.ts).
const hiddenData = params.hiddenUnits > 0 ? hiddenExamples(examplesFor('sentences')) : [];
const hiddenOof = params.hiddenUnits > 0 ? crossValidateHidden(hiddenData, params) : null;
const blended = hiddenOof === null ? null : fitBlend(linearOof, hiddenOof, params);
if (blended !== null)
  log(`hidden-layer stage cross-validated; blend weight per label ${blended.blend.join(' ')}`);
console.log(`pooling per label:          ${chosen.map((c) => c.pooling).join(' ')}`);
console.log(`thresholds (trained langs): ${linearThresholds.map((t) => t.toFixed(2)).join(' ')}`);
if (blended !== null)
  console.log(`thresholds (blended, en):   ${blended.thresholds.map((t) => t.toFixed(2)).join(' ')}`);
console.log(`thresholds (other langs):   ${transferThresholds.map((t) => t.toFixed(2)).join(' ')}`);
console.log('cross-validation on TRAIN (out-of-fold, calibrated thresholds):');
if (hiddenOof !== null) {
  const hiddenThresholds = SEGMENT_LABELS.map((_, l) => bestThreshold(hiddenOof, l).t);
  for (const line of reportOutOfFold('linear  ', chosen, () => linearOof, linearThresholds))
    console.log(line);
  for (const line of reportOutOfFold('hidden  ', chosen, () => hiddenOof, hiddenThresholds))
    console.log(line);
}
for (const line of reportOutOfFold('full    ', chosen, () => linearOof, linearThresholds)) console.log(line);
if (blended !== null)
  for (const line of reportOutOfFold('blended ', chosen, () => blended.oof, blended.thresholds).slice(0, 2))
    console.log(line);
for (const line of reportOutOfFold('concepts', chosen, (c) => c.cv.transfer, transferThresholds))
  console.log(line);
const contextFull = fitContext(linearOof, linearThresholds, params);
const contextBlended = blended === null ? null : fitContext(blended.oof, blended.thresholds, params);
const contextConcepts = fitContext(
  combineByLabel(chosen.map((c) => c.cv.transfer)),
  transferThresholds,
  params.transferContext ? params : { ...params, contextOffsets: [] },
);
const gains = (fit: typeof contextFull): string =>
  fit.gains.map((g) => `${g.before.toFixed(3)}->${g.after.toFixed(3)}${g.kept ? '*' : ''}`).join(' ');
console.log(`context stage, out-of-fold mean F1 per label (* kept):\n  full     ${gains(contextFull)}`);
if (contextBlended !== null) console.log(`  blended  ${gains(contextBlended)}`);
console.log(`  concepts ${gains(contextConcepts)}`);
console.log('with the context stage (scoreAll):');
for (const line of reportOutOfFold('full    ', chosen, () => contextFull.oof, contextFull.thresholds))
  console.log(line);
if (contextBlended !== null)
  for (const line of reportOutOfFold(
    'blended ',
    chosen,
    () => contextBlended.oof,
    contextBlended.thresholds,
  ).slice(0, 2))
    console.log(line);
for (const line of reportOutOfFold('concepts', chosen, () => contextConcepts.oof, contextConcepts.thresholds))
  console.log(line);
const dumpArg = argv.indexOf('--dump-oof');
if (dumpArg >= 0)
  writeFileSync(argv[dumpArg + 1] ?? 'oof.json', JSON.stringify(oofDump(contextFull, contextBlended)));
if (argv.includes('--cv-only')) process.exit(0);

const finals = new Map<number, Fitted>();
for (const c of new Set(chosen))
  finals.set(c.pooling, fitModel(examplesFor(modeOf(c.pooling)), params, c.pooling));
const merged = mergeByLabel(chosen.map((c) => finals.get(c.pooling)!));
const hiddenFinal = blended === null ? null : fitHidden(hiddenData, params);
const exportInput: ExportInput = {
  merged,
  pooling: chosen.map((c) => c.pooling),
  context: { full: contextFull.weights, concepts: contextConcepts.weights },
  config: {
    bigrams: params.bigrams,
    pairWindow: params.pairWindow,
    wordPrefix: params.wordPrefix,
    normPower: params.normPower,
    lengthBounds: params.lengthBounds,
    lengthValue: params.lengthValue,
  },
  lexicon,
  trainedLangs: ['en', 'de'],
  bias: SEGMENT_LABELS.map((_, l) => merged.bias[l]! - logit(linearThresholds[l]!)),
  transferBias: SEGMENT_LABELS.map((_, l) => merged.bias[l]! - logit(transferThresholds[l]!)),
  pruneBelow: params.pruneBelow,
  keepIds: params.hiddenRowUnion && hiddenFinal !== null ? new Set(hiddenFinal.vocab.ids) : undefined,
};
const linearPart = exportModel(exportInput);
if (hiddenFinal !== null) {
  const rowIds = new Set(decodeKeys(linearPart.keys, linearPart.rows));
  const missing = [...hiddenFinal.vocab.ids].filter((id) => !rowIds.has(id)).length;
  log(`hidden-layer features without a row: ${missing} of ${hiddenFinal.vocab.ids.length}`);
}
const exported = {
  ...linearPart,
  hidden:
    hiddenFinal === null || blended === null || contextBlended === null
      ? null
      : exportHidden(
          hiddenFinal,
          blended.blend,
          // (1 - a) * linear + a * hidden: both intercepts, calibrated for the 0.5 decision point
          SEGMENT_LABELS.map((_, l) => {
            const a = blended.blend[l]!;
            return (
              (1 - a) * merged.bias[l]! + a * hiddenFinal.model.outputBias[l]! - logit(blended.thresholds[l]!)
            );
          }),
          contextBlended.weights,
          decodeKeys(linearPart.keys, linearPart.rows),
        ),
};
// The transfer view is matched to the linear full view's rates (the hidden stage is not blended for the
// languages without training data), so adding that stage leaves those languages as they were.
const policyPages = params.transferRateMatch ? readPolicyPages(dataDir, ['en', 'de']) : [];
const shifts = params.transferRateMatch
  ? rateMatchShifts(linearPart, policyPages, params, params.seed)
  : SEGMENT_LABELS.map(() => 0);
console.log(`transfer intercept shifts (en/de page rates): ${shifts.map((d) => d.toFixed(2)).join(' ')}`);
const model = {
  ...exported,
  transferBias: exported.transferBias.map((b, l) => Number((b + shifts[l]!).toPrecision(6))),
};
if (argv.includes('--export-check') && hiddenFinal !== null && blended !== null) {
  console.log('exported model against the float models (English TRAIN segments, first stage):');
  const float = {
    linear: chosen.map((c) => ({ fit: finals.get(c.pooling)!, examples: examplesFor(modeOf(c.pooling)) })),
    hidden: hiddenFinal,
    sentences: examplesFor('sentences'),
    blend: blended.blend,
    thresholds: blended.thresholds,
  };
  for (const line of exportCheck(model, float, segments)) console.log(line);
}
if (argv.includes('--prune-study')) for (const line of pruneStudy(exportInput, segments)) console.log(line);

console.log('\nvalidation (threshold 0.5):');
for (const r of evaluateClassifier(loadClassifier(model), dataDir, 'validation')) {
  console.log(formatFigures(`${r.corpus} (${r.segments} segments)`, r.figures));
}
const written = writeArtifacts(ROOT, dataDir, model, params, !argv.includes('--no-write'));
log(
  `classifier.json: ${model.rows} rows, ${written.bytes} bytes, ${written.gzipBytes} gzipped, sha256 ${written.sha256}`,
);
if (!argv.includes('--no-write')) log('wrote src/model/classifier.json and src/model/registry.json');
