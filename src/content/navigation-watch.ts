/**
 * Notices in-page (SPA) navigations and content that arrives late, so the gate can run again.
 * - URL changes: popstate, the Navigation API's currententrychange where it exists, and a URL check after
 *   DOM changes (history.pushState itself cannot be patched from a content script's isolated world).
 * - DOM changes: a debounced MutationObserver that only runs for a short window after the page loaded,
 *   navigated or the user interacted, so a page that mutates forever costs nothing after that.
 */
const DEBOUNCE_MS = 400;
const WATCH_WINDOW_MS = 8000;

export interface PageWatchCallbacks {
  /** The address (without its #fragment) changed. */
  navigated(): void;
  /** The DOM changed notably while the address stayed the same. */
  contentChanged(): void;
}

function pageAddress(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

export function watchPage(callbacks: PageWatchCallbacks): void {
  let address = pageAddress();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let windowEnd: ReturnType<typeof setTimeout> | undefined;
  let mutated = false;

  const settle = (): void => {
    debounce = undefined;
    const now = pageAddress();
    if (now !== address) {
      address = now;
      mutated = false;
      callbacks.navigated();
      arm();
    } else if (mutated) {
      mutated = false;
      callbacks.contentChanged();
    }
  };
  const schedule = (): void => {
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(settle, DEBOUNCE_MS);
  };

  const observer = new MutationObserver(() => {
    mutated = true;
    schedule();
  });
  const disarm = (): void => {
    observer.disconnect();
    windowEnd = undefined;
  };
  function arm(): void {
    if (!document.body) return;
    if (windowEnd === undefined) observer.observe(document.body, { childList: true, subtree: true });
    else clearTimeout(windowEnd);
    windowEnd = setTimeout(disarm, WATCH_WINDOW_MS);
  }

  addEventListener('popstate', schedule);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule);
  // A click or key press is how most in-page navigations start: watch the DOM again for a while.
  const interacted = (): void => {
    arm();
    schedule();
  };
  addEventListener('click', interacted, { capture: true, passive: true });
  addEventListener('keyup', interacted, { capture: true, passive: true });
  arm();
}
