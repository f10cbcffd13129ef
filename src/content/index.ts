/**
 * The content script injected into every page (top frame only): runs the cheap gate, reports it to the
 * background on every page load (so navigating away clears the badge), and loads the analysis chunk only
 * for a candidate page or when the popup asks for it. It talks to the extension through ./extension-api
 * (no webextension-polyfill in the code every page loads).
 */
import { gatePage } from '../core/detect/gate';
import type { Report } from '../core/report';
import type {
  AnalyseResult,
  ContentToBackground,
  GateVerdict,
  PageInfo,
  Phase,
  PopupToContent,
  Responses,
} from '../messages';
import { neverRunEntry, type Settings } from '../settings/model';
import { onPopupMessage, sendToBackground } from './extension-api';
import { watchPage } from './navigation-watch';
import { newRunId } from './run-id';
import { loadSettings, onSettingsChanged } from './settings';
import { pageShadowRootOf } from './shadow-access';

interface Run {
  id: string;
  gate: GateVerdict;
  phase: Phase;
  report: Report | null;
  pending: Promise<AnalyseResult> | null;
}

/** How often late-arriving content may re-run the gate on one address. */
const MAX_REGATES = 3;

let run: Run | null = null;
let regates = 0;
/** Why Plainly does not look at this page by itself (settings), if it does not. */
let off: PageInfo['off'];
let offSite: string | undefined;

/** With automatic detection off, the gate is not run: the page is reported as not looked at. */
const NOT_LOOKED_AT: GateVerdict = { candidate: false, kind: 'none', reason: 'automatic detection is off' };

function loadAnalysis(): Promise<typeof import('./analysis')> {
  return import('./analysis');
}

async function tell(message: ContentToBackground): Promise<void> {
  try {
    await sendToBackground(message);
  } catch {
    // The extension was reloaded or updated: this content script is orphaned and has no one to tell.
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the page here, has the background analyse it, and keeps the report for the popup. */
async function analyse(current: Run): Promise<AnalyseResult> {
  current.phase = 'analysing';
  try {
    const { readPage } = await loadAnalysis();
    const page = await readPage(document);
    const result = await sendToBackground({
      type: 'content/analyse',
      runId: current.id,
      url: location.href,
      page,
    });
    if (run === current) {
      current.phase = result.ok ? 'analysed' : 'failed';
      current.report = result.ok ? result.report : null;
    }
    return result;
  } catch (error) {
    if (run === current) current.phase = 'failed';
    return { ok: false, error: describeError(error) };
  }
}

/** Analyses the current run once; a second request while it runs shares the first one's result. */
function analyseOnce(current: Run): Promise<AnalyseResult> {
  if (current.report) return Promise.resolve({ ok: true, report: current.report });
  current.pending ??= analyse(current).finally(() => {
    current.pending = null;
  });
  return current.pending;
}

/** The gate's verdict on the page as it is now; not run at all when automatic detection is off. */
function gateNow(): GateVerdict {
  return off === 'auto' ? NOT_LOOKED_AT : gatePage(document, location.href, pageShadowRootOf());
}

/** Runs the gate on the page as it is now, reports it, and analyses a candidate. */
async function start(gate: GateVerdict = gateNow()): Promise<void> {
  const current: Run = { id: newRunId(), gate, phase: 'gated', report: null, pending: null };
  run = current;
  await tell({
    type: 'content/gated',
    runId: current.id,
    url: location.href,
    title: document.title,
    gate,
    analysing: gate.candidate,
  });
  if (gate.candidate) await analyseOnce(current);
}

/**
 * The page changed a lot without navigating (a single-page app rendering its content late): run the gate
 * again unless the page is already known to be a policy. A page the gate passed but the analysis rejected
 * (it may have been analysed while still "Loading...") is analysed again.
 */
async function onContentChanged(): Promise<void> {
  if (!run || regates >= MAX_REGATES || off === 'auto') return;
  if (run.pending) await run.pending;
  if (run.report?.detection.isPolicy) return;
  const gate = gatePage(document, location.href, pageShadowRootOf());
  if (!gate.candidate) return;
  regates++;
  await start(gate);
}

/** Back from the back/forward cache: the browser cleared the badge, so report this page again. */
async function republish(): Promise<void> {
  await start(run?.gate);
}

async function highlight(segment: number): Promise<Responses['popup/highlight']> {
  if (run?.pending) await run.pending;
  if (!run?.report) return { highlighted: false };
  try {
    const { highlightSegment } = await loadAnalysis();
    return { highlighted: highlightSegment(segment) };
  } catch {
    return { highlighted: false };
  }
}

function answer(message: PopupToContent): Promise<Responses[PopupToContent['type']]> {
  switch (message.type) {
    case 'popup/ping':
      return Promise.resolve({
        runId: run?.id ?? '',
        phase: run?.phase ?? 'gated',
        gate: run?.gate ?? null,
        ...(off ? { off } : {}),
        ...(offSite ? { site: offSite } : {}),
      });
    case 'popup/analyse':
      if (off === 'site') return Promise.resolve({ ok: false, error: 'Plainly is off on this site' });
      return run ? analyseOnce(run) : Promise.resolve({ ok: false, error: 'page not ready' });
    case 'popup/highlight':
      return highlight(message.segment);
  }
}

onPopupMessage(answer);

function watch(): void {
  watchPage({
    navigated: () => {
      regates = 0;
      void start();
    },
    contentChanged: () => void onContentChanged(),
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) void republish();
  });
}

let started = false;

/**
 * Applies the settings: on a never-run site nothing runs (until the site is taken off the list); with
 * automatic detection off, the page is reported without running the gate, and read only when asked.
 */
function applySettings(settings: Settings): void {
  if (started) return;
  const entry = neverRunEntry(location.hostname, settings.neverRun);
  off = entry ? 'site' : settings.autoDetect ? undefined : 'auto';
  offSite = entry ?? undefined;
  if (entry) return;
  started = true;
  void start();
  watch();
}

async function boot(): Promise<void> {
  onSettingsChanged(applySettings);
  applySettings(await loadSettings());
}

// A prerendered page is not shown yet: report it only once the user actually sees it.
if ((document as Document & { prerendering?: boolean }).prerendering) {
  document.addEventListener('prerenderingchange', () => void boot(), { once: true });
} else {
  void boot();
}
