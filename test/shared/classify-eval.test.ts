/**
 * The committed classifier on the validation splits of ../shared/data (OPP-115, MAPP en/de), measured
 * exactly as `npm run eval:classify` does, against the gate in tools/eval-thresholds.json. Skipped when
 * ../shared/data is absent (PLAINLY_DATA overrides the path).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/core/classify/classifier';
import model from '../../src/model/classifier.json';
import thresholds from '../../tools/eval-thresholds.json';
import { type CorpusResult, evaluateClassifier } from '../../tools/lib/classify-eval';
import { gateFailures } from '../../tools/lib/classify-gate';
import { sharedDataPath } from '../../tools/shared-data';

const DATA = sharedDataPath([]);

describe.skipIf(!existsSync(DATA))('classifier on the validation splits', () => {
  let results: CorpusResult[] = [];
  beforeAll(() => {
    results = evaluateClassifier(loadClassifier(model), DATA, 'validation');
  });

  it('measures all three corpora', () => {
    expect(results.map((r) => r.corpus)).toEqual(['opp115', 'mapp-en', 'mapp-de']);
    for (const r of results) expect(r.segments).toBeGreaterThan(100);
  });

  it.each(['opp115', 'mapp-en', 'mapp-de'])('%s stays above its gate', (corpus) => {
    const result = results.find((r) => r.corpus === corpus)!;
    expect(gateFailures(result, thresholds.classify)).toEqual([]);
  });
});
