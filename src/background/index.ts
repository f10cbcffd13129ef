/**
 * The service worker (an event page in Firefox): badge per tab, per-tab state in storage.session, and the
 * analysis of the pages the content script read. Listeners are registered at the top level so a restarted
 * worker receives the event that woke it.
 */
import { browser, type Runtime } from '../browser';
import {
  type ContentToBackground,
  isContentToBackground,
  isPopupToBackground,
  type PopupToBackground,
  type TabState,
} from '../messages';
import { migrateStoredSettings, onSettingsChanged } from '../settings/store';
import { analysePageText, warmUp } from './analyse';
import { showBadge } from './badge';
import { type BackgroundDeps, createContentHandlers, createPopupHandlers, forgetTab } from './handlers';
import { rememberPolicy } from './history-store';
import { isFromContentScript, isFromExtensionPage } from './senders';
import { createSerializer } from './serialize';
import { sessionTabStore, storedTabIds } from './tab-store';

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

const deps: BackgroundDeps = {
  store: sessionTabStore,
  showBadge,
  async broadcast(tabId: number, state: TabState | null) {
    try {
      await browser.runtime.sendMessage({ type: 'background/tab-state', tabId, state });
    } catch {
      // No popup is open.
    }
  },
  serial: createSerializer(),
  analyse: analysePageText,
  remember: (report) => rememberPolicy(report),
};

const contentHandlers = createContentHandlers(deps);
const popupHandlers = createPopupHandlers(deps);

function handleContent(message: ContentToBackground, tabId: number): Promise<unknown> {
  const handler = contentHandlers[message.type] as (
    m: ContentToBackground,
    ctx: { tabId: number },
  ) => Promise<unknown>;
  return handler(message, { tabId });
}

function handlePopup(message: PopupToBackground): Promise<unknown> {
  const handler = popupHandlers[message.type] as (
    m: PopupToBackground,
    ctx: Record<string, never>,
  ) => Promise<unknown>;
  return handler(message, {});
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (isContentToBackground(message) && tabId !== undefined && isFromContentScript(sender, self)) {
    if (message.type === 'content/gated' && message.analysing) warmUp();
    return handleContent(message, tabId);
  }
  if (isPopupToBackground(message) && isFromExtensionPage(sender, self)) {
    return handlePopup(message);
  }
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(deps, tabId);
});

// Badges on or off: redraw the badge of every tab Plainly knows about.
onSettingsChanged((settings) => {
  void storedTabIds().then((tabIds) =>
    Promise.all(
      tabIds.map((tabId) =>
        deps.serial(tabId, async () => showBadge(tabId, await deps.store.get(tabId), settings)),
      ),
    ),
  );
});

// Settings stored by an older version are rewritten in the current layout.
browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().catch(() => undefined);
});
