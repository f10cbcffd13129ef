import type { HistoryNote } from '../core/history/book';
import type { Report } from '../core/report';
import type {
  AnalyseResult,
  ContentToBackground,
  PageText,
  PopupToBackground,
  Responses,
  TabState,
} from '../messages';
import type { TabStore } from './tab-store';

/** What the handlers need from the browser and the analyser; injected so they can be tested without either. */
export interface BackgroundDeps {
  store: TabStore;
  showBadge(tabId: number, state: TabState | null): Promise<void>;
  /** Tells an open popup that a tab's state changed; a closed popup is not an error. */
  broadcast(tabId: number, state: TabState | null): Promise<void>;
  /** Runs one tab's state changes one after another (see serialize.ts). */
  serial<T>(tabId: number, task: () => Promise<T>): Promise<T>;
  analyse(page: PageText, url: string): Promise<Report>;
  /** Remembers an analysed policy and says what changed since its last version (history-store.ts). */
  remember?(report: Report): Promise<HistoryNote | null>;
}

type HandlerMap<M extends { type: keyof Responses }, Ctx> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, ctx: Ctx) => Promise<Responses[K]>;
};

/** Content messages carry the tab they came from (sender.tab.id, checked before dispatch). */
export type ContentHandlers = HandlerMap<ContentToBackground, { tabId: number }>;
export type PopupHandlers = HandlerMap<PopupToBackground, Record<string, never>>;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What changed in a policy since it was last seen; remembering is best effort and never fails an analysis. */
async function remembered(deps: BackgroundDeps, report: Report): Promise<HistoryNote | null> {
  if (!deps.remember || !report.detection.isPolicy) return null;
  try {
    return await deps.remember(report);
  } catch {
    return null;
  }
}

export function createContentHandlers(deps: BackgroundDeps): ContentHandlers {
  async function publish(tabId: number, state: TabState): Promise<void> {
    await deps.store.set(tabId, state);
    await Promise.all([deps.showBadge(tabId, state), deps.broadcast(tabId, state)]);
  }

  /** Applies a change to the current run of a tab; a change for an earlier run (a page since left) is dropped. */
  function updateRun(tabId: number, runId: string, change: (state: TabState) => TabState): Promise<void> {
    return deps.serial(tabId, async () => {
      const current = await deps.store.get(tabId);
      if (current?.runId === runId) await publish(tabId, change(current));
    });
  }

  return {
    'content/gated': (message, { tabId }) =>
      deps.serial(tabId, async () => {
        await publish(tabId, {
          runId: message.runId,
          url: message.url,
          title: message.title,
          gate: message.gate,
          phase: message.analysing ? 'analysing' : 'gated',
          report: null,
          error: null,
        });
        return null;
      }),

    // The analysis itself runs outside the tab's queue, so the next page's "gated" never waits for it.
    'content/analyse': async (message, { tabId }) => {
      const { runId } = message;
      await updateRun(tabId, runId, (state) => ({ ...state, phase: 'analysing', error: null }));
      let result: AnalyseResult;
      try {
        result = { ok: true, report: await deps.analyse(message.page, message.url) };
      } catch (error) {
        result = { ok: false, error: describeError(error) };
      }
      const history = result.ok ? await remembered(deps, result.report) : null;
      await updateRun(tabId, runId, (state) =>
        result.ok
          ? { ...state, phase: 'analysed', report: result.report, error: null, history }
          : { ...state, phase: 'failed', report: null, error: result.error, history: null },
      );
      return result;
    },
  };
}

export function createPopupHandlers(deps: BackgroundDeps): PopupHandlers {
  return {
    'popup/get-tab-state': (message) => deps.serial(message.tabId, () => deps.store.get(message.tabId)),
  };
}

/** Forgets a closed tab. */
export function forgetTab(deps: BackgroundDeps, tabId: number): Promise<void> {
  return deps.serial(tabId, () => deps.store.remove(tabId));
}
