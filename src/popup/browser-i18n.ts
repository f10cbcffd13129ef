import { lookup, t, uiLanguage } from '../browser';
import type { I18n } from './i18n';

/**
 * The popup's and the options page's strings, in the browser's language (chrome.i18n / browser.i18n).
 * Numbers, plurals and dates follow the language of the strings actually shown (the messages file's own
 * `uiLocale`), so a German text never gets English plural rules.
 */
export const browserI18n: I18n = { t, lookup, locale: t('uiLocale') || uiLanguage() };
