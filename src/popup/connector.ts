/** The popup's one way to the rest of the extension: the tab it is about, the background, the content script. */
import { browser, fromThisExtension, type Runtime, sendToBackground, sendToTab } from '../browser';
import { type AnalyseResult, isBackgroundToPopup, type PageInfo, type TabState } from '../messages';
import { loadSettings, saveSettings } from '../settings/store';

/** The tab the popup is about: `?tabId=` when opened as a page (tests, debugging), else the active tab. */
export async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function getTabState(tabId: number): Promise<TabState | null> {
  return sendToBackground({ type: 'popup/get-tab-state', tabId });
}

/** Asks the tab's content script who it is; null when none answers (browser pages, web store, PDF viewer). */
export async function ping(tabId: number): Promise<PageInfo | null> {
  try {
    return await sendToTab(tabId, { type: 'popup/ping' });
  } catch {
    return null;
  }
}

export async function analyse(tabId: number): Promise<AnalyseResult> {
  try {
    return await sendToTab(tabId, { type: 'popup/analyse' });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function highlight(tabId: number, segment: number): Promise<boolean> {
  try {
    return (await sendToTab(tabId, { type: 'popup/highlight', segment })).highlighted;
  } catch {
    return false;
  }
}

/** Calls back whenever the background reports a new state for the tab; returns the unsubscribe function. */
export function onTabState(tabId: number, callback: (state: TabState | null) => void): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (fromThisExtension(sender) && isBackgroundToPopup(message) && message.tabId === tabId) {
      callback(message.state);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Opens the options page (in a tab or the browser's add-on settings). */
export function openSettings(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Takes a site off the never-run list; the tab's content script starts by itself when it sees the change. */
export async function allowSite(site: string): Promise<void> {
  const settings = await loadSettings();
  await saveSettings({ ...settings, neverRun: settings.neverRun.filter((entry) => entry !== site) });
}
