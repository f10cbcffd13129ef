/**
 * The seeds' bar (issue: extraction on the five seed policies): every gold item is found and nothing
 * outside gold + optional is claimed, for data types, recipients, named parties, sells, retention kind
 * and periods, rights, children's age and the contact e-mail. Run on the committed fixture pages with
 * the committed classifier's scores and with silent scores (lexical cues alone), so extraction does not
 * depend on the classifier being right.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { extractPractices } from '../../../src/core/extract/index';
import { segmentDocument } from '../../../src/core/page/from-document';
import type { Segment } from '../../../src/core/page/segment';
import type { Evidence, Practices } from '../../../src/core/report';
import type { LabelScores, Lang } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';
import { type Fixture, fixtures, type Gold } from '../../fixtures/fixture-files';
import { silentScores } from './helpers';

const classifier = loadClassifier(model);

type Scoring = 'classifier' | 'silent';

interface Run {
  segments: readonly Segment[];
  practices: Practices;
}

function run(fixture: Fixture, scoring: Scoring): Run {
  const { document } = parseHTML(fixture.html);
  const { segments } = segmentDocument(document as unknown as Document);
  const lang = fixture.expected.language as Lang;
  const scores: LabelScores[] =
    scoring === 'classifier' ? classifier.scoreAll(segments, lang) : silentScores(segments.length);
  return { segments, practices: extractPractices(segments, scores, lang) };
}

/** Gold items not found and found items outside gold + optional. */
function diff(found: readonly string[], gold: readonly string[], optional: readonly string[] = []) {
  return {
    missed: gold.filter((g) => !found.includes(g)),
    extra: found.filter((f) => !gold.includes(f) && !optional.includes(f)),
  };
}

const NONE = { missed: [], extra: [] };

const seeds = fixtures('policies').filter((f) => f.expected.gold);
const rows = seeds.flatMap((f) =>
  (['classifier', 'silent'] as const).map((s): [string, Scoring, Fixture, Gold] => [
    f.name,
    s,
    f,
    f.expected.gold as Gold,
  ]),
);

describe.each(rows)('%s (%s scores)', (_, scoring, fixture, gold) => {
  let cached: Run | undefined;
  const result = (): Run => {
    cached ??= run(fixture, scoring);
    return cached;
  };

  test('data types', () => {
    const c = result().practices.collection;
    expect(diff(c.dataTypes, gold.collection.data_types, gold.collection.optional)).toEqual(NONE);
    expect(c.found).toBe(gold.collection.stated);
  });

  test('recipients, named parties and selling', () => {
    const s = result().practices.sharing;
    expect(diff(s.recipients, gold.sharing.recipients, gold.sharing.optional)).toEqual(NONE);
    expect(diff(s.named, gold.sharing.named)).toEqual(NONE);
    expect(s.sells).toBe(gold.sharing.sells);
  });

  test('retention kind and periods', () => {
    const r = result().practices.retention;
    expect(r.kind).toBe(gold.retention.kind);
    expect(diff(r.periods, gold.retention.periods)).toEqual(NONE);
  });

  test('rights', () => {
    expect(diff(result().practices.rights.rights, gold.rights)).toEqual(NONE);
  });

  test('children', () => {
    const c = result().practices.children;
    expect(c.found).toBe(gold.children === true);
    expect(c.minAge).toBe(gold.children_age ?? null);
  });

  test('the privacy contact e-mail comes first', () => {
    expect(result().practices.contact.emails[0]).toBe(gold.contact_email);
  });

  test('evidence: verbatim sentences of their segments, at most 5 per practice, no duplicates', () => {
    const { segments, practices } = result();
    const { contact, ...rest } = practices;
    const lists: Evidence[][] = [...Object.values(rest).map((p) => p.evidence), contact.evidence];
    for (const list of lists) {
      expect(list.length).toBeLessThanOrEqual(5);
      expect(new Set(list.map((e) => `${e.segment}:${e.text}`)).size).toBe(list.length);
      for (const e of list) {
        expect(segments[e.segment]?.text).toContain(e.text);
        expect(e.score).toBeGreaterThan(0);
        expect(e.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

test('the seed fixtures are all there', () => {
  expect(seeds.map((f) => f.name)).toEqual([
    'cloudockit-en',
    'contracting-nb',
    'drofus-en',
    'infoserv-en',
    'superoffice-nl',
  ]);
});
