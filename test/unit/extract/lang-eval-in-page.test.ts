import { describe, expect, test } from 'vitest';
import { extractSegmentClaims } from '../../../src/core/extract/index';
import { excerptSentences } from '../../../tools/lib/lang-eval-in-page';
import { segments, silentScores } from './helpers';

describe('an excerpt of a segment is credited with its own sentences', () => {
  const segs = segments([
    { kind: 'heading', text: 'Privacy policy' },
    'We collect your name.   We keep logs for 12 months.\nWe share data with our hosting provider.',
  ]);
  const claims = extractSegmentClaims(segs, silentScores(segs.length), 'en')[1] ?? [];

  test('sentences inside the excerpt (whitespace aside) count, the others do not', () => {
    const picked = excerptSentences(claims, 'We collect your name. We keep logs for 12 months.');
    expect(picked.map((c) => c.sentence.text)).toEqual([
      'We collect your name.',
      'We keep logs for 12 months.',
    ]);
  });

  test('a sentence that holds the whole excerpt counts', () => {
    const picked = excerptSentences(claims, 'our hosting provider');
    expect(picked.map((c) => c.sentence.text)).toEqual(['We share data with our hosting provider.']);
  });
});
