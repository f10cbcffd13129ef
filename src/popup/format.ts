import { lookup, type MessageKey, t, uiLanguage } from '../browser';
import type { RetentionPractice } from '../core/report';
import { durationInWords } from './duration';

/** Retention in words, one item per stated duration: ["5 years", "3 months"], ["As long as needed"]. */
export function retentionTexts(retention: RetentionPractice): string[] {
  if (retention.kind === 'specific' && retention.periods.length > 0) {
    return retention.periods.map((period) => durationInWords(period, lookup, uiLanguage()));
  }
  const key: Record<RetentionPractice['kind'], MessageKey> = {
    specific: 'retentionCriteria',
    criteria: 'retentionCriteria',
    indefinite: 'retentionIndefinite',
    none: 'retentionNone',
  };
  return [t(key[retention.kind])];
}

/** A counted phrase through the locale's plural forms: `${base}_one`, `${base}_other`, ... */
export function counted(base: 'moreQuotes', count: number): string {
  const shown = new Intl.NumberFormat(uiLanguage()).format(count);
  const category = new Intl.PluralRules(uiLanguage()).select(count);
  return lookup(`${base}_${category}`, [shown]) || lookup(`${base}_other`, [shown]);
}
