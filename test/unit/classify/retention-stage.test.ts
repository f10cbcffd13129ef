import { describe, expect, it } from 'vitest';
import { ConceptCounts, loadClassifier } from '../../../src/core/classify/classifier';
import {
  type RetentionStage,
  restage,
  validateRetentionStages,
} from '../../../src/core/classify/retention-stage';
import { extractPracticesThen } from '../../../src/core/extract/index';
import type { Segment } from '../../../src/core/page/segment';
import { gatedKinds, gatedReading, readerOf, readRetentionAlone } from '../../../src/core/retention-reading';
import type { Lang } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';

const para = (text: string, heading = ''): Segment => ({ id: 0, kind: 'paragraph', text, heading, level: 0 });

describe('readRetentionAlone: extraction retention reading of each segment on its own', () => {
  const cases: Array<[Lang, string, string]> = [
    ['en', 'We keep your data for three years.', 'specific'],
    ['de', 'Wir speichern Ihre Daten drei Jahre lang.', 'specific'],
    ['fr', 'Les factures sont archivées pendant 10 ans conformément au Code de commerce.', 'specific'],
    ['pl', 'Dane przechowujemy przez 5 lat.', 'specific'],
    ['sv', 'Bokföringsunderlag sparas i sju år enligt bokföringslagen.', 'specific'],
    ['en', 'We retain your information for as long as necessary to provide the service.', 'criteria'],
    ['en', 'We share your email address with advertising partners.', 'none'],
    ['de', 'Wir geben Ihre Daten an Werbepartner weiter.', 'none'],
  ];
  it.each(cases)('%s: %s -> %s', (lang, text, kind) => {
    expect(readRetentionAlone([para(text)], lang)).toEqual([kind]);
  });

  it('reads each segment alone, index for index, a list item as a paragraph', () => {
    const segs: Segment[] = [
      para('We share your email address with advertising partners.'),
      { id: 1, kind: 'list-item', text: 'We keep invoices for ten years.', heading: '', level: 0 },
      para('Nothing about time here.'),
    ];
    expect(readRetentionAlone(segs, 'en')).toEqual(['none', 'specific', 'none']);
  });
});

describe('restage: the retention logit re-weighed by the kind read', () => {
  const stage: RetentionStage = { logit: 0.5, specific: 2, indefinite: 1, criteria: -1 };
  it('leaves a segment with no reading as it was', () => {
    for (const p of [0.01, 0.3, 0.5, 0.97]) expect(restage(stage, p, 'none')).toBe(p);
  });
  it('applies w.logit * z + w[kind] to the calibrated logit', () => {
    expect(restage(stage, 0.5, 'specific')).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    const z = Math.log(0.2 / 0.8);
    expect(restage(stage, 0.2, 'criteria')).toBeCloseTo(1 / (1 + Math.exp(-(0.5 * z - 1))), 12);
  });
});

describe('the model format: an optional retention stage per view', () => {
  const stage = { logit: 1, specific: 0, indefinite: 0, criteria: 0 };
  it('accepts its absence and a full stage, and says what is malformed', () => {
    expect(validateRetentionStages(undefined)).toBeUndefined();
    const ok = { blended: stage, full: stage, concepts: stage };
    expect(validateRetentionStages(ok)).toEqual(ok);
    expect(() => validateRetentionStages({ blended: stage, full: stage })).toThrow(/retention\.concepts/);
    expect(() => validateRetentionStages({ ...ok, full: { ...stage, criteria: 'x' } })).toThrow(
      /retention\.full\.criteria must be a finite number/,
    );
  });

  it('is applied only with a reader: the identity stage changes nothing, a strong kind weight decides', () => {
    const text = 'We keep your data for three years.';
    const plain = loadClassifier(model);
    const identity = loadClassifier({
      ...model,
      retention: { blended: stage, full: stage, concepts: stage },
    });
    const sure = { logit: 0, specific: 9, indefinite: 9, criteria: 9 };
    const forced = loadClassifier({ ...model, retention: { blended: sure, full: sure, concepts: sure } });
    for (const lang of ['en', 'de', 'fr'] as const) {
      const before = plain.score(text, '', lang).retention;
      expect(identity.score(text, '', lang, readRetentionAlone).retention).toBeCloseTo(before, 9);
      expect(forced.score(text, '', lang).retention).toBe(before);
      expect(forced.score(text, '', lang, readRetentionAlone).retention).toBeGreaterThan(0.99);
      const segs = [para('Our policy.'), para(text), para('We share your email address with partners.')];
      const all = forced.scoreAll(segs, lang, undefined, readRetentionAlone);
      const base = plain.scoreAll(segs, lang);
      expect(all[1]!.retention).toBeGreaterThan(0.99);
      expect(all[2]).toEqual(base[2]);
      expect(all[1]!.sharing).toBe(base[1]!.sharing);
    }
  });
});

describe('gatedReading: the page asks the rules only where the scan found a retention concept', () => {
  it('reads what readRetentionAlone reads where a gate concept is, and skips the rest', () => {
    const c = loadClassifier(model);
    const cases: Array<[Lang, string[]]> = [
      [
        'en',
        ['We keep your data for three years.', 'We share your email address with partners.', 'Our website.'],
      ],
      [
        'fr',
        [
          'Nous conservons vos données pendant trois ans.',
          'Nous partageons vos données avec nos partenaires.',
        ],
      ],
      ['pl', ['Dane przechowujemy przez 5 lat.', 'Udostępniamy dane partnerom.']],
    ];
    for (const [lang, texts] of cases) {
      const segs = texts.map((t, i) => ({ ...para(t), id: i }));
      const concepts = new ConceptCounts();
      c.scoreAll(segs, lang, concepts);
      expect(gatedReading(concepts, c.lexicon)(segs, lang)).toEqual(readRetentionAlone(segs, lang));
    }
  });
});

describe('gatedKinds inside extraction’s page reading: what readPage asks', () => {
  it('reads what gatedReading reads apart, headings none, and readerOf answers by segment', () => {
    const c = loadClassifier(model);
    const cases: Array<[Lang, Segment[]]> = [
      [
        'en',
        [
          { id: 0, kind: 'heading', text: 'How long we keep data', heading: '', level: 2 },
          para('We keep your data for three years.', 'How long we keep data'),
          para('We delete your account when you ask us to.', 'How long we keep data'),
          para('We share your email address with partners.'),
        ],
      ],
      [
        'de',
        [
          para('Wir speichern Ihre Daten, solange Ihr Konto besteht.'),
          para('Wir geben Ihre Daten an Zahlungsdienstleister weiter.'),
        ],
      ],
    ];
    for (const [lang, page] of cases) {
      const segs = page.map((s, i) => ({ ...s, id: i }));
      const body = segs.filter((s) => s.kind !== 'heading');
      const concepts = new ConceptCounts();
      const first = c.scoreAll(segs, lang, concepts);
      const { more } = extractPracticesThen(segs, first, lang, () =>
        gatedKinds(segs, concepts, c.lexicon, lang),
      );
      expect(more).toEqual(gatedReading(concepts, c.lexicon)(segs, lang));
      // headings read nothing; the body reads what it reads passed alone
      expect(more.filter((_, i) => segs[i]!.kind === 'heading').every((k) => k === 'none')).toBe(true);
      expect(more.filter((_, i) => segs[i]!.kind !== 'heading')).toEqual(
        gatedReading(concepts, c.lexicon)(body, lang),
      );
      expect(c.restage(segs, first, lang, readerOf(segs, more))).toEqual(
        c.restage(segs, first, lang, gatedReading(concepts, c.lexicon)),
      );
    }
  });
});
