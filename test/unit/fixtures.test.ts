/**
 * The fixture loop (second test tier, Readability style): every page under test/fixtures/{policies,
 * non-policies,special} is parsed with linkedom and run through the real pipeline (segmentDocument ->
 * classifier -> analyzePage); the report is compared with the page's expected.json.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze';
import { loadClassifier } from '../../src/core/classify/classifier';
import { segmentDocument } from '../../src/core/page/from-document';
import type { SegmentedPage } from '../../src/core/page/segment';
import type { Evidence, Report } from '../../src/core/report';
import { collapseWhitespace } from '../../src/core/text/normalize';
import model from '../../src/model/classifier.json';
import { type Fixture, fixtures } from '../fixtures/fixture-files';
import { checkGold, missingEvidence } from '../fixtures/gold-check';

const classifier = loadClassifier(model);

/** Page kinds the detector reports by name; every other non-policy kind is 'other' to it. */
const NAMED_KINDS = new Set(['cookie-policy', 'terms-of-service']);

interface Analysis {
  page: SegmentedPage;
  report: Report;
}

function analyze(fixture: Fixture): Analysis {
  const { document } = parseHTML(fixture.html);
  const page = segmentDocument(document as unknown as Document);
  return { page, report: analyzePage(page, { url: fixture.expected.url, classifier }) };
}

function allEvidence(report: Report): Evidence[] {
  const { contact, ...practices } = report.practices;
  return [...Object.values(practices).flatMap((p) => p.evidence), ...contact.evidence];
}

/** Evidence whose text is not part of the segment it names. */
function unquotedEvidence({ page, report }: Analysis): string[] {
  return allEvidence(report)
    .filter((e) => {
      const segment = page.segments[e.segment];
      return !segment || !collapseWhitespace(segment.text).includes(collapseWhitespace(e.text));
    })
    .map((e) => `#${e.segment}: ${e.text.slice(0, 100)}`);
}

function describeDetection(report: Report): string {
  const { detection } = report;
  return `score ${detection.score}, kind ${detection.kind}: ${detection.reason}`;
}

/** [tier/name, fixture] rows for test.each. */
function rows(list: readonly Fixture[]): [string, Fixture][] {
  return list.map((f) => [`${f.tier}/${f.name}`, f]);
}

const all = fixtures('policies', 'non-policies', 'special');
const staticFixtures = rows(all.filter((f) => !f.expected.needsScript));
const scriptFixtures = rows(all.filter((f) => f.expected.needsScript));

/** Analyses on first use, so the work is timed as part of the first test that needs it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

describe.each(staticFixtures)('%s', (_, fixture) => {
  const { expected } = fixture;
  const analysis = lazy(() => analyze(fixture));

  it(expected.isPolicy ? 'is detected as a privacy policy' : 'is not taken for a privacy policy', () => {
    const { report } = analysis();
    expect(report.detection.isPolicy, describeDetection(report)).toBe(expected.isPolicy);
  });

  if (!expected.isPolicy && NAMED_KINDS.has(expected.kind)) {
    it(`is told apart as ${expected.kind}`, () => {
      const { report } = analysis();
      expect(report.detection.kind, describeDetection(report)).toBe(expected.kind);
    });
  }

  if (expected.language !== null) {
    it(`is read as language ${expected.language}`, () => {
      expect(analysis().report.language).toBe(expected.language);
    });
  }

  const gold = expected.gold;
  if (gold) {
    it('finds what the gold says', () => {
      const check = checkGold(analysis().report.practices, gold, expected.disputed);
      expect(check.problems, `${fixture.name}\n${check.details.join('\n')}`).toEqual([]);
    });
  }

  if (expected.evidence) {
    it('quotes the expected passages as evidence', () => {
      expect(missingEvidence(analysis().report.practices, expected)).toEqual([]);
    });
  }

  it('quotes every piece of evidence verbatim from its segment', () => {
    expect(unquotedEvidence(analysis())).toEqual([]);
  });
});

describe.each(scriptFixtures)('%s before its script runs', (_, fixture) => {
  it('is not taken for a privacy policy (the script text is not page text)', () => {
    const { report } = analyze(fixture);
    expect(report.detection.isPolicy, describeDetection(report)).toBe(fixture.expected.static?.isPolicy);
  });
});
