import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import type { ClassifierModel } from '../../../src/core/classify/model-format';
import type { Segment } from '../../../src/core/page/segment';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';
import { type PolicyPage, rateMatchShifts } from '../../../tools/train/page-calibration';

const texts = [
  'We collect your name and e-mail address when you register.',
  'We share your personal data with service providers who host our website.',
  'We never sell your data to third parties.',
  'We keep your data for as long as your account is open and delete it within 30 days after you close it.',
  'You can ask us for a copy of your data at any time.',
  'We use cookies to measure how visitors use the site.',
  'This policy was last updated in March.',
  'Contact us at privacy@example.com with any questions.',
];
const segments: Segment[] = texts.map((text, id) => ({ id, kind: 'paragraph', text, heading: '', level: 0 }));
const pages: PolicyPage[] = [{ lang: 'en', segments }];
// the linear concept view, whose `transferBias` the pipeline matches (the concept view's hidden stage, when
// the model has one, is matched on its own intercepts: tools/train/concept-hidden.ts)
const { hiddenConcepts: _stage, ...linear } = model as unknown as ClassifierModel;
const m: ClassifierModel = linear;
const options = { transferRateMatch: true, transferGap: 0, transferGapVariants: 1 };

function labelled(mod: unknown, label: (typeof SEGMENT_LABELS)[number]): number {
  const c = loadClassifier(mod);
  return segments.filter((s) => c.score(s.text, s.heading, 'en')[label] >= 0.5).length;
}

describe('transfer calibration on unlabelled pages', () => {
  it('shifts the transfer intercepts so the concept-only view labels as many segments as the full view', () => {
    const shifts = rateMatchShifts(m, pages, options, 1);
    expect(shifts).toHaveLength(SEGMENT_LABELS.length);
    const shifted = {
      ...m,
      trainedLangs: [],
      transferBias: m.transferBias.map((b, l) => b + shifts[l]!),
    };
    for (const label of SEGMENT_LABELS) expect(labelled(shifted, label), label).toBe(labelled(m, label));
  });
});
