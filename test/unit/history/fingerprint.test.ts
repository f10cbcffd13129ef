import { describe, expect, it } from 'vitest';
import { fingerprintOf, isFingerprint } from '../../../src/core/history/fingerprint';
import { siteKey } from '../../../src/core/history/site';
import { sampleReport } from '../background/report-fixture';
import { AT, reportWith } from './helpers';

const context = { site: 'example.org/privacy', analyser: '0.1.0', seenAt: AT(1) };

describe('siteKey', () => {
  it.each([
    ['https://www.Example.org/privacy/', 'example.org/privacy'],
    ['http://example.org/legal/privacy?lang=de#top', 'example.org/legal/privacy'],
    ['http://127.0.0.1:8080/special/policy.html', '127.0.0.1:8080/special/policy.html'],
    ['https://example.org/', 'example.org'],
    ['https://example.org/privacy/index.html', 'example.org/privacy'],
  ])('%s -> %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it.each([null, '', 'not a url', 'file:///home/me/policy.html', 'chrome://settings'])(
    'has no key for %j',
    (url) => {
      expect(siteKey(url)).toBeNull();
    },
  );

  it('is bounded in length', () => {
    expect(siteKey(`https://example.org/${'a'.repeat(500)}`)?.length).toBe(200);
  });
});

describe('fingerprintOf', () => {
  it('keeps the practices in a canonical order and checks out as a fingerprint', () => {
    const report = reportWith((p) => {
      p.collection.dataTypes = ['location', 'email', 'name', 'email'];
      p.sharing.recipients = ['authorities', 'advertisers'];
      p.sharing.named = ['  Stripe ', 'Google', 'google', 'Amazon   Web Services'];
      p.sharing.sells = false;
      p.retention = { found: true, kind: 'specific', periods: ['P5Y', 'P30D', 'P3M', 'P5Y'], evidence: [] };
      p.rights.rights = ['erasure', 'access'];
    });
    const print = fingerprintOf(report, context);
    expect(print).toMatchObject({
      site: 'example.org/privacy',
      dataTypes: ['name', 'email', 'location'],
      recipients: ['advertisers', 'authorities'],
      named: ['Amazon Web Services', 'Google', 'Stripe'],
      sells: false,
      retention: { kind: 'specific', periods: ['P30D', 'P3M', 'P5Y'] },
      rights: ['access', 'erasure'],
      seenAt: AT(1),
    });
    expect(print.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(isFingerprint(print)).toBe(true);
  });

  it('gives the same hash for the same practices whatever the order or the visit date', () => {
    const a = reportWith((p) => {
      p.collection.dataTypes = ['email', 'name'];
    });
    const b = reportWith((p) => {
      p.collection.dataTypes = ['name', 'email'];
    });
    expect(fingerprintOf(a, context).hash).toBe(fingerprintOf(b, { ...context, seenAt: AT(9) }).hash);
  });

  it('changes the hash when a practice, the wording or the analyser changes', () => {
    const base = fingerprintOf(sampleReport(), context).hash;
    const sells = reportWith((p) => {
      p.sharing.sells = true;
    });
    const reworded = reportWith((p) => {
      p.collection.evidence = [{ segment: 1, text: 'We gather your e-mail address.', score: 0.9 }];
    });
    expect(fingerprintOf(sells, context).hash).not.toBe(base);
    expect(fingerprintOf(reworded, context).hash).not.toBe(base);
    expect(fingerprintOf(sampleReport(), { ...context, analyser: '0.2.0' }).hash).not.toBe(base);
  });

  it('keeps no periods for a retention that is not specific', () => {
    const report = reportWith((p) => {
      p.retention = { found: true, kind: 'criteria', periods: ['P1Y'], evidence: [] };
    });
    expect(fingerprintOf(report, context).retention).toEqual({ kind: 'criteria', periods: [] });
  });

  it('is bounded: at most 25 named companies of at most 80 characters', () => {
    const report = reportWith((p) => {
      p.sharing.named = Array.from(
        { length: 60 },
        (_, i) => `Company ${String(i).padStart(2, '0')} ${'x'.repeat(200)}`,
      );
    });
    const { named } = fingerprintOf(report, context);
    expect(named).toHaveLength(25);
    expect(Math.max(...named.map((n) => n.length))).toBe(80);
  });
});

describe('isFingerprint', () => {
  const good = fingerprintOf(sampleReport(), context);
  it.each([
    ['a data type outside the vocabulary', { ...good, dataTypes: ['dna'] }],
    ['a bad retention kind', { ...good, retention: { kind: 'forever', periods: [] } }],
    ['an unreadable date', { ...good, seenAt: 'yesterday' }],
    ['sells as a string', { ...good, sells: 'no' }],
    ['no hash', { ...good, hash: undefined }],
    ['not an object', 'fingerprint'],
  ])('rejects %s', (_name, value) => {
    expect(isFingerprint(value)).toBe(false);
  });
});
