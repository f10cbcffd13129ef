import type { TabState } from '../messages';

/** A tab gets a badge only when the full analysis of its page says "privacy policy". */
export function isBadged(state: TabState | null): boolean {
  return state?.phase === 'analysed' && state.report?.detection.isPolicy === true;
}
