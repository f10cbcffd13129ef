import type { PageInfo, TabState } from '../messages';
import { getTabState, ping, resolveTabId } from './connector';

/** What the popup needs to draw its first view: the tab, the content script's answer, the background's state. */
export interface FirstLook {
  tabId: number | null;
  live: PageInfo | null;
  stored: TabState | null;
}

/** Asked for as soon as the popup's script runs, before anything is drawn. */
export const firstLook: Promise<FirstLook> = (async () => {
  const tabId = await resolveTabId().catch(() => null);
  if (tabId === null) return { tabId, live: null, stored: null };
  const [live, stored] = await Promise.all([ping(tabId), getTabState(tabId).catch(() => null)]);
  return { tabId, live, stored };
})();

/**
 * The first look if it arrives within `ms`, else undefined: the popup then draws "Looking at this page…"
 * first. Usually it arrives in a few milliseconds, and the card is the first thing drawn.
 */
export function firstLookWithin(ms: number): Promise<FirstLook | undefined> {
  return Promise.race([
    firstLook,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}
