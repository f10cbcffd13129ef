import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { encodeInt8 } from '../../../src/core/classify/hidden-format';
import { encodeKeys } from '../../../src/core/classify/model-codec';
import { type Lang, SEGMENT_LABELS } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';

const committed = loadClassifier(model);
// the committed model without the concept view's hidden stage: the linear concept view
const { hiddenConcepts: committedStage, ...linearModel } = model as typeof model & {
  hiddenConcepts?: unknown;
};
const linear = loadClassifier(linearModel);
// a long Swedish passage: one sharing sentence among others
const passage =
  'Vi samlar in din e-postadress när du registrerar dig. Vi använder uppgifterna för att skicka nyhetsbrev. ' +
  'Vi delar dina personuppgifter med tredje parter, till exempel annonsörer. Uppgifterna lagras i två år.';
const english = 'We share your personal information with advertisers. We collect your e-mail address.';

/** A one-unit concept stage whose network outputs 0 for every label: its blend only scales the linear logit. */
function withSilentStage(blend: number, intercepts: readonly number[]): unknown {
  return {
    ...linearModel,
    hiddenConcepts: {
      activation: 'relu',
      units: 1,
      pooling: SEGMENT_LABELS.map(() => 0.5),
      langs: [],
      blend: SEGMENT_LABELS.map(() => blend),
      intercepts,
      context: model.context.concepts,
      embedding: encodeInt8(Int8Array.of(0)),
      scale: [0],
      bias: [0],
      output: SEGMENT_LABELS.map(() => 0),
      rows: 1,
      keys: encodeKeys(Uint32Array.of(12345)),
    },
  };
}

const logit = (p: number): number => Math.log(p / (1 - p));

describe("the concept view's hidden-layer stage (hiddenConcepts)", () => {
  it('at blend 0 with the linear intercepts reads as the linear concept view', () => {
    const c = loadClassifier(withSilentStage(0, model.transferBias));
    const a = c.score(passage, '', 'sv');
    const b = linear.score(passage, '', 'sv');
    for (const l of SEGMENT_LABELS) expect(a[l]).toBeCloseTo(b[l], 12);
  });

  it('blends its logits in with weight a and its own intercepts, for untrained languages only', () => {
    const intercepts = SEGMENT_LABELS.map(() => 0.25);
    const c = loadClassifier(withSilentStage(0.5, intercepts));
    const alone = linear.score(passage, '', 'sv');
    const blended = c.score(passage, '', 'sv');
    SEGMENT_LABELS.forEach((l, i) => {
      // the network says 0: z = intercept + (1 - a) * (linear logit - linear intercept)
      const expected = intercepts[i]! + 0.5 * (logit(alone[l]) - model.transferBias[i]!);
      expect(logit(blended[l])).toBeCloseTo(expected, 6);
    });
    for (const lang of ['en', 'de'] as Lang[])
      expect(c.score(english, '', lang)).toEqual(committed.score(english, '', lang));
  });

  it('is blended into sharing alone in the committed model, and changes the scores of untrained languages only', () => {
    expect(committedStage).toBeDefined();
    const a = committed.score(passage, '', 'sv');
    const b = linear.score(passage, '', 'sv');
    expect(a.sharing).not.toBe(b.sharing);
    for (const l of SEGMENT_LABELS) if (l !== 'sharing') expect(a[l]).toBeCloseTo(b[l], 9);
    for (const lang of ['en', 'de'] as Lang[])
      expect(committed.score(english, '', lang)).toEqual(linear.score(english, '', lang));
  });

  it('rejects a stage without rows of its own', () => {
    const m = withSilentStage(0.5, model.transferBias) as { hiddenConcepts: Record<string, unknown> };
    expect(() => loadClassifier({ ...m, hiddenConcepts: { ...m.hiddenConcepts, rows: -1 } })).toThrow(
      /hiddenConcepts\.rows/,
    );
    expect(() => loadClassifier({ ...m, hiddenConcepts: { ...m.hiddenConcepts, keys: 3 } })).toThrow(
      /hiddenConcepts\.keys/,
    );
  });

  it('names hiddenConcepts, not hidden, in what it rejects of the stage', () => {
    const m = withSilentStage(0.5, model.transferBias) as { hiddenConcepts: Record<string, unknown> };
    const broken = (change: Record<string, unknown>): unknown => ({
      ...m,
      hiddenConcepts: { ...m.hiddenConcepts, ...change },
    });
    expect(() => loadClassifier(broken({ pooling: SEGMENT_LABELS.map(() => 0) }))).toThrow(
      /hiddenConcepts\.pooling/,
    );
    expect(() => loadClassifier(broken({ blend: SEGMENT_LABELS.map(() => 2) }))).toThrow(
      /hiddenConcepts\.blend/,
    );
    expect(() => loadClassifier(broken({ rows: 2 }))).toThrow(/hiddenConcepts\.embedding/);
  });

  it('rejects a stage that names languages (it serves every language the model was not trained on)', () => {
    const m = withSilentStage(0.5, model.transferBias) as { hiddenConcepts: Record<string, unknown> };
    expect(() => loadClassifier({ ...m, hiddenConcepts: { ...m.hiddenConcepts, langs: ['sv'] } })).toThrow(
      /hiddenConcepts\.langs/,
    );
  });
});
