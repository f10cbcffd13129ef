import type { Report } from '../../../src/core/report';

/** A small, complete report for tests of the shells (not an analysis result). */
export function sampleReport(isPolicy = true): Report {
  const none = { found: false, evidence: [] };
  return {
    version: 1,
    source: { url: 'https://example.org/privacy', title: 'Privacy policy' },
    language: 'en',
    detection: {
      isPolicy,
      score: isPolicy ? 0.9 : 0.1,
      kind: isPolicy ? 'privacy-policy' : 'other',
      reason: 'test',
    },
    stats: { segments: 3, words: 40, ms: 1 },
    practices: {
      collection: {
        found: true,
        dataTypes: ['email'],
        evidence: [{ segment: 1, text: 'We collect your e-mail address.', score: 0.9 }],
      },
      sharing: { ...none, recipients: [], named: [], sells: null },
      retention: { ...none, kind: 'none', periods: [] },
      security: none,
      rights: { ...none, rights: [] },
      children: { ...none, minAge: null },
      international: none,
      changes: none,
      contact: { emails: [], evidence: [] },
    },
  };
}
