import { describe, expect, it } from 'vitest';
import type { GateVerdict, PageInfo, TabState } from '../../../src/messages';
import { deriveView } from '../../../src/popup/view';
import { sampleReport } from '../background/report-fixture';

const policyGate: GateVerdict = { candidate: true, kind: 'privacy-policy', reason: 'title' };
const cookieGate: GateVerdict = { candidate: false, kind: 'cookie-policy', reason: 'cookies' };
const plainGate: GateVerdict = { candidate: false, kind: 'none', reason: 'nothing' };

function state(overrides: Partial<TabState>): TabState {
  return {
    runId: 'r',
    url: 'https://x',
    title: 't',
    gate: policyGate,
    phase: 'gated',
    report: null,
    error: null,
    ...overrides,
  };
}
const live = (overrides: Partial<PageInfo> = {}): PageInfo => ({
  runId: 'r',
  phase: 'gated',
  gate: policyGate,
  ...overrides,
});

describe('deriveView', () => {
  it('waits until both the page and the background answered', () => {
    expect(deriveView({ live: undefined, stored: null, forced: null }).kind).toBe('loading');
    expect(deriveView({ live: live(), stored: undefined, forced: null }).kind).toBe('loading');
  });

  it('says the page cannot be read when no content script answers, whatever the background kept', () => {
    const kept = state({ phase: 'analysed', report: sampleReport() });
    expect(deriveView({ live: null, stored: kept, forced: null }).kind).toBe('unreadable');
  });

  it('shows the report of the current run', () => {
    const view = deriveView({
      live: live({ phase: 'analysed' }),
      stored: state({ phase: 'analysed', report: sampleReport() }),
      forced: null,
    });
    expect(view).toMatchObject({ kind: 'report', forced: false });
  });

  it('ignores a stored report of an earlier run of the tab', () => {
    const view = deriveView({
      live: live({ runId: 'new', phase: 'gated', gate: plainGate }),
      stored: state({ runId: 'old', phase: 'analysed', report: sampleReport() }),
      forced: null,
    });
    expect(view).toEqual({ kind: 'not-policy', pageKind: 'other' });
  });

  it('names a cookie policy, from the gate or from the full verdict', () => {
    expect(
      deriveView({ live: live({ gate: cookieGate }), stored: state({ gate: cookieGate }), forced: null }),
    ).toEqual({
      kind: 'not-policy',
      pageKind: 'cookie-policy',
    });
    const report = sampleReport(false);
    report.detection.kind = 'cookie-policy';
    expect(
      deriveView({
        live: live({ phase: 'analysed' }),
        stored: state({ phase: 'analysed', report }),
        forced: null,
      }),
    ).toEqual({ kind: 'not-policy', pageKind: 'cookie-policy' });
  });

  it('shows progress, failure, and the result of "Analyse anyway"', () => {
    expect(
      deriveView({ live: live({ phase: 'analysing' }), stored: state({ phase: 'analysing' }), forced: null })
        .kind,
    ).toBe('analysing');
    expect(
      deriveView({ live: live(), stored: state({ phase: 'failed', error: 'x' }), forced: null }),
    ).toEqual({
      kind: 'failed',
      error: 'x',
    });
    expect(deriveView({ live: live(), stored: state({}), forced: 'pending' }).kind).toBe('analysing');
    expect(
      deriveView({ live: live(), stored: state({}), forced: { ok: true, report: sampleReport(false) } }),
    ).toMatchObject({ kind: 'report', forced: true });
    expect(deriveView({ live: null, stored: null, forced: { ok: false, error: 'gone' } })).toEqual({
      kind: 'failed',
      error: 'gone',
    });
  });
});

describe('deriveView with the settings', () => {
  it('says Plainly is off on a never-run site, naming the list entry', () => {
    const view = deriveView({
      live: { runId: '', phase: 'gated', gate: null, off: 'site', site: 'example.org' },
      stored: null,
      forced: null,
    });
    expect(view).toEqual({ kind: 'off-site', site: 'example.org' });
  });

  it('offers to analyse when automatic detection is off, and shows the report once asked', () => {
    const offGate: GateVerdict = { candidate: false, kind: 'none', reason: 'automatic detection is off' };
    expect(
      deriveView({
        live: live({ gate: offGate, off: 'auto' }),
        stored: state({ gate: offGate }),
        forced: null,
      }),
    ).toEqual({ kind: 'off-auto' });
    const analysed = state({ gate: offGate, phase: 'analysed', report: sampleReport() });
    expect(
      deriveView({
        live: live({ gate: offGate, off: 'auto', phase: 'analysed' }),
        stored: analysed,
        forced: null,
      }),
    ).toMatchObject({ kind: 'report', forced: false });
  });

  it('carries what changed since the last version, also for a forced analysis of the same run', () => {
    const history = {
      since: '2026-01-01T00:00:00.000Z',
      changedAt: '2026-02-01T00:00:00.000Z',
      changes: [],
      fresh: true,
    };
    const stored = state({ phase: 'analysed', report: sampleReport(), history });
    expect(deriveView({ live: live({ phase: 'analysed' }), stored, forced: null })).toMatchObject({
      history,
    });
    expect(
      deriveView({ live: live({ phase: 'analysed' }), stored, forced: { ok: true, report: sampleReport() } }),
    ).toMatchObject({ kind: 'report', forced: true, history });
    expect(
      deriveView({ live: live({ runId: 'other' }), stored, forced: { ok: true, report: sampleReport() } }),
    ).toMatchObject({ history: null });
  });
});
