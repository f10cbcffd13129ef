import type { MessageKey } from '../browser';
import { orderPeriods } from '../core/history/periods';
import type { RetentionKind } from '../core/vocabulary';
import { durationInWords } from './duration';
import type { I18n } from './i18n';

export interface RetentionSummary {
  kind: RetentionKind;
  periods: readonly string[];
}

const CHIP: Record<RetentionKind, MessageKey> = {
  specific: 'retentionCriteria',
  criteria: 'retentionCriteria',
  indefinite: 'retentionIndefinite',
  none: 'retentionNone',
};

const INLINE: Record<RetentionKind, MessageKey> = {
  specific: 'retentionCriteriaInline',
  criteria: 'retentionCriteriaInline',
  indefinite: 'retentionIndefiniteInline',
  none: 'retentionNone',
};

function periodsInWords(retention: RetentionSummary, i18n: I18n): string[] {
  return retention.periods.map((period) => durationInWords(period, i18n.lookup, i18n.locale));
}

/** Retention as chips, one per stated duration: ["5 years", "3 months"], ["As long as needed"]. */
export function retentionTexts(retention: RetentionSummary, i18n: I18n): string[] {
  if (retention.kind === 'specific' && retention.periods.length > 0) return periodsInWords(retention, i18n);
  return [i18n.t(CHIP[retention.kind])];
}

/** Retention inside a sentence: "5 years", "3 months to 5 years", "as long as needed". */
export function retentionInline(retention: RetentionSummary, i18n: I18n): string {
  if (retention.kind === 'specific' && retention.periods.length > 0) {
    const ordered = orderPeriods(retention.periods);
    const words = periodsInWords({ kind: 'specific', periods: ordered }, i18n);
    const shortest = words[0] ?? '';
    const longest = words[words.length - 1] ?? '';
    return words.length === 1 ? shortest : i18n.t('retentionRange', [shortest, longest]);
  }
  return i18n.t(INLINE[retention.kind]);
}
