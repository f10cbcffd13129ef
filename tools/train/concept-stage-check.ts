/**
 * `npx tsx tools/train/concept-stage-check.ts [--data DIR] [--split train|validation] [--limit N]`
 *
 * Train/serve parity of the concept view's hidden-layer stage (classifier.json `hiddenConcepts`): scores
 * corpus segments through the shipped classifier in the concept view (trainedLangs cleared, as the trainer's
 * page calibration reads it) and through the trainer's side: the training featurizer (`instances`, the
 * concept copy, 'sentences' mode), the trainer's forward pass and pooling (`predictHidden` of
 * tools/train/hidden-layer.ts) on the dequantised exported stage, and the blend formula of training
 * ((1 - a) * linear + a * hidden + intercept), where the linear part is the shipped model's own linear
 * concept view (the model without `hiddenConcepts`, less its transfer intercepts). Prints the largest
 * difference in logits per label and how many decisions differ.
 */
import { loadClassifier } from '../../src/core/classify/classifier';
import { createFeaturizer } from '../../src/core/classify/features';
import { decodeInt8 } from '../../src/core/classify/hidden-format';
import { decodeKeys } from '../../src/core/classify/model-codec';
import { type ClassifierModel, validateModel } from '../../src/core/classify/model-format';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import committed from '../../src/model/classifier.json';
import { CORPORA, corpusLang, readSegments, type Split } from '../lib/policy-data';
import { sharedDataDir } from '../shared-data';
import { type HiddenModel, predictHidden } from './hidden-layer';
import { toSparse } from './vocabulary';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const split = (flag('--split') ?? 'validation') as Split;
const limit = Number(flag('--limit') ?? 'Infinity');
const N = SEGMENT_LABELS.length;
const logit = (p: number): number => Math.log(p / (1 - p));
const clampLogit = (p: number): number => logit(Math.min(1 - 1e-15, Math.max(1e-15, p)));

const model = validateModel(committed) as ClassifierModel;
const stage = model.hiddenConcepts;
if (stage === undefined) throw new Error('the model has no hiddenConcepts');
const { hiddenConcepts: _dropped, ...linearOnly } = model;
const blended = loadClassifier({ ...model, trainedLangs: [] });
const linear = loadClassifier({ ...linearOnly, trainedLangs: [] });

// The trainer's view of the exported stage: float weights = int8 * scale, vocabulary = the stage's keys.
const H = stage.units;
const q = decodeInt8(stage.embedding, stage.rows * H);
const embedding = new Float32Array(stage.rows * H);
for (let r = 0; r < stage.rows; r++)
  for (let h = 0; h < H; h++) embedding[r * H + h] = q[r * H + h]! * stage.scale[h]!;
const float: HiddenModel = {
  units: H,
  labels: N,
  pooling: stage.pooling,
  embedding,
  bias: Float64Array.from(stage.bias),
  output: Float64Array.from(stage.output),
  outputBias: new Float64Array(N), // folded into the intercepts
};
const ids = decodeKeys(stage.keys, stage.rows);
const vocab = { ids, index: new Map(Array.from(ids, (id, i) => [id, i] as const)) };
const featurizer = createFeaturizer(model.lexicon, model.config);

const maxDiff = new Float64Array(N);
const flips = new Int32Array(N);
let count = 0;
const dataDir = sharedDataDir(process.argv);
for (const corpus of CORPORA) {
  const lang = corpusLang(corpus);
  for (const seg of readSegments(dataDir, corpus, split).slice(0, limit)) {
    count++;
    const served = blended.score(seg.text, '', lang);
    const lin = linear.score(seg.text, '', lang);
    const inst = featurizer.instances(seg.text, '', lang, 'concepts', 'sentences');
    const pooled = predictHidden(
      float,
      toSparse({ ...inst, y: new Float32Array(N), mask: new Uint8Array(N), weight: 1 }, vocab),
    );
    SEGMENT_LABELS.forEach((label, l) => {
      const a = stage.blend[l]!;
      const linearRaw = clampLogit(lin[label]) - model.transferBias[l]!;
      const expected = stage.intercepts[l]! + (1 - a) * linearRaw + a * pooled[l]!;
      const got = clampLogit(served[label]);
      if (Math.abs(got) < 30 && Math.abs(expected) < 30)
        maxDiff[l] = Math.max(maxDiff[l]!, Math.abs(got - expected));
      if (got >= 0 !== expected >= 0) flips[l]!++;
    });
  }
}
console.log(`${count} ${split} segments (concept view, read alone)`);
SEGMENT_LABELS.forEach((label, l) => {
  console.log(
    `  ${label.padEnd(14)} blend ${stage.blend[l]}  max |logit diff| ${maxDiff[l]!.toExponential(2)}  decisions differing ${flips[l]}`,
  );
});
