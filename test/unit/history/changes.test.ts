import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../src/core/history/changes';
import { fingerprintOf } from '../../../src/core/history/fingerprint';
import type { Report } from '../../../src/core/report';
import { sampleReport } from '../background/report-fixture';
import { AT, reportWith } from './helpers';

const print = (report: Report, day = 1) =>
  fingerprintOf(report, { site: 'example.org/privacy', analyser: '1', seenAt: AT(day) });

describe('describeChanges', () => {
  it('finds nothing between two readings of the same policy', () => {
    expect(describeChanges(print(sampleReport()), print(sampleReport(), 5))).toEqual([]);
  });

  it('says what is collected and shared now, and with whom no longer', () => {
    const before = reportWith((p) => {
      p.collection.dataTypes = ['email', 'location'];
      p.sharing.recipients = ['service-providers', 'authorities'];
      p.sharing.named = ['Stripe'];
    });
    const after = reportWith((p) => {
      p.collection.dataTypes = ['email', 'health'];
      p.sharing.recipients = ['service-providers', 'advertisers', 'authorities'];
      p.sharing.named = ['stripe', 'Google Ads'];
    });
    expect(describeChanges(print(before), print(after))).toEqual([
      { kind: 'collects', added: ['health'], removed: ['location'] },
      { kind: 'shares', added: ['advertisers'], removed: [] },
      { kind: 'named', added: ['Google Ads'], removed: [] },
    ]);
  });

  it('says when selling, retention or the rights changed', () => {
    const before = reportWith((p) => {
      p.sharing.sells = null;
      p.retention = { found: true, kind: 'specific', periods: ['P2Y'], evidence: [] };
      p.rights.rights = ['access', 'erasure'];
    });
    const after = reportWith((p) => {
      p.sharing.sells = true;
      p.retention = { found: true, kind: 'specific', periods: ['P5Y'], evidence: [] };
      p.rights.rights = ['access'];
    });
    expect(describeChanges(print(before), print(after))).toEqual([
      { kind: 'sells', from: null, to: true },
      {
        kind: 'retention',
        from: { kind: 'specific', periods: ['P2Y'] },
        to: { kind: 'specific', periods: ['P5Y'] },
      },
      { kind: 'rights', added: [], removed: ['erasure'] },
    ]);
  });

  it('notices a retention that stops naming a period', () => {
    const before = reportWith((p) => {
      p.retention = { found: true, kind: 'specific', periods: ['P2Y'], evidence: [] };
    });
    const after = reportWith((p) => {
      p.retention = { found: true, kind: 'criteria', periods: [], evidence: [] };
    });
    expect(describeChanges(print(before), print(after))).toEqual([
      {
        kind: 'retention',
        from: { kind: 'specific', periods: ['P2Y'] },
        to: { kind: 'criteria', periods: [] },
      },
    ]);
  });
});
