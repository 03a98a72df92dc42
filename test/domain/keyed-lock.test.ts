import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../src/domain/keyed-lock.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the keyed lock', () => {
  it('runs work for the same key one after the other, in the order it was asked for', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const work = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await pause(ms);
      events.push(`${name} end`);
      return name;
    };

    const results = await Promise.all([
      lock.run('a', work('first', 20)),
      lock.run('a', work('second', 1)),
    ]);

    expect(results).toEqual(['first', 'second']);
    expect(events).toEqual(['first start', 'first end', 'second start', 'second end']);
    expect(lock.size).toBe(0);
  });

  it('lets work for other keys run at the same time', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const work = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await pause(ms);
      events.push(`${name} end`);
    };

    await Promise.all([lock.run('a', work('a', 20)), lock.run('b', work('b', 1))]);

    expect(events.indexOf('b start')).toBeLessThan(events.indexOf('a end'));
  });

  it('goes on with the next work for a key after one failed', async () => {
    const lock = new KeyedLock();
    const failing = lock.run('a', () => Promise.reject(new Error('SAP down')));
    const next = lock.run('a', () => Promise.resolve('ran'));

    await expect(failing).rejects.toThrow('SAP down');
    await expect(next).resolves.toBe('ran');
  });
});
