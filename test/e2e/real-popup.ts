/**
 * The real toolbar popup (pitfall P9): chrome.action.openPopup() from the service worker opens it, but
 * Playwright does not list it as a page. It is a CDP target of type "page", reached here through the
 * browser's CDP session (attach without flatten, then Target.sendMessageToTarget).
 */
import type { CDPSession } from 'playwright-core';
import type { Extension } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface RealPopup {
  /** Evaluates an expression in the popup and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  screenshot(): Promise<Buffer>;
  /** URLs the popup requested since it was attached (Network domain). */
  requests: string[];
  detach(): Promise<void>;
}

function popupUrl(ext: Extension): string {
  return `chrome-extension://${ext.id}/index.html`;
}

async function findPopupTarget(cdp: CDPSession, ext: Extension): Promise<TargetInfo | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.type === 'page' && t.url === popupUrl(ext));
}

/** Opens the action popup for the active tab and attaches to it. */
export async function openRealPopup(ext: Extension): Promise<RealPopup> {
  await ext.worker.evaluate(() => chrome.action.openPopup());
  const browser = ext.context.browser();
  if (!browser) throw new Error('persistent context has no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  let target: TargetInfo | undefined;
  for (let attempt = 0; attempt < 100 && !target; attempt++) {
    target = await findPopupTarget(cdp, ext);
    if (!target) await new Promise((resolve) => setImmediate(resolve));
  }
  if (!target) throw new Error('the popup target did not appear');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as { sessionId: string };

  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const requests: string[] = [];
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as {
      id?: number;
      method?: string;
      params?: { request?: { url: string } };
      result?: unknown;
      error?: { message: string };
    };
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
      requests.push(message.params.request.url);
    }
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  const call = (method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const result = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return result;
  };
  await call('Network.enable');

  return {
    requests,
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await call('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value;
    },
    async screenshot(): Promise<Buffer> {
      const { data } = (await call('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
