import { describe, expect, it } from 'vitest';
import { conceptLexicon } from '../../../src/core/classify/concepts/index';
import { createFeaturizer, segmentInput } from '../../../src/core/classify/features';
import { hashString } from '../../../src/core/classify/hash';
import { ReadBuffers } from '../../../src/core/classify/read-buffers';

const config = {
  bigrams: true,
  pairWindow: 3,
  wordPrefix: 0,
  normPower: 0.5,
  lengthBounds: [6, 30],
  lengthValue: 1,
};
const fx = createFeaturizer(conceptLexicon, config);
const CONCEPT_SEED = hashString('concept');
const conceptId = (name: string): number => hashString(name, CONCEPT_SEED);

describe('featurizer', () => {
  it('marks "NUMBER UNIT" and "number-word UNIT" as a duration in every language', () => {
    for (const [text, lang] of [
      ['we keep logs for 90 days', 'en'],
      ['Opplysningene lagres i fem år', 'nb'],
      ['Wir speichern die Daten sechs Monate', 'de'],
      ['conservamos los datos durante dos años', 'es'],
    ] as const) {
      const v = fx.featurize(text, '', lang);
      expect([...v.ids].includes(conceptId('#dur')), `${lang}: ${text}`).toBe(true);
    }
    expect([...fx.featurize('we have 90 partners', '', 'en').ids].includes(conceptId('#dur'))).toBe(false);
  });

  it('gives the same concept features to a retention sentence in Norwegian and English', () => {
    const nb = new Set(fx.featurize('Opplysningene lagres i fem år', '', 'nb', 'concepts').ids);
    const en = new Set(fx.featurize('The information is retained for five years', '', 'en', 'concepts').ids);
    for (const c of ['unit_year', 'number_word', '#dur']) {
      expect(nb.has(conceptId(c)), c).toBe(true);
      expect(en.has(conceptId(c)), c).toBe(true);
    }
  });

  it('namespaces words by language and drops them in the concept view', () => {
    const en = fx.featurize('data', '', 'en');
    const de = fx.featurize('data', '', 'de');
    const concepts = fx.featurize('data', '', 'en', 'concepts');
    expect(en.ids.length).toBeGreaterThan(concepts.ids.length);
    const wordsEn = [...en.ids].filter((id) => !concepts.ids.includes(id));
    const wordsDe = [...de.ids].filter((id) => !fx.featurize('data', '', 'de', 'concepts').ids.includes(id));
    expect(wordsEn.some((id) => wordsDe.includes(id))).toBe(false);
  });

  it('L2-normalises each feature group', () => {
    const v = fx.featurize('We collect your e-mail address when you register an account.', '', 'en');
    const squares = [...v.values].reduce((s, x) => s + x * x, 0);
    expect(squares).toBeCloseTo(3, 5); // words + concepts + the length bucket
  });

  it('reads the heading with the text, once', () => {
    expect(segmentInput('We keep it.', 'Data retention')).toBe('Data retention\nWe keep it.');
    expect(segmentInput('Data retention', 'Data retention')).toBe('Data retention');
    expect(segmentInput('We keep it.', '  ')).toBe('We keep it.');
  });

  it('splits a segment into sentence instances', () => {
    const iv = fx.instances(
      'We collect your name. We share it with partners.',
      '',
      'en',
      'full',
      'sentences',
    );
    expect(iv.starts.length).toBe(3);
    const one = fx.instances('We collect your name. We share it with partners.', '', 'en', 'full', 'segment');
    expect(one.starts.length).toBe(2);
  });
});

describe('featurizer reading into reused buffers', () => {
  const plain = (v: { ids: Uint32Array; values: Float32Array; starts: Int32Array }) => ({
    ids: Array.from(v.ids),
    values: Array.from(v.values),
    starts: Array.from(v.starts),
  });

  it('gives what a fresh read gives, segment after segment, long and short', () => {
    const buffers = new ReadBuffers();
    const segments = [
      ['We collect your name. We share it with partners. We keep it for 90 days.', 'Data we collect'],
      ['Short.', ''],
      [Array.from({ length: 400 }, (_, i) => `Sentence ${i} names cookies and data.`).join(' '), 'Cookies'],
      ['Wir speichern die Daten sechs Monate.', 'Speicherdauer'],
    ] as const;
    for (const [text, heading] of [...segments, ...segments]) {
      const fresh = fx.read(text, heading, 'en', 'full');
      const reused = fx.read(text, heading, 'en', 'full', buffers);
      expect(plain(reused.segment)).toEqual(plain(fresh.segment));
      expect(plain(reused.sentences)).toEqual(plain(fresh.sentences));
      expect(Array.from(reused.sentences.local)).toEqual(Array.from(fresh.sentences.local));
    }
  });
});
