/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): commands over one WebSocket,
 * answered by id. Stock Firefox speaks BiDi natively; Playwright's own Firefox build, which its Firefox
 * driver needs, cannot be downloaded here (docs/toolchain-notes.md), and its BiDi driver asks Firefox ESR
 * for commands ESR does not have. Node 20's WebSocket needs --experimental-websocket
 * (vitest.firefox.config.ts passes it).
 */

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Incoming {
  type?: string;
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: string;
  message?: string;
}

export interface BidiSession {
  send<T>(method: string, params: object): Promise<T>;
  /** Calls `listener` with the parameters of every event `method` (after a session.subscribe to it). */
  on(method: string, listener: (params: unknown) => void): void;
  close(): void;
}

/** The result of script.evaluate / script.callFunction: a serialised remote value or an exception. */
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export async function connectBidi(url: string): Promise<BidiSession> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, ((params: unknown) => void)[]>();
  let nextId = 0;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Incoming;
    if (message.type === 'event' && message.method !== undefined) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
    else waiting.resolve(message.result);
  });
  socket.addEventListener('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('BiDi connection closed'));
    pending.clear();
  });
  return {
    send<T>(method: string, params: object): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (result) => resolve(result as T), reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => socket.close(),
  };
}

/**
 * Runs `expression` (awaited if it is a promise) in a browsing context and returns its value, which must be
 * JSON: the expression is wrapped in JSON.stringify so that any shape comes back whole.
 */
export async function evaluateJson<T>(session: BidiSession, context: string, expression: string): Promise<T> {
  const answer = await session.send<EvaluateResult>('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (answer.type === 'exception') {
    throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'exception'} (${expression})`);
  }
  const text = answer.result?.value;
  return (typeof text === 'string' ? JSON.parse(text) : null) as T;
}
