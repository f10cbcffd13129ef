import { describe, expect, it } from 'vitest';
import {
  byPolicy,
  goldParties,
  goldRetention,
  goldTypes,
  ourClasses,
  PARTY_CLASSES,
  pageKind,
  policies,
  type Reading,
  SECTIONS,
  sectionGold,
  TYPE_CLASSES,
  tallies,
} from '../../tools/lib/attribute-classes';
import type { Attribute, PolicySegment } from '../../tools/lib/policy-data';

const attr = (
  category: string | null,
  attribute: string,
  value: string | null,
  span: string | null = null,
): Attribute => ({
  category,
  attribute,
  value,
  span,
});

const segment = (
  policy: string,
  n: number,
  attributes: Attribute[] = [],
  labels: string[] = [],
): PolicySegment => ({
  corpus: 'opp115',
  policy_id: policy,
  site: `${policy}.com`,
  lang: 'en',
  segment: n,
  text: `segment ${n}`,
  labels_majority: labels,
  labels_union: labels,
  attributes,
});

describe("the corpora's attributes as classes", () => {
  it("maps OPP-115's and MAPP's information types to coarse classes, with the annotator's span", () => {
    const { gold, spans } = goldTypes([
      attr('First Party Collection/Use', 'Personal Information Type', 'Contact', 'e-mail address'),
      attr('Third Party', 'Information Type', 'IP address and device IDs'),
      attr('First Party', 'Information Type', 'Health, genetic, or biometric data'),
      attr('First Party Collection/Use', 'Personal Information Type', 'Generic personal information'),
      attr('First Party Collection/Use', 'Purpose', 'Advertising'),
    ]);
    expect([...gold].sort()).toEqual(['contact', 'device', 'health']);
    expect(spans.get('contact')).toBe('e-mail address');
  });

  it('reads a kind of recipient from a purpose only in a sharing practice', () => {
    expect([...goldParties([attr('Third Party Sharing/Collection', 'Purpose', 'Advertising')]).gold]).toEqual(
      ['advertisers'],
    );
    expect([...goldParties([attr('First Party Collection/Use', 'Purpose', 'Advertising')]).gold]).toEqual([]);
    expect([...goldParties([attr('Third Party', 'Third-Party Entity', 'Named third party')]).gold]).toEqual([
      'third-party',
    ]);
    expect([
      ...goldParties([attr('Third Party Sharing/Collection', 'Third Party Entity', 'Public')]).gold,
    ]).toEqual(['other-users']);
  });

  it('reads our data types and recipients as the same classes', () => {
    expect([...ourClasses(['email', 'phone', 'ip-address'], TYPE_CLASSES)].sort()).toEqual([
      'contact',
      'device',
    ]);
    expect([...ourClasses(['professional'], TYPE_CLASSES)]).toEqual([]);
    expect([...ourClasses(['analytics'], PARTY_CLASSES)].sort()).toEqual(['analytics', 'third-party']);
  });

  it('takes a retention period kind, and sums kinds as the report does', () => {
    expect(goldRetention([attr('Data Retention', 'Retention Period', 'Stated Period')])).toBe('specific');
    expect(goldRetention([attr('Data Retention', 'Retention Period', 'Limited')])).toBe('criteria');
    expect(goldRetention([attr('Data Retention', 'Retention Period', 'Unspecified')])).toBeNull();
    expect(pageKind(['criteria', null, 'specific'])).toBe('specific');
    expect(pageKind(['criteria', 'indefinite'])).toBe('indefinite');
    expect(pageKind([null, 'none'])).toBe('none');
  });

  it("marks a section by an attribute value or by a majority label in any of a policy's segments", () => {
    const segs = [
      segment('p', 1, [attr('User Access, Edit and Deletion', 'Access Type', 'Edit information')]),
      segment('p', 2, [], ['Data Security']),
    ];
    expect(sectionGold(segs, SECTIONS['right:rectification'] ?? {})).toBe(true);
    expect(sectionGold(segs, SECTIONS['right:erasure'] ?? {})).toBe(false);
    expect(sectionGold(segs, SECTIONS.security ?? {})).toBe(true);
    expect(sectionGold(segs, SECTIONS.changes ?? {})).toBe(false);
  });
});

describe('tallies', () => {
  const reading = (policy: string, n: number, gold: string[], ours: string[]): Reading => ({
    segment: segment(policy, n),
    gold: new Set(gold),
    ours: new Set(ours),
    spans: new Map(),
  });

  it('counts per segment, and per policy a class is on the card when any segment has it', () => {
    const a = [reading('a', 1, ['contact'], []), reading('a', 2, [], ['contact'])];
    const b = [reading('b', 1, ['location'], ['location', 'cookies'])];
    const bySegment = tallies([...a, ...b], TYPE_CLASSES);
    expect(bySegment.get('contact')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(bySegment.get('location')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(bySegment.get('cookies')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    const perPolicy = tallies(byPolicy([a, b]), TYPE_CLASSES);
    expect(perPolicy.get('contact')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("groups a corpus' segments into policies in segment order", () => {
    const grouped = policies([segment('x', 3), segment('y', 1), segment('x', 1)]);
    expect(grouped.map((p) => p.map((s) => `${s.policy_id}${s.segment}`))).toEqual([['x1', 'x3'], ['y1']]);
  });
});
