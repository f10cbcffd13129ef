/**
 * The only module that imports webextension-polyfill. Everything else takes `browser`, the typed message
 * senders and the UI-string lookup from here, so the browser API enters the shells in one place.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type en from '../public/_locales/en/messages.json';
import type { ContentToBackground, PopupToBackground, PopupToContent, ResponseOf } from './messages';

export type { Runtime };
export { browser };

/** A key of public/_locales/en/messages.json; a typo is a type error. */
export type MessageKey = keyof typeof en;

/** A UI string in the browser's language. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** A UI string looked up by a computed name (e.g. a plural form); '' when the locale lacks it. */
export function lookup(key: string, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The browser's UI language, for plural rules and list formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Sends a message to the background and returns its typed answer. */
export async function sendToBackground<M extends ContentToBackground | PopupToBackground>(
  message: M,
): Promise<ResponseOf<M>> {
  return (await browser.runtime.sendMessage(message)) as ResponseOf<M>;
}

/** Sends a message to the content script of the top frame of a tab and returns its typed answer. */
export async function sendToTab<M extends PopupToContent>(tabId: number, message: M): Promise<ResponseOf<M>> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ResponseOf<M>;
}

/** True when a message came from this extension (any context). */
export function fromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}
