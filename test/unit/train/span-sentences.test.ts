import { describe, expect, it } from 'vitest';
import { conceptLexicon } from '../../../src/core/classify/concepts/index';
import { createFeaturizer } from '../../../src/core/classify/features';
import { SEGMENT_LABELS } from '../../../src/core/vocabulary';
import type { PolicySegment } from '../../../tools/lib/policy-data';
import { buildExamples } from '../../../tools/train/examples';
import { DEFAULT_PARAMS } from '../../../tools/train/params';

const RETENTION = SEGMENT_LABELS.indexOf('retention');
const ACCESS = SEGMENT_LABELS.indexOf('access');
const segment: PolicySegment = {
  corpus: 'opp115',
  policy_id: 'p1',
  site: 'example.com',
  lang: 'en',
  segment: 0,
  text: 'We use your data to run the service. We keep logs for 90 days. You can update your profile at any time.',
  labels_majority: ['First Party Collection/Use'],
  labels_union: ['First Party Collection/Use', 'Data Retention', 'User Access, Edit and Deletion'],
  attributes: [
    {
      category: 'Data Retention',
      attribute: 'Retention Period',
      value: 'Stated Period',
      span: 'keep logs for 90 days',
    },
    {
      category: 'User Access, Edit and Deletion',
      attribute: 'Access Type',
      value: 'Edit',
      span: 'update your profile',
    },
  ],
};
const featurizer = createFeaturizer(conceptLexicon, DEFAULT_PARAMS);
const sentenceExamples = (labels: number[]) =>
  buildExamples('opp115', [segment], featurizer, { ...DEFAULT_PARAMS, spanSentenceLabels: labels }, 'segment')
    .filter((e) => e.role === 'augment' && e.view === 'full')
    .map((e) => ({
      label: e.mask.indexOf(1),
      masked: e.mask.reduce((s, m) => s + m, 0),
      y: e.y[e.mask.indexOf(1)],
    }));

describe('sentence examples from OPP-115 attribute spans', () => {
  it('by default cuts the retention sentence only', () => {
    expect(sentenceExamples(DEFAULT_PARAMS.spanSentenceLabels.slice())).toEqual([
      { label: RETENTION, masked: 1, y: 1 },
    ]);
  });

  it('cuts the sentence of each span of the labels asked for, each a positive of its label alone', () => {
    expect(sentenceExamples([RETENTION, ACCESS])).toEqual([
      { label: RETENTION, masked: 1, y: 1 },
      { label: ACCESS, masked: 1, y: 1 },
    ]);
    expect(sentenceExamples([])).toEqual([]);
  });
});
