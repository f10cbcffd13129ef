/**
 * One training run of the segment classifier, as `npm run train` does it (tools/train.ts is its command
 * line; tools/train/seed-study.ts runs it once per seed): everything is chosen on out-of-fold predictions
 * of TRAIN, folds by policy (pooling per label, thresholds, the blend, the context stage), then the final
 * models are fitted on all of TRAIN, exported, and measured on the validation splits.
 */
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lexicon } from '../../src/core/classify/concepts';
import { createFeaturizer, type InstanceMode } from '../../src/core/classify/features';
import { decodeKeys } from '../../src/core/classify/model-codec';
import type { ClassifierModel } from '../../src/core/classify/model-format';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { type CorpusResult, evaluateClassifier } from '../lib/classify-eval';
import { CORPORA, type CorpusName, type PolicySegment, readSegments } from '../lib/policy-data';
import { bestThreshold, logit } from './calibrate';
import { dropoutFeaturizers } from './concept-dropout';
import {
  conceptBlendSweep,
  conceptHiddenExamples,
  crossValidateConceptHidden,
  exportConceptStage,
  fitConceptBlend,
  withConceptStage,
} from './concept-hidden';
import { type ContextFit, combineByLabel, fitContext, wordsOf } from './context';
import { crossValidate, type Fitted, fitModel } from './cross-validate';
import { buildExamples, type RawExample } from './examples';
import { type ExportInput, exportModel } from './export';
import { conceptExportCheck, exportCheck } from './export-check';
import {
  crossValidateHidden,
  exportHidden,
  fitBlend,
  fitHidden,
  HIDDEN_CORPORA,
  hiddenExamples,
} from './hidden-stage';
import { mergeByLabel } from './merge';
import { type CvFigures, outOfFoldFigures } from './oof-figures';
import { rateMatchShifts, readPolicyPages } from './page-calibration';
import type { Params } from './params';
import { pruneStudy } from './prune-study';
import { fitRetentionStage, oppReadings, type RetentionFit } from './retention-stage';
import { candidateOf, chooseByLabel, reportOutOfFold } from './select';

export interface TrainRun {
  readonly params: Params;
  readonly lexicon: Lexicon;
  readonly dataDir: string;
  /** Report lines (console.log for `npm run train`; nothing for the seed study). */
  readonly print: (line: string) => void;
  /** Timed progress messages. */
  readonly log: (msg: string) => void;
  /** Stop after the out-of-fold stage (no final fit, no model, no validation). */
  readonly cvOnly?: boolean;
  readonly exportCheck?: boolean;
  /** Blend weights at which to print the concept copies' out-of-fold F1 (`conceptBlendSweep`). */
  readonly conceptBlendSweep?: readonly number[];
  readonly pruneStudy?: boolean;
}

export interface TrainOutcome {
  /** The context stages (linear path: German; blended path: English), for `--dump-oof`. */
  readonly contextFull: ContextFit;
  readonly contextBlended: ContextFit | null;
  /** Out-of-fold figures per corpus as scoreAll would give them (see oof-figures.ts). */
  readonly cv: readonly CvFigures[];
  /** The exported model and its validation figures (null with `cvOnly`). */
  readonly model: ClassifierModel | null;
  readonly validation: readonly CorpusResult[] | null;
}

export function trainClassifier(run: TrainRun): TrainOutcome {
  const { params, lexicon, dataDir, print, log } = run;
  const featurizer = createFeaturizer(lexicon, params);
  const gappedFor = dropoutFeaturizers(lexicon, params, params, params.seed);
  const segments: Array<{ corpus: CorpusName; segs: PolicySegment[] }> = CORPORA.map((corpus) => ({
    corpus,
    segs: readSegments(dataDir, corpus, 'train'),
  }));
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
  print(`pooling per label:          ${chosen.map((c) => c.pooling).join(' ')}`);
  print(`thresholds (trained langs): ${linearThresholds.map((t) => t.toFixed(2)).join(' ')}`);
  if (blended !== null)
    print(`thresholds (blended, en):   ${blended.thresholds.map((t) => t.toFixed(2)).join(' ')}`);
  print(`thresholds (other langs):   ${transferThresholds.map((t) => t.toFixed(2)).join(' ')}`);
  print('cross-validation on TRAIN (out-of-fold, calibrated thresholds):');
  if (hiddenOof !== null) {
    const hiddenThresholds = SEGMENT_LABELS.map((_, l) => bestThreshold(hiddenOof, l).t);
    for (const line of reportOutOfFold('linear  ', chosen, () => linearOof, linearThresholds)) print(line);
    for (const line of reportOutOfFold('hidden  ', chosen, () => hiddenOof, hiddenThresholds)) print(line);
  }
  for (const line of reportOutOfFold('full    ', chosen, () => linearOof, linearThresholds)) print(line);
  if (blended !== null)
    for (const line of reportOutOfFold('blended ', chosen, () => blended.oof, blended.thresholds).slice(0, 2))
      print(line);
  for (const line of reportOutOfFold('concepts', chosen, (c) => c.cv.transfer, transferThresholds))
    print(line);
  // The concept view's hidden-layer stage (`transferHidden`; concept-hidden.ts).
  const conceptData = params.transferHidden ? conceptHiddenExamples(examplesFor('sentences')) : [];
  const conceptLinearOof = combineByLabel(chosen.map((c) => c.cv.transfer));
  const conceptHiddenOof = params.transferHidden ? crossValidateConceptHidden(conceptData, params) : null;
  const conceptBlend =
    conceptHiddenOof === null ? null : fitConceptBlend(conceptLinearOof, conceptHiddenOof, params);
  if (conceptHiddenOof !== null && run.conceptBlendSweep !== undefined) {
    print('concept copies out of fold, mean F1 per label, every label at blend weight a:');
    for (const line of conceptBlendSweep(conceptLinearOof, conceptHiddenOof, run.conceptBlendSweep))
      print(line);
  }
  if (conceptBlend !== null) {
    const gains = conceptBlend.gains.map((g) => `${g.before.toFixed(3)}->${g.after.toFixed(3)}`).join(' ');
    print(`concept view + its hidden stage, out-of-fold mean F1 per label: ${gains}`);
    print(`  blend weight per label ${conceptBlend.blend.join(' ')}`);
    for (const line of reportOutOfFold('concepts+', chosen, () => conceptBlend.oof, conceptBlend.thresholds))
      print(line);
  }
  // Once English reads the blended path, the linear path's context serves German alone (hidden-stage.ts).
  const served = CORPORA.filter((c) => !HIDDEN_CORPORA.includes(c));
  const contextFull = fitContext(
    linearOof,
    linearThresholds,
    params,
    blended !== null && params.contextJudgedOnServed ? served : undefined,
    wordsOf(linearOof, segments),
  );
  const contextBlended =
    blended === null
      ? null
      : fitContext(blended.oof, blended.thresholds, params, undefined, wordsOf(blended.oof, segments));
  const contextConcepts = fitContext(
    combineByLabel(chosen.map((c) => c.cv.transfer)),
    transferThresholds,
    params.transferContext ? params : { ...params, contextOffsets: [] },
  );
  const contextConceptStage =
    conceptBlend === null
      ? null
      : fitContext(
          conceptBlend.oof,
          conceptBlend.thresholds,
          params.transferContext ? params : { ...params, contextOffsets: [] },
        );
  const gains = (fit: ContextFit): string =>
    fit.gains.map((g) => `${g.before.toFixed(3)}->${g.after.toFixed(3)}${g.kept ? '*' : ''}`).join(' ');
  const readings = (fit: ContextFit): string =>
    (fit.readings ?? []).map((r) => `${r.words}: ${r.f1.toFixed(4)}`).join(', ');
  if ((contextFull.readings ?? []).length > 0)
    print(
      `context neighbours by words, mean F1: full ${readings(contextFull)}; blended ${contextBlended === null ? '-' : readings(contextBlended)}`,
    );
  print(`context stage, out-of-fold mean F1 per label (* kept):\n  full     ${gains(contextFull)}`);
  if (contextBlended !== null) print(`  blended  ${gains(contextBlended)}`);
  print(`  concepts ${gains(contextConcepts)}`);
  print('with the context stage (scoreAll):');
  for (const line of reportOutOfFold('full    ', chosen, () => contextFull.oof, contextFull.thresholds))
    print(line);
  if (contextBlended !== null)
    for (const line of reportOutOfFold(
      'blended ',
      chosen,
      () => contextBlended.oof,
      contextBlended.thresholds,
    ).slice(0, 2))
      print(line);
  for (const line of reportOutOfFold(
    'concepts',
    chosen,
    () => contextConcepts.oof,
    contextConcepts.thresholds,
  ))
    print(line);
  // The retention stage of the trained views (English blended, German linear), on their context stages.
  const RET = SEGMENT_LABELS.indexOf('retention');
  const oppSegs = segments.find((s) => s.corpus === 'opp115')?.segs ?? [];
  const kinds = params.retentionStage ? oppReadings(dataDir, oppSegs) : [];
  const retentionOf = (fit: ContextFit, offset = 0): RetentionFit =>
    fitRetentionStage(fit.oof, fit.thresholds[RET]!, offset, kinds, params);
  const retentionFull = params.retentionStage ? retentionOf(contextFull) : null;
  const retentionBlended =
    params.retentionStage && contextBlended !== null ? retentionOf(contextBlended) : null;
  const said = (name: string, r: RetentionFit): string =>
    `  ${name} ${r.rows} segments read (${r.positives} retention): OPP-115 retention out of fold ${r.before.toFixed(3)} -> ${r.after.toFixed(3)}; weights ${JSON.stringify(r.stage)}`;
  if (retentionFull !== null) {
    print('retention stage (extraction reading of each segment alone):');
    print(said('full    ', retentionFull));
    if (retentionBlended !== null) print(said('blended ', retentionBlended));
  }
  const staged = (fit: ContextFit, r: RetentionFit | null): ContextFit =>
    r === null ? fit : { ...fit, oof: r.oof };
  const cv = outOfFoldFigures(
    staged(contextFull, retentionFull),
    contextBlended === null ? null : staged(contextBlended, retentionBlended),
  );
  if (run.cvOnly === true) return { contextFull, contextBlended, cv, model: null, validation: null };

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
                (1 - a) * merged.bias[l]! +
                a * hiddenFinal.model.outputBias[l]! -
                logit(blended.thresholds[l]!)
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
  print(`transfer intercept shifts (en/de page rates): ${shifts.map((d) => d.toFixed(2)).join(' ')}`);
  const linearModel: ClassifierModel = {
    ...exported,
    transferBias: exported.transferBias.map((b, l) => Number((b + shifts[l]!).toPrecision(6))),
  };
  // The concept view's stage is matched to the same rates, on its own blended logits.
  const conceptFinal = conceptBlend === null ? null : fitHidden(conceptData, params);
  const conceptStage =
    conceptFinal === null || conceptBlend === null || contextConceptStage === null
      ? null
      : exportConceptStage(
          conceptFinal,
          conceptBlend,
          merged.bias,
          linearPart.transferBias,
          contextConceptStage.weights,
        );
  const unstaged =
    conceptStage === null
      ? linearModel
      : withConceptStage(
          linearModel,
          linearPart,
          conceptStage,
          (m) =>
            params.transferRateMatch
              ? rateMatchShifts(m, policyPages, params, params.seed)
              : SEGMENT_LABELS.map(() => 0),
          print,
        );
  // The concept view's stage reads its logits as exported: calibrated, plus the rate-matching shift.
  const conceptContext = contextConceptStage ?? contextConcepts;
  const conceptShift =
    (unstaged.hiddenConcepts?.intercepts[RET] ?? unstaged.transferBias[RET]!) - linearPart.transferBias[RET]!;
  const retentionConcepts = retentionFull === null ? null : retentionOf(conceptContext, conceptShift);
  if (retentionConcepts !== null) print(said('concepts', retentionConcepts));
  const model: ClassifierModel =
    retentionFull === null || retentionConcepts === null
      ? unstaged
      : {
          ...unstaged,
          retention: {
            blended: (retentionBlended ?? retentionFull).stage,
            full: retentionFull.stage,
            concepts: retentionConcepts.stage,
          },
        };
  const linearFloat = chosen.map((c) => ({
    fit: finals.get(c.pooling)!,
    examples: examplesFor(modeOf(c.pooling)),
  }));
  if (run.exportCheck === true && hiddenFinal !== null && blended !== null) {
    print('exported model against the float models (English TRAIN segments, first stage):');
    const float = {
      linear: linearFloat,
      hidden: hiddenFinal,
      sentences: examplesFor('sentences'),
      blend: blended.blend,
      thresholds: blended.thresholds,
    };
    for (const line of exportCheck(model, float, segments)) print(line);
  }
  if (run.exportCheck === true && conceptFinal !== null && conceptBlend !== null && conceptStage !== null) {
    print(
      'exported concept stage (before its rate-matching shift) against the float models (concept copies of the TRAIN segments, first stage):',
    );
    const float = {
      linear: linearFloat,
      hidden: conceptFinal,
      sentences: examplesFor('sentences'),
      blend: conceptBlend.blend,
      thresholds: conceptBlend.thresholds,
    };
    for (const line of conceptExportCheck(model, conceptStage, float, segments)) print(line);
  }
  if (run.pruneStudy === true) for (const line of pruneStudy(exportInput, segments)) print(line);
  const validation = evaluateClassifier(loadClassifier(model), dataDir, 'validation');
  return { contextFull, contextBlended, cv, model, validation };
}
