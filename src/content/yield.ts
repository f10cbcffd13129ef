/**
 * Gives the page's main thread back for a moment between two pieces of work: scheduler.yield() where the
 * browser has it, else a message to ourselves (a task like setTimeout(0), but not slowed to one a second
 * in a background tab, as timers are).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
