import { describe, expect, it } from 'vitest';
import { createSerializer } from '../../../src/background/serialize';

describe('createSerializer', () => {
  it('runs the tasks of one key one after another, in order, even when one fails', async () => {
    const serial = createSerializer();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = serial(1, async () => {
      log.push('first:start');
      await gate;
      log.push('first:end');
    });
    const failing = serial(1, async () => {
      log.push('second');
      throw new Error('boom');
    });
    const third = serial(1, async () => {
      log.push('third');
      return 3;
    });
    const otherKey = serial(2, async () => {
      log.push('other');
    });
    await otherKey;
    expect(log).toEqual(['first:start', 'other']);
    release();
    await first;
    await expect(failing).rejects.toThrow('boom');
    expect(await third).toBe(3);
    expect(log).toEqual(['first:start', 'other', 'first:end', 'second', 'third']);
  });
});
