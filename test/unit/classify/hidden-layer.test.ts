import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import {
  decodeInt8,
  encodeInt8,
  type HiddenLayerModel,
  validateHiddenLayer,
} from '../../../src/core/classify/hidden-format';
import { loadHiddenLayer } from '../../../src/core/classify/hidden-layer';
import { RowLists } from '../../../src/core/classify/row-lists';
import { buildWeightTable } from '../../../src/core/classify/weight-table';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';
import { sentenceVectors } from './sentence-vectors';

const N = SEGMENT_LABELS.length;

/** Two units, two features (ids 5 and 9); unit 0 feeds label 0, unit 1 feeds label 1 (weight -2). */
function tinyModel(pooling = 1): HiddenLayerModel {
  const output = new Array<number>(2 * N).fill(0);
  output[0] = 1;
  output[N + 1] = -2;
  return {
    activation: 'relu',
    units: 2,
    pooling: SEGMENT_LABELS.map(() => pooling),
    langs: ['en'],
    blend: SEGMENT_LABELS.map(() => 0.5),
    intercepts: SEGMENT_LABELS.map(() => 0),
    context: { offsets: [], labels: SEGMENT_LABELS.map(() => []) },
    // rows of the linear model's keys 5 and 9: row of id 5: [10, -4]; row of id 9: [2, 8]
    embedding: encodeInt8(Int8Array.of(10, -4, 2, 8)),
    scale: [0.5, 0.25],
    bias: [-1, 0.5],
    output,
  };
}

const table = buildWeightTable(Uint32Array.of(5, 9));
const noSegmentRows = new Int32Array(0);

describe('hidden-layer codec and validation', () => {
  it('round-trips dense int8 and rejects a wrong length', () => {
    const q = Int8Array.of(0, 1, -1, 127, -127, 64, -128);
    expect(decodeInt8(encodeInt8(q), q.length)).toEqual(q);
    expect(() => decodeInt8(encodeInt8(q), q.length + 1)).toThrow(/embedding/);
  });

  it('accepts null (no hidden stage) and a well-formed stage', () => {
    expect(validateHiddenLayer(null)).toBeNull();
    expect(validateHiddenLayer(tinyModel())?.units).toBe(2);
  });

  it.each<[string, Partial<Record<keyof HiddenLayerModel, unknown>>, RegExp]>([
    ['another activation', { activation: 'tanh' }, /activation/],
    ['zero units', { units: 0 }, /units/],
    ['a blend above 1', { blend: SEGMENT_LABELS.map(() => 1.5) }, /blend/],
    ['a zero pooling', { pooling: SEGMENT_LABELS.map(() => 0) }, /pooling/],
    ['an unknown language', { langs: ['xx'] }, /langs/],
    ['missing intercepts', { intercepts: undefined }, /intercepts/],
    ['a short output matrix', { output: [1, 2] }, /output/],
    ['a missing embedding', { embedding: undefined }, /embedding/],
  ])('rejects %s', (_, change, message) => {
    expect(() => validateHiddenLayer({ ...tinyModel(), ...change })).toThrow(message);
  });

  it('rejects a malformed hidden stage inside a classifier model', () => {
    expect(() => loadClassifier({ ...model, hidden: { ...tinyModel(), units: -1 } })).toThrow(
      /hidden\.units/,
    );
  });
});

describe('hidden layer', () => {
  it('computes relu(bias + scale * sum of value * int8 row) then the output weights', () => {
    const layer = loadHiddenLayer(tinyModel(), 2);
    const out = new Float64Array(N);
    // unit 0: -1 + 0.5 * (1 * 10 + 0.5 * 2) = 4.5; unit 1: 0.5 + 0.25 * (1 * -4 + 0.5 * 8) = 0.5
    layer.logits(
      sentenceVectors([
        [
          [5, 1],
          [9, 0.5],
          [77, 3],
        ],
      ]),
      noSegmentRows,
      table,
      out,
    );
    expect(out[0]).toBeCloseTo(4.5);
    expect(out[1]).toBeCloseTo(-1);
    expect(out[2]).toBe(0);
    // unit 0 below zero is cut: -1 + 0.5 * 1 = -0.5 -> 0
    layer.logits(sentenceVectors([[[9, 0.5]]]), noSegmentRows, table, out);
    expect(out[0]).toBe(0);
    expect(layer.blend[0]).toBe(0.5);
  });

  it('reads a sentence feature through the segment rows when it points into the segment vector', () => {
    const layer = loadHiddenLayer(tinyModel(), 2);
    const out = new Float64Array(N);
    // the id says 9, but local points at segment feature 0, whose row is 0 (id 5's row)
    layer.logits({ ...sentenceVectors([[[9, 1]]]), local: Int32Array.of(0) }, Int32Array.of(0), table, out);
    expect(out[0]).toBeCloseTo(4);
  });

  it('reads its rows the same from a store that keeps them beside other weights', () => {
    const alone = loadHiddenLayer(tinyModel(), 2);
    const data = new Int8Array(2 * 7).fill(99);
    const stored = loadHiddenLayer(tinyModel(), 2, { data, stride: 7, offset: 3 });
    // the rows land at offset 3 of each 7-byte row; the other bytes stay as they were
    expect(Array.from(data)).toEqual([99, 99, 99, 10, -4, 99, 99, 99, 99, 99, 2, 8, 99, 99]);
    const sentences = sentenceVectors([
      [
        [5, 1],
        [9, 0.5],
      ],
      [[9, 2]],
    ]);
    const a = new Float64Array(N);
    const b = new Float64Array(N);
    alone.logits(sentences, noSegmentRows, table, a);
    stored.logits(sentences, noSegmentRows, table, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(a[0]).not.toBe(0);
  });

  it('gives the same logits from the rows found already (logitsOfRows) as from the vectors', () => {
    const layer = loadHiddenLayer(tinyModel(2), 2);
    const sentences = {
      ...sentenceVectors([
        [
          [5, 1],
          [77, 3],
          [9, 0.5],
        ],
        [[9, 2]],
      ]),
      local: Int32Array.of(-1, -1, 0, -1),
    };
    const segmentRows = Int32Array.of(1);
    const a = new Float64Array(N);
    const b = new Float64Array(N);
    layer.logits(sentences, segmentRows, table, a);
    layer.logitsOfRows(new RowLists().fill(sentences, segmentRows, table), b);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(a[0]).not.toBe(0);
  });

  it('rejects an embedding that does not hold a row per linear-model row', () => {
    expect(() => loadHiddenLayer(tinyModel(), 3)).toThrow(/embedding/);
  });

  it('pools the sentences of a segment by log-mean-exp', () => {
    const layer = loadHiddenLayer(tinyModel(2), 2);
    const out = new Float64Array(N);
    // sentence logits of label 0: 4 (id 5 alone) and 0 (id 9 alone: unit 0 is cut)
    layer.logits(sentenceVectors([[[5, 1]], [[9, 0.5]]]), noSegmentRows, table, out);
    expect(out[0]).toBeCloseTo(Math.log((Math.exp(2 * 4) + Math.exp(0)) / 2) / 2);
  });

  it('gives zeros for a segment without instances', () => {
    const out = new Float64Array(N).fill(7);
    loadHiddenLayer(tinyModel(), 2).logits(sentenceVectors([]), noSegmentRows, table, out);
    expect([...out]).toEqual(new Array(N).fill(0));
  });
});

describe('the committed model and its hidden stage', () => {
  const withBlend = (a: number) =>
    loadClassifier({ ...model, hidden: { ...model.hidden, blend: SEGMENT_LABELS.map(() => a) } });

  it('has a hidden stage', () => {
    expect(model.hidden).not.toBeNull();
    expect(model.hidden.units).toBeGreaterThan(0);
  });

  it('blends the hidden stage into English only', () => {
    expect(model.hidden.langs).toEqual(['en']);
    const texts = {
      en: 'We share your e-mail address with advertising partners.',
      de: 'Wir geben Ihre E-Mail-Adresse an Werbepartner weiter.',
      fr: 'Nous partageons votre adresse e-mail avec nos partenaires publicitaires.',
    } as const;
    const none = withBlend(0);
    const all = withBlend(1);
    expect(all.score(texts.en, '', 'en').sharing).not.toBeCloseTo(none.score(texts.en, '', 'en').sharing, 6);
    expect(all.score(texts.de, '', 'de')).toEqual(none.score(texts.de, '', 'de'));
    expect(all.score(texts.fr, '', 'fr')).toEqual(none.score(texts.fr, '', 'fr'));
  });
});
