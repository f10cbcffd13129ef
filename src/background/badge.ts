import { browser, t } from '../browser';
import type { TabState } from '../messages';
import type { Settings } from '../settings/model';
import { loadSettings } from '../settings/store';
import { BADGE_LOOKS, badgeKind } from './badge-rule';

const WHITE = '#ffffff';

/**
 * Sets (or clears) the badge and tooltip of one tab, per the convention of badge-rule.ts; no badge at all
 * when the user turned badges off (the tooltip still says what Plainly found). A closed tab is not an error.
 */
export async function showBadge(tabId: number, state: TabState | null, settings?: Settings): Promise<void> {
  const { badge: enabled } = settings ?? (await loadSettings());
  const kind = badgeKind(state);
  const titled = kind ? BADGE_LOOKS[kind] : null;
  const look = enabled ? titled : null;
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look ? t(look.text) : '' }),
      browser.action.setTitle({ tabId, title: t(titled ? titled.title : 'actionTitle') }),
      look ? browser.action.setBadgeBackgroundColor({ tabId, color: look.color }) : Promise.resolve(),
      look && browser.action.setBadgeTextColor
        ? browser.action.setBadgeTextColor({ tabId, color: WHITE })
        : Promise.resolve(),
    ]);
  } catch {
    // The tab is gone: nothing to show.
  }
}
