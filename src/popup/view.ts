import type { HistoryNote } from '../core/history/book';
import type { PageKind, Report } from '../core/report';
import type { AnalyseResult, GateVerdict, PageInfo, TabState } from '../messages';

/** What the popup shows; derived from what the content script and the background say. */
export type View =
  | { kind: 'loading' }
  | { kind: 'unreadable' }
  | { kind: 'analysing' }
  | { kind: 'failed'; error: string }
  | { kind: 'not-policy'; pageKind: PageKind }
  | { kind: 'off-site'; site: string }
  | { kind: 'off-auto' }
  | { kind: 'report'; report: Report; forced: boolean; history: HistoryNote | null };

export interface Inputs {
  /** The content script's answer to a ping; null when no content script answered (browser pages, PDFs...). */
  live: PageInfo | null | undefined;
  /** The background's state of the tab; undefined while not asked yet. */
  stored: TabState | null | undefined;
  /** The result of "Analyse anyway", if the user asked. */
  forced: AnalyseResult | 'pending' | null;
}

function gateKind(gate: GateVerdict): PageKind {
  return gate.kind === 'none' ? 'other' : gate.kind;
}

/** The background's state when it is about the page the content script is on now. */
function currentState({ live, stored }: Inputs): TabState | null {
  return live && stored?.runId === live.runId ? stored : null;
}

export function deriveView(inputs: Inputs): View {
  const { live, stored, forced } = inputs;
  if (forced === 'pending') return { kind: 'analysing' };
  if (forced) {
    const history = currentState(inputs)?.history ?? null;
    return forced.ok
      ? { kind: 'report', report: forced.report, forced: true, history }
      : failed(forced.error);
  }
  if (live === undefined || stored === undefined) return { kind: 'loading' };
  if (live === null) return { kind: 'unreadable' };
  if (live.off === 'site') return { kind: 'off-site', site: live.site ?? '' };
  const state = currentState(inputs);
  if (live.off === 'auto' && (state?.phase ?? live.phase) === 'gated') return { kind: 'off-auto' };
  if (!state) return fromLive(live);
  switch (state.phase) {
    case 'analysing':
      return { kind: 'analysing' };
    case 'failed':
      return failed(state.error ?? '');
    case 'gated':
      return { kind: 'not-policy', pageKind: gateKind(state.gate) };
    case 'analysed':
      if (!state.report) return { kind: 'loading' };
      return state.report.detection.isPolicy
        ? { kind: 'report', report: state.report, forced: false, history: state.history ?? null }
        : { kind: 'not-policy', pageKind: state.report.detection.kind };
  }
}

/** The background has not caught up with this run yet: go by what the content script said. */
function fromLive(live: PageInfo): View {
  if (live.phase === 'analysing') return { kind: 'analysing' };
  if (live.phase === 'gated' && live.gate) return { kind: 'not-policy', pageKind: gateKind(live.gate) };
  return { kind: 'loading' };
}

function failed(error: string): View {
  return { kind: 'failed', error };
}
