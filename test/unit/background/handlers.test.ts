import { describe, expect, it } from 'vitest';
import { isBadged } from '../../../src/background/badge-rule';
import {
  type BackgroundDeps,
  createContentHandlers,
  createPopupHandlers,
  forgetTab,
} from '../../../src/background/handlers';
import { createSerializer } from '../../../src/background/serialize';
import type { TabStore } from '../../../src/background/tab-store';
import type { Report } from '../../../src/core/report';
import type { GateVerdict, PageText, TabState } from '../../../src/messages';
import { sampleReport } from './report-fixture';

/** Handlers over an in-memory store; `analyse` answers with the given report (or throws). */
function fakeDeps(analyse: (page: PageText) => Promise<Report> = async () => sampleReport()) {
  const stored = new Map<number, TabState>();
  const badges = new Map<number, boolean>();
  const broadcasts: (string | null)[] = [];
  const store: TabStore = {
    get: async (tabId) => stored.get(tabId) ?? null,
    set: async (tabId, state) => {
      stored.set(tabId, state);
    },
    remove: async (tabId) => {
      stored.delete(tabId);
    },
  };
  const deps: BackgroundDeps = {
    store,
    showBadge: async (tabId, state) => {
      badges.set(tabId, isBadged(state));
    },
    broadcast: async (_tabId, state) => {
      broadcasts.push(state?.phase ?? null);
    },
    serial: createSerializer(),
    analyse,
  };
  return { deps, stored, badges, broadcasts, content: createContentHandlers(deps) };
}

const candidate: GateVerdict = { candidate: true, kind: 'privacy-policy', reason: 'title' };
const plain: GateVerdict = { candidate: false, kind: 'none', reason: 'nothing' };
const page: PageText = {
  title: 'Privacy',
  segments: [{ id: 0, kind: 'paragraph', text: 'We collect your e-mail address.', heading: '', level: 0 }],
};

const gated = (runId: string, gate: GateVerdict) => ({
  type: 'content/gated' as const,
  runId,
  url: `https://example.org/${runId}`,
  title: runId,
  gate,
  analysing: gate.candidate,
});
const analyseMessage = (runId: string) => ({
  type: 'content/analyse' as const,
  runId,
  url: `https://example.org/${runId}`,
  page,
});

describe('background handlers', () => {
  it('badges a tab once the analysis says "privacy policy", keeps the report and answers with it', async () => {
    const { stored, badges, broadcasts, content } = fakeDeps();
    await content['content/gated'](gated('a', candidate), { tabId: 1 });
    expect(stored.get(1)?.phase).toBe('analysing');
    expect(badges.get(1)).toBe(false);
    const result = await content['content/analyse'](analyseMessage('a'), { tabId: 1 });
    expect(result.ok && result.report.detection.isPolicy).toBe(true);
    expect(stored.get(1)?.phase).toBe('analysed');
    expect(badges.get(1)).toBe(true);
    expect(broadcasts).toEqual(['analysing', 'analysing', 'analysed']);
  });

  it('does not badge a page whose full verdict is "not a policy"', async () => {
    const { badges, stored, content } = fakeDeps(async () => sampleReport(false));
    await content['content/gated'](gated('a', candidate), { tabId: 1 });
    await content['content/analyse'](analyseMessage('a'), { tabId: 1 });
    expect(stored.get(1)?.phase).toBe('analysed');
    expect(badges.get(1)).toBe(false);
  });

  it('clears the badge when the next page of the tab reports, policy or not', async () => {
    const { stored, badges, content } = fakeDeps();
    await content['content/gated'](gated('a', candidate), { tabId: 1 });
    await content['content/analyse'](analyseMessage('a'), { tabId: 1 });
    await content['content/gated'](gated('b', plain), { tabId: 1 });
    expect(badges.get(1)).toBe(false);
    expect(stored.get(1)).toMatchObject({ runId: 'b', phase: 'gated', report: null });
  });

  it('does not let the analysis of a page since left overwrite the next page', async () => {
    let finish: (report: Report) => void = () => undefined;
    const { stored, badges, content } = fakeDeps(
      () =>
        new Promise<Report>((resolve) => {
          finish = resolve;
        }),
    );
    await content['content/gated'](gated('a', candidate), { tabId: 1 });
    const late = content['content/analyse'](analyseMessage('a'), { tabId: 1 });
    // The next page reports while the analysis runs: it is not held up by it.
    await content['content/gated'](gated('b', plain), { tabId: 1 });
    finish(sampleReport());
    expect((await late).ok).toBe(true);
    expect(stored.get(1)).toMatchObject({ runId: 'b', report: null });
    expect(badges.get(1)).toBe(false);
  });

  it('keeps tabs apart', async () => {
    const { badges, content } = fakeDeps();
    await content['content/gated'](gated('a', candidate), { tabId: 1 });
    await content['content/analyse'](analyseMessage('a'), { tabId: 1 });
    await content['content/gated'](gated('b', plain), { tabId: 2 });
    expect([badges.get(1), badges.get(2)]).toEqual([true, false]);
  });

  it('records a failed analysis with its error', async () => {
    const { stored, content } = fakeDeps(async () => {
      throw new Error('boom');
    });
    await content['content/gated'](gated('a', candidate), { tabId: 3 });
    expect(await content['content/analyse'](analyseMessage('a'), { tabId: 3 })).toEqual({
      ok: false,
      error: 'boom',
    });
    expect(stored.get(3)).toMatchObject({ phase: 'failed', error: 'boom' });
  });

  it('answers the popup with the stored state of the tab, and forgets a closed tab', async () => {
    const { deps, content } = fakeDeps();
    const popup = createPopupHandlers(deps);
    await content['content/gated'](gated('a', plain), { tabId: 4 });
    expect((await popup['popup/get-tab-state']({ type: 'popup/get-tab-state', tabId: 4 }, {}))?.runId).toBe(
      'a',
    );
    await forgetTab(deps, 4);
    expect(await popup['popup/get-tab-state']({ type: 'popup/get-tab-state', tabId: 4 }, {})).toBeNull();
  });
});
