import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report';
import { exportFileName, summaryOf } from '../../../src/popup/summary-text';
import { sampleReport } from '../background/report-fixture';
import { english, i18nFor } from './i18n-fixture';

function report(): Report {
  const r = sampleReport();
  r.source = { url: 'https://www.shop.example/privacy', title: 'Privacy | Shop' };
  r.practices.collection.dataTypes = ['email', 'location'];
  r.practices.sharing = {
    found: true,
    recipients: ['advertisers'],
    named: ['Ad*Co'],
    sells: false,
    evidence: [{ segment: 3, text: 'We never sell your data.', score: 1 }],
  };
  r.practices.retention = { found: true, kind: 'specific', periods: ['P2Y'], evidence: [] };
  r.practices.security = { found: true, evidence: [] };
  return r;
}

describe('the copied summary', () => {
  it('as text: the four answers, what else is covered, what is not mentioned', () => {
    expect(summaryOf(report(), null, 'text', english)).toBe(
      [
        'Privacy | Shop',
        'https://www.shop.example/privacy',
        '',
        'What is collected: E-mail address, Location',
        'Who gets it: Advertisers; Companies named: Ad*Co',
        "Is it sold? No, it says it doesn't sell your data",
        'How long it is kept: 2 years',
        '',
        'Also in the policy:',
        '- Security: Says how it protects your data.',
        '',
        'Not mentioned: Your rights, Children, Data sent abroad, Changes to the policy, and Contact',
        '',
        'Summed up by Plainly, on this device.',
      ].join('\n'),
    );
  });

  it('as Markdown: headings, a quote per answer, page text escaped', () => {
    const markdown = summaryOf(report(), null, 'markdown', english);
    expect(markdown).toContain('## Privacy \\| Shop');
    expect(markdown).toContain('<https://www.shop.example/privacy>');
    expect(markdown).toContain('- Who gets it: Advertisers; Companies named: Ad\\*Co');
    expect(markdown).toContain('  > We never sell your data.');
    expect(markdown).toContain('- Security: Says how it protects your data.');
  });

  it('starts with what changed when the policy changed', () => {
    const text = summaryOf(
      report(),
      {
        since: '2026-03-03T10:00:00.000Z',
        changedAt: '2026-04-01T10:00:00.000Z',
        fresh: true,
        changes: [{ kind: 'shares', added: ['advertisers'], removed: [] }],
      },
      'text',
      english,
    );
    expect(text.split('\n').slice(3, 5)).toEqual([
      'Changed since your last visit (You last saw the earlier version on March 3, 2026.)',
      '- Now also shares with: Advertisers',
    ]);
  });

  it('uses the punctuation of the UI language (French puts a space before the colon)', () => {
    const text = summaryOf(report(), null, 'text', i18nFor('fr'));
    expect(text).toContain('Qui les reçoit : Annonceurs; Entreprises citées : Ad*Co');
    expect(text).toContain("Sont-elles vendues ? Non, d'après la politique, vos données ne sont pas vendues");
  });

  it('names the exported file after the site and the day', () => {
    expect(exportFileName(report(), new Date('2026-05-06T12:00:00Z'))).toBe(
      'plainly-shop.example-2026-05-06.json',
    );
    const local = sampleReport();
    local.source.url = null;
    expect(exportFileName(local, new Date('2026-05-06T12:00:00Z'))).toBe('plainly-page-2026-05-06.json');
  });
});
