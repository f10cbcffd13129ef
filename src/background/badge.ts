import { browser, t } from '../browser';
import type { TabState } from '../messages';
import { isBadged } from './badge-rule';

const BADGE_COLOR = '#0f766e';

/** Sets (or clears) the badge and tooltip of one tab. A tab that closed meanwhile is not an error. */
export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badged = isBadged(state);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badged ? t('badgeText') : '' }),
      browser.action.setTitle({ tabId, title: t(badged ? 'actionTitlePolicy' : 'actionTitle') }),
      badged ? browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }) : Promise.resolve(),
    ]);
  } catch {
    // The tab is gone: nothing to show.
  }
}
