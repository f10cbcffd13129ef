/**
 * The one message protocol of the extension, declared once and named by direction.
 * Every request type has its response type in `Responses`. Guards (`is...`) check the shape of what arrives,
 * because messages from content scripts run next to hostile pages.
 */
import type { HistoryNote } from './core/history/book';
import type { Segment } from './core/page/segment';
import type { Report } from './core/report';

/** What the cheap gate said about a page (the result of gatePage in src/core/detect/gate.ts). */
export interface GateVerdict {
  candidate: boolean;
  kind: 'privacy-policy' | 'cookie-policy' | 'none';
  reason: string;
}

/** Where the analysis of a page stands. */
export type Phase = 'gated' | 'analysing' | 'analysed' | 'failed';

/** What the extension knows about the page currently shown in one tab. */
export interface TabState {
  /** One id per run of the gate on a page load or an in-page navigation; later messages must carry it. */
  runId: string;
  url: string;
  title: string;
  gate: GateVerdict;
  phase: Phase;
  report: Report | null;
  error: string | null;
  /** For a policy seen before in another version: what changed (src/core/history). */
  history?: HistoryNote | null;
}

// ---- content script -> background ----
/** What the content script read from the page: its segments (the page's elements stay in the page). */
export interface PageText {
  title: string;
  segments: Segment[];
}

export type ContentToBackground =
  | {
      type: 'content/gated';
      runId: string;
      url: string;
      title: string;
      gate: GateVerdict;
      analysing: boolean;
    }
  /** Analyse the page's segments (in the background, off the page's main thread) and keep the report. */
  | { type: 'content/analyse'; runId: string; url: string; page: PageText };

// ---- popup -> background ----
export type PopupToBackground = { type: 'popup/get-tab-state'; tabId: number };

// ---- popup -> content script of a tab ----
export type PopupToContent =
  | { type: 'popup/ping' }
  | { type: 'popup/analyse' }
  | { type: 'popup/highlight'; segment: number };

// ---- background -> extension pages (the open popup, if any) ----
export type BackgroundToPopup = { type: 'background/tab-state'; tabId: number; state: TabState | null };

export type Message = ContentToBackground | PopupToBackground | PopupToContent | BackgroundToPopup;

/** The content script's answer to a ping: proof that it runs in the tab, and which run it is on. */
export interface PageInfo {
  runId: string;
  phase: Phase;
  gate: GateVerdict | null;
  /** Why Plainly did not look at the page by itself: the site is on the never-run list, or auto-detect is off. */
  off?: 'site' | 'auto';
  /** The never-run entry that covers the page's host, when `off` is 'site' (the popup offers to run there again). */
  site?: string;
}

export type AnalyseResult = { ok: true; report: Report } | { ok: false; error: string };

export interface Responses {
  'content/gated': null;
  'content/analyse': AnalyseResult;
  'popup/get-tab-state': TabState | null;
  'popup/ping': PageInfo;
  'popup/analyse': AnalyseResult;
  'popup/highlight': { highlighted: boolean };
  'background/tab-state': null;
}

export type ResponseOf<M extends Message> = Responses[M['type']];

// ---- guards ----

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown): value is Fields & { type: string } {
  return isRecord(value) && typeof value.type === 'string';
}

const GATE_KINDS: readonly unknown[] = ['privacy-policy', 'cookie-policy', 'none'];

export function isGateVerdict(value: unknown): value is GateVerdict {
  return (
    isRecord(value) &&
    typeof value.candidate === 'boolean' &&
    GATE_KINDS.includes(value.kind) &&
    typeof value.reason === 'string'
  );
}

function isRunMessage(value: Fields): boolean {
  return typeof value.runId === 'string' && value.runId.length > 0 && value.runId.length <= 64;
}

/** Bounds on what a content script may ask the background to analyse (the page reader's limits, plus slack). */
export const PAGE_TEXT_LIMITS = { maxSegments: 3000, maxChars: 400_000 } as const;

const SEGMENT_KINDS: readonly unknown[] = ['heading', 'paragraph', 'list-item', 'table-row'];

function isSegment(value: unknown, index: number): value is Segment {
  return (
    isRecord(value) &&
    value.id === index &&
    SEGMENT_KINDS.includes(value.kind) &&
    typeof value.text === 'string' &&
    typeof value.heading === 'string' &&
    Number.isInteger(value.level)
  );
}

export function isPageText(value: unknown): value is PageText {
  if (!isRecord(value) || typeof value.title !== 'string' || !Array.isArray(value.segments)) return false;
  const segments: unknown[] = value.segments;
  if (segments.length > PAGE_TEXT_LIMITS.maxSegments || !segments.every(isSegment)) return false;
  let chars = 0;
  for (const segment of segments as Segment[]) chars += segment.text.length + segment.heading.length;
  return chars <= PAGE_TEXT_LIMITS.maxChars * 2;
}

export function isContentToBackground(value: unknown): value is ContentToBackground {
  if (!hasType(value) || !isRunMessage(value)) return false;
  switch (value.type) {
    case 'content/gated':
      return (
        typeof value.url === 'string' &&
        typeof value.title === 'string' &&
        isGateVerdict(value.gate) &&
        typeof value.analysing === 'boolean'
      );
    case 'content/analyse':
      return typeof value.url === 'string' && isPageText(value.page);
    default:
      return false;
  }
}

export function isPopupToBackground(value: unknown): value is PopupToBackground {
  return hasType(value) && value.type === 'popup/get-tab-state' && Number.isInteger(value.tabId);
}

export function isPopupToContent(value: unknown): value is PopupToContent {
  if (!hasType(value)) return false;
  switch (value.type) {
    case 'popup/ping':
    case 'popup/analyse':
      return true;
    case 'popup/highlight':
      return Number.isInteger(value.segment) && Number(value.segment) >= 0;
    default:
      return false;
  }
}

export function isBackgroundToPopup(value: unknown): value is BackgroundToPopup {
  return hasType(value) && value.type === 'background/tab-state' && Number.isInteger(value.tabId);
}
