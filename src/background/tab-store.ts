import { browser } from '../browser';
import { isGateVerdict, type TabState } from '../messages';

/** Per-tab state, kept in storage.session so a stopped and restarted service worker loses nothing. */
export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const key = (tabId: number): string => `tab:${tabId}`;

function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.runId === 'string' && isGateVerdict(fields.gate);
}

export const sessionTabStore: TabStore = {
  async get(tabId) {
    const stored = await browser.storage.session.get(key(tabId));
    const state = stored[key(tabId)];
    return isTabState(state) ? state : null;
  },
  async set(tabId, state) {
    await browser.storage.session.set({ [key(tabId)]: state });
  },
  async remove(tabId) {
    await browser.storage.session.remove(key(tabId));
  },
};

/** The tabs with a stored state (for redrawing every badge when the badge setting changes). */
export async function storedTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map((name) => /^tab:(\d+)$/.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}
