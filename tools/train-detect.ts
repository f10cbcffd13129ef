/**
 * `npm run train:detect`: fits the page verdict's logistic weights (src/core/detect/verdict-weights.json)
 * on ../shared/data/pages (labelled policies and non-policies, eleven languages) and
 * ../shared/data/opp115/pages (English policies). Prints 5-fold cross-validated precision, recall and a
 * reliability table first, so the figures are not measured on the pages the weights were fitted on:
 * precision and recall are those of the whole verdict (judgePage with each fold's weights: the cookie and
 * no-practice rules and policy sections too), and of the logistic score alone.
 * Deterministic: full-batch gradient descent from zero, folds by position.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../src/cli/read-page';
import { readPage } from '../src/core/analyze';
import { loadClassifier } from '../src/core/classify/classifier';
import { conceptNames } from '../src/core/classify/concepts';
import {
  describePage,
  FEATURE_NAMES,
  judgePage,
  type VerdictInput,
  type VerdictWeights,
} from '../src/core/detect/verdict';
import model from '../src/model/classifier.json';
import { labelledPages, sharedDataDir } from './shared-data';

interface Example {
  file: string;
  lang: string;
  isPolicy: boolean;
  /** The named features, then the concept profile, in the order of `KEYS`. */
  x: Float64Array;
  /** What the verdict reads: the whole verdict (rules, sections) is judged with each fold's weights too. */
  input: VerdictInput;
}

const ROOT = resolve(import.meta.dirname, '..');
const WEIGHTS_FILE = join(ROOT, 'src', 'core', 'detect', 'verdict-weights.json');
const data = sharedDataDir();
const classifier = loadClassifier(model);
const settings = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8'));
/** Concepts the verdict does not weigh (verdict-weights.json `excludedConcepts`; docs/detection.md says why). */
const EXCLUDED = new Set<string>(settings.excludedConcepts ?? []);
const CONCEPTS = conceptNames(classifier.lexicon).filter((c) => !EXCLUDED.has(c));
const KEYS = [...FEATURE_NAMES, ...CONCEPTS];

function examples(): Example[] {
  return labelledPages(data).map(({ path, lang, isPolicy }) => {
    const text = decodeText(readFileSync(path));
    const page = pageFromText(text, formatOf(path, text));
    const input = readPage(page, classifier).verdict;
    const { features, concepts } = describePage(input);
    const x = Float64Array.from([
      ...FEATURE_NAMES.map((n) => features[n]),
      ...CONCEPTS.map((c) => concepts[c] ?? 0),
    ]);
    return { file: path.slice(data.length + 1), lang, isPolicy, x, input };
  });
}

const L2 = 0.001;
const STEPS = 8000;
const RATE = 0.5;

interface Fitted {
  bias: number;
  w: Float64Array;
}

/** Full-batch gradient descent on the L2-regularised log loss, from zero: deterministic. */
function fitWeights(train: readonly Example[]): Fitted {
  const w = new Float64Array(KEYS.length);
  const grad = new Float64Array(KEYS.length);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (const ex of train) {
      const err = predict({ bias, w }, ex) - (ex.isPolicy ? 1 : 0);
      gradBias += err;
      for (let k = 0; k < KEYS.length; k++) grad[k]! += err * ex.x[k]!;
    }
    bias -= (RATE * gradBias) / train.length;
    for (let k = 0; k < KEYS.length; k++) w[k]! -= RATE * (grad[k]! / train.length + L2 * w[k]!);
  }
  return { bias, w };
}

/** The fitted weights in the verdict's form. */
function verdictWeights(f: Fitted): VerdictWeights {
  return {
    bias: f.bias,
    weights: Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, f.w[k]!])) as VerdictWeights['weights'],
    conceptWeights: Object.fromEntries(CONCEPTS.map((c, k) => [c, f.w[FEATURE_NAMES.length + k]!])),
  };
}

/** The logistic score alone, and the whole verdict (its rules and policy sections) with the same weights. */
function predictions(f: Fitted, test: readonly Example[]): Prediction[] {
  const weights = verdictWeights(f);
  return test.map((ex) => ({ ex, p: predict(f, ex), verdict: judgePage(ex.input, weights).isPolicy }));
}

function predict(f: Fitted, ex: Example): number {
  let z = f.bias;
  for (let k = 0; k < KEYS.length; k++) z += f.w[k]! * ex.x[k]!;
  return 1 / (1 + Math.exp(-z));
}

const all = examples();
const threshold = Number(settings.decisionThreshold ?? 0.5);
interface Prediction {
  ex: Example;
  /** The logistic score. */
  p: number;
  /** The whole verdict: the score at the threshold, the cookie and no-practice rules, policy sections. */
  verdict: boolean;
}

const cv: Prediction[] = [];
for (let fold = 0; fold < 5; fold++) {
  const weights = fitWeights(all.filter((_, i) => i % 5 !== fold));
  cv.push(
    ...predictions(
      weights,
      all.filter((_, i) => i % 5 === fold),
    ),
  );
}

/** Precision and recall of the logistic score at the threshold, or of the whole verdict (`whole`). */
function report(rows: readonly Prediction[], name: string, whole = false): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { ex, p, verdict } of rows) {
    const isPolicy = whole ? verdict : p >= threshold;
    if (isPolicy && ex.isPolicy) tp++;
    else if (isPolicy) fp++;
    else if (ex.isPolicy) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  console.log(
    `${name.padEnd(5)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (n ${rows.length}, fp ${fp}, fn ${fn})`,
  );
}

const languages = [...new Set(all.map((e) => e.lang))].sort();
/** Overall and per language, then the errors of the whole verdict. */
function reportAll(rows: readonly Prediction[]): void {
  report(rows, 'score');
  report(rows, 'all', true);
  for (const lang of languages) {
    report(
      rows.filter((r) => r.ex.lang === lang),
      lang,
      true,
    );
  }
  for (const { ex, p, verdict } of rows) {
    if (verdict !== ex.isPolicy) console.log(`  ${ex.isPolicy ? 'FN' : 'FP'} ${p.toFixed(2)} ${ex.file}`);
  }
}

console.log(`5-fold cross-validation on ${all.length} pages, decision threshold ${threshold}`);
console.log(
  '("score": the logistic score alone; "all" and each language: the whole verdict with its rules):',
);
reportAll(cv);
// How the verdict reads a language it was not fitted on: each language held out in turn.
console.log('\nLeave one language out (fitted on the other ten):');
reportAll(
  languages.flatMap((lang) =>
    predictions(
      fitWeights(all.filter((e) => e.lang !== lang)),
      all.filter((e) => e.lang === lang),
    ),
  ),
);
console.log('\nThreshold sweep (cross-validated, all languages):');
for (const t of [0.4, 0.5, 0.6, 0.7, 0.8]) {
  const tp = cv.filter((r) => r.p >= t && r.ex.isPolicy).length;
  const fp = cv.filter((r) => r.p >= t && !r.ex.isPolicy).length;
  const fn = cv.filter((r) => r.p < t && r.ex.isPolicy).length;
  console.log(
    `  ${t.toFixed(1)}  precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)}`,
  );
}
console.log('\nReliability (cross-validated score bin: pages, share that are policies):');
for (let b = 0; b < 10; b++) {
  const inBin = cv.filter((r) => Math.min(9, Math.floor(r.p * 10)) === b);
  if (inBin.length > 0) {
    const share = inBin.filter((r) => r.ex.isPolicy).length / inBin.length;
    console.log(
      `  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${String(inBin.length).padStart(4)}  ${share.toFixed(2)}`,
    );
  }
}
console.log('\nCross-validated errors of the logistic score alone:');
for (const { ex, p } of cv) {
  if (p >= threshold !== ex.isPolicy)
    console.log(`  ${ex.isPolicy ? 'FN' : 'FP'} ${p.toFixed(2)} ${ex.file}`);
}

const final = fitWeights(all);
const current = settings;
const round = (x: number) => Math.round(x * 1000) / 1000;
current.bias = round(final.bias);
current.weights = Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, round(final.w[k]!)]));
current.conceptWeights = Object.fromEntries(
  CONCEPTS.map((c, k) => [c, round(final.w[FEATURE_NAMES.length + k]!)]),
);
current.comment =
  'Logistic weights of the page verdict, fitted by tools/train-detect.ts; do not edit by hand.';
if (!process.argv.includes('--dry-run')) {
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(current, null, 2)}\n`);
  console.log(
    `\nwrote ${WEIGHTS_FILE.slice(ROOT.length + 1)}: bias ${current.bias}, ${JSON.stringify(current.weights)}`,
  );
}
