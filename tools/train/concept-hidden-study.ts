/**
 * `npx tsx tools/train/concept-hidden-study.ts [--data DIR] [--set k=v,...] [--twins-only]`
 *
 * Would the hidden-layer stage help the concept view (the nine languages without training data)? Out of
 * fold on the concept copies of TRAIN (folds by policy, as `npm run train`):
 *  - the linear concept view as it is (each label under the full view's pooling: the committed choice);
 *  - a hidden-layer network over the concept features, trained on the concept copies alone (`twins`) or on
 *    both views (`both`), alone and blended per label with the linear logits at weight a.
 * Per label, the mean F1 over the corpora that annotate it at its best threshold. Nothing is written; the
 * nine languages are not read.
 */

import type { Lexicon } from '../../src/core/classify/concepts';
import lexiconJson from '../../src/core/classify/concepts.json';
import { createFeaturizer } from '../../src/core/classify/features';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import committed from '../../src/model/classifier.json';
import { CORPORA, readSegments } from '../lib/policy-data';
import { sharedDataDir } from '../shared-data';
import { bestThreshold, type OutOfFold } from './calibrate';
import { dropoutFeaturizers } from './concept-dropout';
import { combineByLabel } from './context';
import { assignFolds, crossValidate } from './cross-validate';
import { buildExamples, type RawExample } from './examples';
import { predictHidden } from './hidden-layer';
import { blendOutOfFold, fitHidden } from './hidden-stage';
import { sigmoid } from './logreg';
import { DEFAULT_PARAMS, withOverrides } from './params';
import { toSparse } from './vocabulary';

const argv = process.argv.slice(2);
const setArg = argv.indexOf('--set');
const params = withOverrides(DEFAULT_PARAMS, setArg >= 0 ? argv[setArg + 1] : undefined);
const lexicon = lexiconJson as Lexicon;
const featurizer = createFeaturizer(lexicon, params);
const gappedFor = dropoutFeaturizers(lexicon, params, params, params.seed);
const dataDir = sharedDataDir(process.argv);
const segments = CORPORA.map((corpus) => ({ corpus, segs: readSegments(dataDir, corpus, 'train') }));
const examples = (mode: 'segment' | 'sentences'): RawExample[] =>
  segments.flatMap(({ corpus, segs }) => buildExamples(corpus, segs, featurizer, params, mode, gappedFor));
const started = performance.now();
const log = (msg: string): void =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

/** The committed model's per-label pooling (the full view's choice, which the concept view reads too). */
const POOLING = committed.pooling;
const sentences = examples('sentences');
const whole = examples('segment');
const byPooling = new Map<number, OutOfFold[]>();
for (const r of new Set(POOLING))
  byPooling.set(r, crossValidate(r === 0 ? whole : sentences, params, r).transfer);
const linear = combineByLabel(POOLING.map((r) => byPooling.get(r)!));
log('linear concept view cross-validated');

/** Out-of-fold hidden-layer predictions of the twins, the network fitted on `train(examples)`. */
function hiddenOutOfFold(pick: (e: RawExample) => boolean): OutOfFold[] {
  const folds = assignFolds(sentences, params);
  const out: OutOfFold[] = [];
  for (let k = 0; k < params.folds; k++) {
    const { model, vocab } = fitHidden(
      sentences.filter((e) => pick(e) && folds.get(e.group) !== k),
      params,
    );
    for (const ex of sentences) {
      if (folds.get(ex.group) !== k || ex.role !== 'twin') continue;
      const z = predictHidden(model, toSparse(ex, vocab));
      out.push({ group: ex.group, corpus: ex.corpus, index: ex.index, y: ex.gold, p: z.map(sigmoid) });
    }
  }
  return out;
}

const variants: Array<[string, OutOfFold[]]> = [['twins', hiddenOutOfFold((e) => e.view === 'concepts')]];
if (!argv.includes('--twins-only')) variants.push(['both', hiddenOutOfFold(() => true)]);
log('hidden stages cross-validated');
const labels = SEGMENT_LABELS.map((_, l) => l);
const row = (name: string, preds: readonly OutOfFold[]): string =>
  `${name.padEnd(18)} ${labels.map((l) => bestThreshold(preds, l).f1.toFixed(3).padStart(6)).join(' ')}`;
console.log(
  `${'reading'.padEnd(18)} ${labels.map((l) => SEGMENT_LABELS[l]!.slice(0, 6).padStart(6)).join(' ')}`,
);
console.log(row('linear', linear));
for (const [name, hidden] of variants) {
  console.log(row(`${name} alone`, hidden));
  for (const a of [0.25, 0.4, 0.5, 0.6])
    console.log(
      row(
        `${name} a ${a}`,
        blendOutOfFold(
          linear,
          hidden,
          SEGMENT_LABELS.map(() => a),
        ),
      ),
    );
}
