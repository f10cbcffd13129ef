/**
 * `npm run train:detect`: fits the page verdict's logistic weights (src/core/detect/verdict-weights.json)
 * on ../shared/data/pages (labelled policies and non-policies, eleven languages) and
 * ../shared/data/opp115/pages (English policies). Prints 5-fold cross-validated precision, recall and a
 * reliability table first, so the figures are not measured on the pages the weights were fitted on.
 * Deterministic: full-batch gradient descent from zero, folds by position.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../src/cli/read-page';
import { readPage } from '../src/core/analyze';
import { loadClassifier } from '../src/core/classify/classifier';
import { conceptNames } from '../src/core/classify/concepts';
import { describePage, FEATURE_NAMES } from '../src/core/detect/verdict';
import model from '../src/model/classifier.json';
import { labelledPages, sharedDataDir } from './shared-data';

interface Example {
  file: string;
  lang: string;
  isPolicy: boolean;
  /** The named features, then the concept profile, in the order of `KEYS`. */
  x: Float64Array;
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
    const { features, concepts } = describePage(readPage(page, classifier).verdict);
    const x = Float64Array.from([
      ...FEATURE_NAMES.map((n) => features[n]),
      ...CONCEPTS.map((c) => concepts[c] ?? 0),
    ]);
    return { file: path.slice(data.length + 1), lang, isPolicy, x };
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

function predict(f: Fitted, ex: Example): number {
  let z = f.bias;
  for (let k = 0; k < KEYS.length; k++) z += f.w[k]! * ex.x[k]!;
  return 1 / (1 + Math.exp(-z));
}

const all = examples();
const threshold = Number(settings.decisionThreshold ?? 0.5);
const predictions: { ex: Example; p: number }[] = [];
for (let fold = 0; fold < 5; fold++) {
  const weights = fitWeights(all.filter((_, i) => i % 5 !== fold));
  all.forEach((ex, i) => {
    if (i % 5 === fold) predictions.push({ ex, p: predict(weights, ex) });
  });
}

function report(rows: readonly { ex: Example; p: number }[], name: string): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { ex, p } of rows) {
    if (p >= threshold && ex.isPolicy) tp++;
    else if (p >= threshold) fp++;
    else if (ex.isPolicy) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  console.log(
    `${name.padEnd(5)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (n ${rows.length}, fp ${fp}, fn ${fn})`,
  );
}

console.log(`5-fold cross-validation on ${all.length} pages, decision threshold ${threshold}:`);
report(predictions, 'all');
for (const lang of [...new Set(all.map((e) => e.lang))].sort()) {
  report(
    predictions.filter((r) => r.ex.lang === lang),
    lang,
  );
}
// How the verdict reads a language it was not fitted on: each language held out in turn.
console.log('\nLeave one language out (fitted on the other ten):');
const languages = [...new Set(all.map((e) => e.lang))].sort();
const heldOut = languages.flatMap((lang) => {
  const weights = fitWeights(all.filter((e) => e.lang !== lang));
  return all.filter((e) => e.lang === lang).map((ex) => ({ ex, p: predict(weights, ex) }));
});
report(heldOut, 'all');
for (const lang of languages) {
  report(
    heldOut.filter((r) => r.ex.lang === lang),
    lang,
  );
}
console.log('\nThreshold sweep (cross-validated, all languages):');
for (const t of [0.4, 0.5, 0.6, 0.7, 0.8]) {
  const tp = predictions.filter((r) => r.p >= t && r.ex.isPolicy).length;
  const fp = predictions.filter((r) => r.p >= t && !r.ex.isPolicy).length;
  const fn = predictions.filter((r) => r.p < t && r.ex.isPolicy).length;
  console.log(
    `  ${t.toFixed(1)}  precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)}`,
  );
}
console.log('\nReliability (cross-validated score bin: pages, share that are policies):');
for (let b = 0; b < 10; b++) {
  const inBin = predictions.filter((r) => Math.min(9, Math.floor(r.p * 10)) === b);
  if (inBin.length > 0) {
    const share = inBin.filter((r) => r.ex.isPolicy).length / inBin.length;
    console.log(
      `  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${String(inBin.length).padStart(4)}  ${share.toFixed(2)}`,
    );
  }
}
console.log('\nCross-validated errors:');
for (const { ex, p } of predictions) {
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
