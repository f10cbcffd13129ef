/**
 * The few extension APIs the content script uses, without webextension-polyfill: that polyfill is 12.5 kB
 * that every page would load for one message. The messages themselves are declared in src/messages.ts.
 *
 * It uses `chrome` with callbacks, which Chrome and Firefox content scripts both have. `browser` is not
 * used here: in Chrome it is not defined, so a page element with id="browser" would take its name
 * (named access on window; webextension-polyfill issue #720).
 */
import {
  type ContentToBackground,
  isPopupToContent,
  type PopupToContent,
  type ResponseOf,
  type Responses,
} from '../messages';

type Callback<T> = (value: T) => void;

interface MessageSender {
  id?: string;
}

/** storage.onChanged's change records. */
export type StorageChanges = Record<string, { newValue?: unknown }>;

/** The part of `chrome` this file calls (typed here, so the content script depends on nothing more). */
interface ContentApi {
  runtime: {
    id: string;
    lastError?: { message?: string };
    sendMessage(message: unknown, callback: Callback<unknown>): void;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: MessageSender,
          sendResponse: Callback<unknown>,
        ) => boolean | undefined,
      ): void;
    };
  };
  storage: {
    sync: { get(key: string, callback: Callback<Record<string, unknown> | undefined>): void };
    onChanged: { addListener(listener: (changes: StorageChanges, area: string) => void): void };
  };
}

const api = (globalThis as unknown as { chrome: ContentApi }).chrome;

/** How webextension-polyfill (in the background, on Chrome) answers when its handler threw. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(value: unknown): value is PolyfillRejection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true
  );
}

/** The callback of an extension API call as a promise: rejected on runtime.lastError. */
function settle<T>(call: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      call((value) => {
        const error = api.runtime.lastError;
        if (error) reject(new Error(error.message ?? 'extension call failed'));
        else resolve(value);
      });
    } catch (error) {
      // The extension was reloaded or removed: this content script is orphaned.
      reject(error);
    }
  });
}

/** Sends a message to the background and returns its typed answer (rejected when it failed or none came). */
export async function sendToBackground<M extends ContentToBackground>(message: M): Promise<ResponseOf<M>> {
  const response = await settle<unknown>((done) => api.runtime.sendMessage(message, done));
  if (isPolyfillRejection(response)) throw new Error(response.message);
  return response as ResponseOf<M>;
}

/** The handler must always answer: a rejection is answered with nothing (the popup treats that as a failure). */
export type PopupHandler = (message: PopupToContent) => Promise<Responses[PopupToContent['type']]>;

/** Answers the popup's messages that come from this extension and are well formed; ignores all others. */
export function onPopupMessage(handler: PopupHandler): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !isPopupToContent(message)) return undefined;
    handler(message).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** storage.sync.get, as a promise. */
export function syncGet(key: string): Promise<Record<string, unknown>> {
  return settle<Record<string, unknown> | undefined>((done) => api.storage.sync.get(key, done)).then(
    (items) => items ?? {},
  );
}

/** storage.onChanged. */
export function onStorageChanged(listener: (changes: StorageChanges, area: string) => void): void {
  api.storage.onChanged.addListener(listener);
}
