import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { checkInt8Length, decodeInt8Rows } from '../../../src/core/classify/hidden-format';
import { decodeWeightsInto, encodeWeights } from '../../../src/core/classify/model-codec';
import type { Lang } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';

describe('decoding into the rows the classifier keeps', () => {
  it('writes each row at its stride and leaves the rest of the row alone', () => {
    const w = Int8Array.of(0, 5, -127, 0, 0, 0, 127, -1, -128, 0, 0, 3);
    const out = new Int8Array(3 * 6);
    for (let r = 0; r < 3; r++) out.fill(99, r * 6 + 4, r * 6 + 6);
    decodeWeightsInto(encodeWeights(w, 4), 3, 4, out, 6);
    expect(Array.from(out)).toEqual([0, 5, -127, 0, 99, 99, 0, 0, 127, -1, 99, 99, -128, 0, 0, 3, 99, 99]);
    expect(() => decodeWeightsInto(encodeWeights(w, 4), 4, 4, out, 6)).toThrow(/truncated/);
  });

  it('writes dense int8 rows at a stride and offset', () => {
    const data = new Int8Array(2 * 5);
    decodeInt8Rows(btoa(String.fromCharCode(1, 255, 128, 7)), 2, 2, { data, stride: 5, offset: 2 });
    expect(Array.from(data)).toEqual([0, 0, 1, -1, 0, 0, 0, -128, 7, 0]);
    expect(() => decodeInt8Rows(btoa('abc'), 2, 2, { data, stride: 5, offset: 2 })).toThrow(/3 bytes/);
  });
});

describe('checkInt8Length: the size of an embedding, checked without decoding it', () => {
  it('says a text that is not base64 is not, with a clear Error', () => {
    for (const text of ['!AAA', 'AB=', 'A', 'AAAA=AAA']) {
      expect(() => checkInt8Length(text, 1)).toThrow(/^classifier model: hidden\.embedding is not base64$/);
    }
  });

  it("accepts every length of btoa's output, padded or not", () => {
    for (let n = 0; n < 40; n++) {
      const text = btoa('x'.repeat(n));
      expect(() => checkInt8Length(text, n)).not.toThrow();
      expect(() => checkInt8Length(text.replace(/=+$/, ''), n)).not.toThrow();
      expect(() => checkInt8Length(text, n + 1)).toThrow(`holds ${n} bytes, expected ${n + 1}`);
    }
  });
});

describe('loading the model, with stages decoded on first use', () => {
  const hidden = model.hidden;
  const stage = model.hiddenConcepts;

  it('still rejects a malformed embedding at load, before any page needs it', () => {
    const bad = (member: 'hidden' | 'hiddenConcepts', embedding: string): unknown => ({
      ...model,
      [member]: { ...(member === 'hidden' ? hidden : stage), embedding },
    });
    expect(() => loadClassifier(bad('hidden', `!${hidden.embedding.slice(1)}`))).toThrow(
      /hidden\.embedding is not base64/,
    );
    expect(() => loadClassifier(bad('hidden', hidden.embedding.slice(4)))).toThrow(/hidden\.embedding holds/);
    expect(() => loadClassifier(bad('hiddenConcepts', stage.embedding.slice(4)))).toThrow(
      /hiddenConcepts\.embedding holds/,
    );
    expect(() =>
      loadClassifier({ ...model, hiddenConcepts: { ...stage, keys: stage.keys.slice(0, -8) } }),
    ).toThrow(/keys/);
  });

  it('scores the same whichever language a fresh classifier reads first', () => {
    const texts: Record<Lang, string> = {
      en: 'We share your personal information with advertisers. We keep it for two years.',
      de: 'Wir geben Ihre Daten an Werbepartner weiter. Wir speichern sie zwei Jahre lang.',
      sv: 'Vi delar dina personuppgifter med annonsörer. Uppgifterna lagras i två år.',
    } as Record<Lang, string>;
    const langs: Lang[] = ['en', 'de', 'sv'];
    const alone = langs.map((lang) => loadClassifier(model).score(texts[lang], '', lang));
    const shared = loadClassifier(model);
    const inTurn = [...langs].reverse().map((lang) => shared.score(texts[lang], '', lang));
    expect(inTurn.reverse()).toEqual(alone);
  });
});
