import type { Runtime } from '../browser';

/** Who may send which messages; pure so it can be tested without a browser. */
export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. chrome-extension://<id>/ */
  baseUrl: string;
}

/** A message from this extension's own content script, in the top frame of a tab. */
export function isFromContentScript(sender: Runtime.MessageSender, self: ExtensionIdentity): boolean {
  return (
    sender.id === self.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    sender.frameId === 0 &&
    !sender.url?.startsWith(self.baseUrl)
  );
}

/** A message from one of this extension's own pages (the popup, or the popup opened as a tab). */
export function isFromExtensionPage(sender: Runtime.MessageSender, self: ExtensionIdentity): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
}
