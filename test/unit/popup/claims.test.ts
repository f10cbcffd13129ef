import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report';
import { cardModel } from '../../../src/popup/claims';
import { sampleReport } from '../background/report-fixture';
import { english, i18nFor } from './i18n-fixture';

function reportWith(edit: (p: Report['practices']) => void): Report {
  const report = sampleReport();
  edit(report.practices);
  return report;
}

const byId = (report: Report, i18n = english) => {
  const model = cardModel(report, i18n);
  return Object.fromEntries([...model.glance, ...model.covered, ...model.missing].map((c) => [c.id, c]));
};

describe('the card model', () => {
  it('puts collection, sharing, sold-or-not and retention at a glance, in that order', () => {
    expect(cardModel(sampleReport(), english).glance.map((c) => c.id)).toEqual([
      'collection',
      'sharing',
      'sells',
      'retention',
    ]);
  });

  it('names the data types and recipients in the UI language', () => {
    const report = reportWith((p) => {
      p.collection.dataTypes = ['email', 'health'];
      p.sharing = { found: true, recipients: ['advertisers'], named: ['Google'], sells: null, evidence: [] };
    });
    const claims = byId(report);
    expect(claims.collection?.lists).toEqual([{ label: null, items: ['E-mail address', 'Health data'] }]);
    expect(claims.sharing?.lists).toEqual([
      { label: null, items: ['Advertisers'] },
      { label: 'sharingNamed', items: ['Google'] },
    ]);
    const german = byId(report, i18nFor('de'));
    expect(german.collection?.lists[0]?.items).toEqual(['E-Mail-Adresse', 'Gesundheitsdaten']);
    expect(german.sharing?.lists[0]?.items).toEqual(['Werbetreibende']);
  });

  it.each([
    [true, 'yes', 'Yes, it says it sells your data'],
    [false, 'no', "No, it says it doesn't sell your data"],
    [null, 'unknown', 'Not said'],
  ] as const)('sells %s is the state %s, in words', (sells, state, text) => {
    const claims = byId(
      reportWith((p) => {
        p.sharing.sells = sells;
      }),
    );
    expect(claims.sells).toMatchObject({ state, text });
  });

  it('backs "not sold" with the sentence about selling, not every sharing sentence', () => {
    const claims = byId(
      reportWith((p) => {
        p.sharing = {
          found: true,
          recipients: ['service-providers'],
          named: [],
          sells: false,
          evidence: [
            { segment: 4, text: 'We share data with our hosting provider.', score: 0.8 },
            { segment: 7, text: 'We do not sell your personal data.', score: 0.7 },
          ],
        };
      }),
    );
    expect(claims.sells?.evidence.map((e) => e.segment)).toEqual([7]);
    expect(claims.sharing?.evidence).toHaveLength(2);
  });

  it('says retention in words: durations, "as long as needed", or "not said"', () => {
    const specific = byId(
      reportWith((p) => {
        p.retention = { found: true, kind: 'specific', periods: ['P5Y', 'P3M'], evidence: [] };
      }),
    );
    expect(specific.retention).toMatchObject({ state: 'yes', lists: [{ items: ['5 years', '3 months'] }] });
    const criteria = byId(
      reportWith((p) => {
        p.retention = { found: true, kind: 'criteria', periods: [], evidence: [] };
      }),
    );
    expect(criteria.retention?.lists[0]?.items).toEqual(['As long as needed']);
    expect(byId(sampleReport()).retention).toMatchObject({ state: 'unknown', text: 'Not said' });
  });

  it('splits the secondary points into covered and not mentioned', () => {
    const report = reportWith((p) => {
      p.security = { found: true, evidence: [] };
      p.children = { found: true, minAge: 16, evidence: [] };
    });
    const model = cardModel(report, english);
    expect(model.covered.map((c) => c.id)).toEqual(['security', 'children']);
    expect(model.missing.map((c) => c.id)).toEqual(['rights', 'international', 'changes', 'contact']);
    expect(model.covered[1]?.text).toBe('Not meant for children under 16');
  });

  it('tells how to use your rights: the address in the rights sentences, else the privacy contact', () => {
    const withAddress = byId(
      reportWith((p) => {
        p.rights = {
          found: true,
          rights: ['access', 'erasure'],
          evidence: [
            {
              segment: 9,
              text: 'To delete your data, write to dpo@shop.example or use https://shop.example/privacy/request.',
              score: 1,
            },
          ],
        };
        p.contact = { emails: ['hello@shop.example'], evidence: [] };
      }),
    );
    expect(withAddress.rights).toMatchObject({
      state: 'yes',
      lists: [{ items: ['See your data', 'Delete it'] }],
      emails: ['dpo@shop.example'],
      links: ['https://shop.example/privacy/request'],
    });
    const fallback = byId(
      reportWith((p) => {
        p.rights = { found: true, rights: ['access'], evidence: [] };
        p.contact = { emails: ['privacy@shop.example'], evidence: [] };
      }),
    );
    expect(fallback.rights?.emails).toEqual(['privacy@shop.example']);
    expect(fallback.contact).toMatchObject({ state: 'yes', emails: ['privacy@shop.example'] });
  });
});
