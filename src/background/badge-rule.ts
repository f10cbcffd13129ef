import type { MessageKey } from '../browser';
import type { TabState } from '../messages';

/**
 * The badge convention (docs/badge.md): one badge per tab, none when there is nothing to say.
 *
 *   ✓  teal   a privacy policy was found and summed up
 *   $  red    the policy says it sells personal data
 *   ±  blue   the policy changed (collection, sharing, retention or rights) since it was last seen
 *   !  grey   the page looked like a policy but could not be read
 *
 * When several apply, the first of error, sells, changed, policy wins; the tooltip says which.
 */
export type BadgeKind = 'error' | 'sells' | 'changed' | 'policy';

export interface BadgeLook {
  text: MessageKey;
  title: MessageKey;
  /** Background colour; white text on it has a contrast ratio of at least 4.5:1. */
  color: string;
}

export const BADGE_LOOKS: Readonly<Record<BadgeKind, BadgeLook>> = {
  policy: { text: 'badgeText', title: 'actionTitlePolicy', color: '#0f766e' },
  sells: { text: 'badgeSells', title: 'actionTitleSells', color: '#b91c1c' },
  changed: { text: 'badgeChanged', title: 'actionTitleChanged', color: '#1d4ed8' },
  error: { text: 'badgeError', title: 'actionTitleError', color: '#57534e' },
};

/** What the badge of a tab says, or null for no badge. */
export function badgeKind(state: TabState | null): BadgeKind | null {
  if (!state) return null;
  if (state.phase === 'failed') return state.gate.candidate ? 'error' : null;
  if (state.phase !== 'analysed' || state.report?.detection.isPolicy !== true) return null;
  if (state.report.practices.sharing.sells === true) return 'sells';
  const history = state.history;
  if (history?.fresh && history.changes.length > 0) return 'changed';
  return 'policy';
}

/** A tab gets a badge only when there is something to say about its page. */
export function isBadged(state: TabState | null): boolean {
  return badgeKind(state) !== null;
}
