/**
 * The probes of test/probes/ (one-sentence pages in eleven languages, each against what a careful reader
 * finds) read with the language given: the lines read wrongly must be exactly those pinned in
 * test/probes/pinned-misreads.json, with the same fields and values. A new misreading fails, and so does a
 * pinned line that now reads right or differently: re-pin after reading the change with
 * `npx tsx tools/eval-probe.ts test/probes/PROBE.tsv --given-lang --pin test/probes/pinned-misreads.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/core/analyze';
import { loadClassifier } from '../../src/core/classify/classifier';
import { segmentText } from '../../src/core/page/from-text';
import type { Lang } from '../../src/core/vocabulary';
import model from '../../src/model/classifier.json';
import { compare, describeResult, pageText, parseProbe, readValues } from '../../tools/lib/probe-lines';
import pinned from '../probes/pinned-misreads.json';

const classifier = loadClassifier(model);
const dir = join(import.meta.dirname, '..', 'probes');
const probes = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
const pins: Record<string, Record<string, string>> = pinned;

/** Each misread line of a probe (its number -> what it reads wrongly), read as tools/eval-probe.ts does. */
function misreadLines(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of parseProbe(readFileSync(join(dir, file), 'utf8'))) {
    const page = segmentText(pageText(line), 'txt');
    const { practices } = readPage(page, classifier, line.lang as Lang).verdict;
    const result = compare(line, readValues(practices));
    if (result.size > 0) out[String(line.n)] = describeResult(result);
  }
  return out;
}

describe('probes, language given', () => {
  it('has a pin for every probe and a probe for every pin', () => {
    expect(probes.length).toBeGreaterThan(0);
    expect(Object.keys(pins).sort()).toEqual([...probes].sort());
  });

  for (const file of probes) {
    it(`${file}: misreads exactly the pinned lines`, () => {
      expect(misreadLines(file)).toEqual(pins[file] ?? {});
    });
  }
});
