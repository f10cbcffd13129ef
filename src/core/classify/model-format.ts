/** The JSON shape of src/model/classifier.json and its validation. */

import { LANGUAGES, type Lang, SEGMENT_LABELS } from '../vocabulary';
import type { Lexicon } from './concepts';
import { type ContextWeights, contextWidth } from './context';
import type { FeatureConfig } from './features';
import { type HiddenLayerModel, validateHiddenLayer } from './hidden-format';
import { type RetentionStages, validateRetentionStages } from './retention-stage';

export const MODEL_FORMAT = 'plainly-segment-classifier';
export const MODEL_VERSION = 3;

export interface ClassifierModel {
  readonly format: typeof MODEL_FORMAT;
  readonly version: typeof MODEL_VERSION;
  readonly labels: readonly string[];
  readonly config: FeatureConfig;
  readonly lexicon: Lexicon;
  /** Languages whose words have weights (the training languages). */
  readonly trainedLangs: readonly Lang[];
  /** Per-label intercepts for trained languages (calibrated for the 0.5 threshold). */
  readonly bias: readonly number[];
  /** Per-label intercepts for other languages, where only concept features carry weights. */
  readonly transferBias: readonly number[];
  /**
   * Per label: 0 reads the whole segment as one instance; r > 0 reads its sentences and pools their
   * logits with log-mean-exp of sharpness r (a label is present when some sentence expresses it).
   */
  readonly pooling: readonly number[];
  /** Second stage of scoreAll per view: trained languages (`full`) and the others (`concepts`). */
  readonly context: { readonly full: ContextWeights; readonly concepts: ContextWeights };
  /** Per-label dequantisation scales. */
  readonly scale: readonly number[];
  readonly rows: number;
  readonly keys: string;
  readonly weights: string;
  /** Hidden-layer stage blended into the logits of its `langs` (English; hidden-format.ts), or null. */
  readonly hidden: HiddenLayerModel | null;
  /**
   * Optional: a hidden-layer stage over the concept features, trained on the concept-only copies of the
   * training segments, blended into the concept view's logits (concept-stage.ts). Its `intercepts` and
   * `context` replace `transferBias` and `context.concepts` there; its `langs` is empty (it serves every
   * language that `trainedLangs` does not name).
   */
  readonly hiddenConcepts?: ConceptHiddenLayerModel;
  /**
   * Optional: the retention stage per view (retention-stage.ts), applied when the caller passes a reader of
   * extraction's retention rules; without it (older models) retention is the first stage's.
   */
  readonly retention?: RetentionStages;
}

/** The concept view's hidden-layer stage: the shape of `hidden`, with rows of its own (feature ids `keys`). */
export interface ConceptHiddenLayerModel extends HiddenLayerModel {
  readonly rows: number;
  readonly keys: string;
}

function fail(why: string): never {
  throw new Error(`loadClassifier: invalid model: ${why}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finiteArray(v: unknown, n: number, name: string): number[] {
  if (!Array.isArray(v) || v.length !== n || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    fail(`${name} must be an array of ${n} finite numbers`);
  }
  return v as number[];
}

function checkConfig(v: unknown): FeatureConfig {
  if (!isRecord(v)) fail('config must be an object');
  const { bigrams, pairWindow, wordPrefix, normPower, lengthBounds, lengthValue } = v;
  if (typeof bigrams !== 'boolean') fail('config.bigrams must be a boolean');
  if (typeof pairWindow !== 'number' || !Number.isInteger(pairWindow) || pairWindow < 0) {
    fail('config.pairWindow must be a non-negative integer');
  }
  if (typeof wordPrefix !== 'number' || !Number.isInteger(wordPrefix) || wordPrefix < 0) {
    fail('config.wordPrefix must be a non-negative integer');
  }
  if (typeof normPower !== 'number' || !(normPower >= 0 && normPower <= 1)) {
    fail('config.normPower must be a number in [0, 1]');
  }
  if (
    !Array.isArray(lengthBounds) ||
    !lengthBounds.every((b, i) => Number.isInteger(b) && (i === 0 || b > lengthBounds[i - 1]))
  ) {
    fail('config.lengthBounds must be increasing integers');
  }
  if (typeof lengthValue !== 'number' || !Number.isFinite(lengthValue) || lengthValue < 0) {
    fail('config.lengthValue must be a non-negative number');
  }
  return { bigrams, pairWindow, wordPrefix, normPower, lengthBounds: lengthBounds as number[], lengthValue };
}

function checkLexicon(v: unknown): Lexicon {
  if (!isRecord(v) || !isRecord(v.concepts)) fail('lexicon.concepts must be an object');
  for (const [name, entry] of Object.entries(v.concepts)) {
    if (!isRecord(entry)) fail(`lexicon concept "${name}" must be an object`);
    for (const stems of Object.values(entry)) {
      if (typeof stems !== 'string') fail(`lexicon concept "${name}" has a non-string stem list`);
    }
  }
  return v as unknown as Lexicon;
}

function checkContext(v: unknown, name: string): ContextWeights {
  if (!isRecord(v)) fail(`${name} must be an object`);
  const { offsets, labels } = v;
  if (!Array.isArray(offsets) || !offsets.every((d) => Number.isInteger(d) && d !== 0)) {
    fail(`${name}.offsets must be non-zero integers`);
  }
  const width = contextWidth(offsets as number[]);
  if (
    !Array.isArray(labels) ||
    labels.length !== SEGMENT_LABELS.length ||
    !labels.every(
      (w) =>
        Array.isArray(w) &&
        (w.length === 0 || w.length === width) &&
        w.every((x) => typeof x === 'number' && Number.isFinite(x)),
    )
  ) {
    fail(`${name}.labels must hold, per label, [] or ${width} finite numbers`);
  }
  const { neighbours } = v;
  if (
    neighbours !== undefined &&
    !(
      isRecord(neighbours) &&
      typeof neighbours.words === 'number' &&
      Number.isFinite(neighbours.words) &&
      neighbours.words > 0 &&
      typeof neighbours.merge === 'boolean'
    )
  ) {
    fail(`${name}.neighbours must be absent or {words: a positive number, merge: a boolean}`);
  }
  return v as unknown as ContextWeights;
}

function checkConceptStage(v: unknown): void {
  if (v === undefined) return;
  if (!isRecord(v)) fail('hiddenConcepts must be an object');
  const stage = validateHiddenLayer(v, 'hiddenConcepts');
  if (stage === null) fail('hiddenConcepts must be an object');
  // it serves every language trainedLangs does not name; languages listed here would be ignored
  if (stage.langs.length > 0) fail('hiddenConcepts.langs must be empty');
  const { rows, keys } = v;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0)
    fail('hiddenConcepts.rows must be a non-negative integer');
  if (typeof keys !== 'string') fail('hiddenConcepts.keys must be a string');
  checkContext(stage.context, 'hiddenConcepts.context');
}

/** Checks the shape of a parsed classifier.json; throws an Error saying what is wrong. */
export function validateModel(model: unknown): ClassifierModel {
  if (!isRecord(model)) fail('expected a JSON object');
  if (model.format !== MODEL_FORMAT) fail(`format must be "${MODEL_FORMAT}"`);
  if (model.version !== MODEL_VERSION) fail(`version must be ${MODEL_VERSION}`);
  const labels = model.labels;
  if (
    !Array.isArray(labels) ||
    labels.length !== SEGMENT_LABELS.length ||
    labels.some((l, i) => l !== SEGMENT_LABELS[i])
  ) {
    fail(`labels must be exactly ${SEGMENT_LABELS.join(', ')}`);
  }
  const n = SEGMENT_LABELS.length;
  finiteArray(model.bias, n, 'bias');
  finiteArray(model.transferBias, n, 'transferBias');
  const langs = model.trainedLangs;
  if (!Array.isArray(langs) || !langs.every((l) => (LANGUAGES as readonly unknown[]).includes(l))) {
    fail(`trainedLangs must list languages among ${LANGUAGES.join(', ')}`);
  }
  const scale = finiteArray(model.scale, n, 'scale');
  if (scale.some((s) => s < 0)) fail('scale must be non-negative');
  const pooling = finiteArray(model.pooling, n, 'pooling');
  if (pooling.some((r) => r < 0)) fail('pooling must be non-negative');
  if (typeof model.rows !== 'number' || !Number.isInteger(model.rows) || model.rows < 0) {
    fail('rows must be a non-negative integer');
  }
  if (typeof model.keys !== 'string' || typeof model.weights !== 'string')
    fail('keys and weights must be strings');
  if (!isRecord(model.context)) fail('context must be an object');
  checkContext(model.context.full, 'context.full');
  checkContext(model.context.concepts, 'context.concepts');
  const hidden = validateHiddenLayer(model.hidden);
  if (hidden !== null) checkContext(hidden.context, 'hidden.context');
  checkConceptStage(model.hiddenConcepts);
  validateRetentionStages(model.retention);
  checkConfig(model.config);
  checkLexicon(model.lexicon);
  return model as unknown as ClassifierModel;
}
