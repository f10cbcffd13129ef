/**
 * Runs the tasks for one key one after another. Message handlers are async (storage reads and writes);
 * without this, a page's "analysed" could interleave with its own "gated" and be lost.
 */
export function createSerializer(): <T>(key: number, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<number, Promise<unknown>>();
  return <T>(key: number, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}
