import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { BADGE_LOOKS, badgeKind, isBadged } from '../../../src/background/badge-rule';
import type { GateVerdict, TabState } from '../../../src/messages';
import { sampleReport } from './report-fixture';

const candidate: GateVerdict = { candidate: true, kind: 'privacy-policy', reason: 'title' };
const plain: GateVerdict = { candidate: false, kind: 'none', reason: 'nothing' };

function state(overrides: Partial<TabState>): TabState {
  return {
    runId: 'r',
    url: 'https://x',
    title: 't',
    gate: candidate,
    phase: 'analysed',
    report: null,
    error: null,
    ...overrides,
  };
}

function policy(sells: boolean | null = false) {
  const report = sampleReport();
  report.practices.sharing.sells = sells;
  return report;
}

const changed = {
  since: '2026-01-01T00:00:00Z',
  changedAt: '2026-02-01T00:00:00Z',
  fresh: true,
  changes: [{ kind: 'sells' as const, from: null, to: false }],
};

describe('the badge convention', () => {
  it.each([
    ['no state', null, null],
    ['a page the gate passed over', state({ gate: plain, phase: 'gated' }), null],
    ['a page being analysed', state({ phase: 'analysing' }), null],
    ['a page that is not a policy', state({ report: sampleReport(false) }), null],
    ['a policy', state({ report: policy() }), 'policy'],
    ['a policy that does not say whether it sells', state({ report: policy(null) }), 'policy'],
    ['a policy that sells data', state({ report: policy(true) }), 'sells'],
    ['a policy that changed', state({ report: policy(), history: changed }), 'changed'],
    [
      'a changed policy on a later visit',
      state({ report: policy(), history: { ...changed, fresh: false } }),
      'policy',
    ],
    ['a policy reworded only', state({ report: policy(), history: { ...changed, changes: [] } }), 'policy'],
    [
      'a changed policy that sells (selling wins)',
      state({ report: policy(true), history: changed }),
      'sells',
    ],
    ['a failed analysis of a candidate', state({ phase: 'failed', error: 'x' }), 'error'],
    ['a failed forced analysis of a plain page', state({ gate: plain, phase: 'failed', error: 'x' }), null],
  ])('%s -> %s', (_name, tabState, kind) => {
    expect(badgeKind(tabState)).toBe(kind);
    expect(isBadged(tabState)).toBe(kind !== null);
  });

  it('gives each kind its own text, tooltip and colour', () => {
    const looks = Object.values(BADGE_LOOKS);
    expect(new Set(looks.map((l) => messages[l.text].message)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.title)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.color)).size).toBe(looks.length);
  });

  it('uses colours on which white text reaches 4.5:1', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
    };
    for (const { color } of Object.values(BADGE_LOOKS)) {
      expect(1.05 / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
