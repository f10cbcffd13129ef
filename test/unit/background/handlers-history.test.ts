import { describe, expect, it } from 'vitest';
import { badgeKind } from '../../../src/background/badge-rule';
import { type BackgroundDeps, createContentHandlers } from '../../../src/background/handlers';
import { createSerializer } from '../../../src/background/serialize';
import type { HistoryNote } from '../../../src/core/history/book';
import type { Report } from '../../../src/core/report';
import type { GateVerdict, TabState } from '../../../src/messages';
import { sampleReport } from './report-fixture';

const candidate: GateVerdict = { candidate: true, kind: 'privacy-policy', reason: 'title' };
const note: HistoryNote = {
  since: '2026-01-01T00:00:00.000Z',
  changedAt: '2026-02-01T00:00:00.000Z',
  fresh: true,
  changes: [{ kind: 'shares', added: ['advertisers'], removed: [] }],
};

function setup(report: Report, remember: (report: Report) => Promise<HistoryNote | null>) {
  const stored = new Map<number, TabState>();
  const remembered: Report[] = [];
  const deps: BackgroundDeps = {
    store: {
      get: async (tabId) => stored.get(tabId) ?? null,
      set: async (tabId, state) => {
        stored.set(tabId, state);
      },
      remove: async (tabId) => {
        stored.delete(tabId);
      },
    },
    showBadge: async () => undefined,
    broadcast: async () => undefined,
    serial: createSerializer(),
    analyse: async () => report,
    remember: async (r) => {
      remembered.push(r);
      return remember(r);
    },
  };
  return { stored, remembered, content: createContentHandlers(deps) };
}

async function analyseOnce(content: ReturnType<typeof setup>['content']) {
  await content['content/gated'](
    {
      type: 'content/gated',
      runId: 'a',
      url: 'https://x/privacy',
      title: 'P',
      gate: candidate,
      analysing: true,
    },
    { tabId: 1 },
  );
  await content['content/analyse'](
    { type: 'content/analyse', runId: 'a', url: 'https://x/privacy', page: { title: 'P', segments: [] } },
    { tabId: 1 },
  );
}

describe('remembering in the background', () => {
  it('keeps what changed with the tab state, and badges the change', async () => {
    const { stored, remembered, content } = setup(sampleReport(), async () => note);
    await analyseOnce(content);
    expect(remembered).toHaveLength(1);
    expect(stored.get(1)).toMatchObject({ phase: 'analysed', history: note });
    expect(badgeKind(stored.get(1) ?? null)).toBe('changed');
  });

  it('does not remember a page that is not a policy', async () => {
    const { stored, remembered, content } = setup(sampleReport(false), async () => note);
    await analyseOnce(content);
    expect(remembered).toEqual([]);
    expect(stored.get(1)).toMatchObject({ phase: 'analysed', history: null });
  });

  it('still shows the report when remembering fails', async () => {
    const { stored, content } = setup(sampleReport(), async () => {
      throw new Error('quota');
    });
    await analyseOnce(content);
    expect(stored.get(1)).toMatchObject({ phase: 'analysed', history: null });
    expect(badgeKind(stored.get(1) ?? null)).toBe('policy');
  });
});
