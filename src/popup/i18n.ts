import type { MessageKey } from '../browser';

/**
 * The UI-string lookup the popup's pure helpers take as an argument, so they run in unit tests over the
 * messages files as well as in the browser (where it is chrome.i18n; see ./browser-i18n.ts).
 */
export interface I18n {
  t(key: MessageKey, substitutions?: string | string[]): string;
  /** A string by computed name (plural forms); '' when the locale has no such key. */
  lookup(key: string, substitutions: string[]): string;
  /** The UI language, for plural rules, lists, numbers and dates. */
  locale: string;
}

/** "A, B and C" in the UI language. */
export function listInWords(items: readonly string[], i18n: I18n): string {
  return new Intl.ListFormat(i18n.locale, { type: 'conjunction', style: 'long' }).format(items);
}

/** A date (ISO 8601) in the UI language, e.g. "3 March 2026". */
export function dateInWords(iso: string, i18n: I18n): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long' }).format(new Date(iso));
}
