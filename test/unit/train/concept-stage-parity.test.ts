import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { createFeaturizer } from '../../../src/core/classify/features';
import { decodeInt8 } from '../../../src/core/classify/hidden-format';
import { decodeKeys } from '../../../src/core/classify/model-codec';
import { validateModel } from '../../../src/core/classify/model-format';
import { type Lang, SEGMENT_LABELS } from '../../../src/core/vocabulary';
import committed from '../../../src/model/classifier.json';
import { type HiddenModel, predictHidden } from '../../../tools/train/hidden-layer';
import { toSparse } from '../../../tools/train/vocabulary';

const N = SEGMENT_LABELS.length;
const model = validateModel(committed);
const stage = model.hiddenConcepts!;
const { hiddenConcepts: _stage, ...linearOnly } = model;
const blended = loadClassifier(model);
const linear = loadClassifier(linearOnly);
const logit = (p: number): number => Math.log(p / (1 - p));

/** The exported stage as the trainer's network (int8 * scale), its output intercepts folded into `intercepts`. */
function trainerNetwork(): HiddenModel {
  const H = stage.units;
  const q = decodeInt8(stage.embedding, stage.rows * H);
  return {
    units: H,
    labels: N,
    pooling: stage.pooling,
    embedding: Float32Array.from(q, (v, i) => v * stage.scale[i % H]!),
    bias: Float64Array.from(stage.bias),
    output: Float64Array.from(stage.output),
    outputBias: new Float64Array(N),
  };
}

const passages: Array<[Lang, string]> = [
  [
    'sv',
    'Vi delar dina personuppgifter med tredje parter, till exempel annonsörer. Uppgifterna lagras i två år.',
  ],
  ['fr', 'Nous partageons vos données avec nos partenaires publicitaires. Vous pouvez vous y opposer.'],
  ['pl', 'Przekazujemy Twoje dane osobowe podmiotom trzecim, w tym dostawcom usług analitycznych.'],
  ['es', 'No vendemos sus datos.'],
];

describe("the concept view's hidden stage, served as trained", () => {
  it('gives the logits of the trainer’s forward pass and blend on the training featurizer’s concept copy', () => {
    const network = trainerNetwork();
    const ids = decodeKeys(stage.keys, stage.rows);
    const vocab = { ids, index: new Map(Array.from(ids, (id, i) => [id, i] as const)) };
    const featurizer = createFeaturizer(model.lexicon, model.config);
    for (const [lang, text] of passages) {
      const copy = featurizer.instances(text, '', lang, 'concepts', 'sentences');
      const sparse = toSparse({ ...copy, y: new Float32Array(N), mask: new Uint8Array(N), weight: 1 }, vocab);
      const pooled = predictHidden(network, sparse);
      const served = blended.score(text, '', lang);
      const alone = linear.score(text, '', lang);
      SEGMENT_LABELS.forEach((label, l) => {
        const a = stage.blend[l]!;
        const expected =
          stage.intercepts[l]! + (1 - a) * (logit(alone[label]) - model.transferBias[l]!) + a * pooled[l]!;
        expect(logit(served[label])).toBeCloseTo(expected, 6);
      });
    }
  });
});
