import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisKeyedLock } from '../../src/jobs/redis-keyed-lock.ts';
import { AppError } from '../../src/errors.ts';
import { testRedisUrl } from '../support/shared-redis.ts';

// Two connections stand for two processes of the service sharing one Redis.
let first: Redis;
let second: Redis;
const prefix = `cs-bridge-test:${randomUUID()}:`;

beforeAll(() => {
  first = new Redis(testRedisUrl);
  second = new Redis(testRedisUrl);
});

afterAll(async () => {
  const keys = await first.keys(`${prefix}*`);
  if (keys.length > 0) await first.del(...keys);
  await Promise.all([first.quit(), second.quit()]);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function locks(options: { leaseMs?: number; waitMs?: number } = {}) {
  const settings = { prefix, leaseMs: options.leaseMs ?? 5_000, waitMs: options.waitMs ?? 5_000 };
  return [new RedisKeyedLock(first, settings), new RedisKeyedLock(second, settings)] as const;
}

describe('the Redis lock shared by several processes', () => {
  it('lets one process at a time work on a key', async () => {
    const [a, b] = locks();
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside += 1;
      most = Math.max(most, inside);
      await pause(20);
      inside -= 1;
    };

    await Promise.all([
      ...Array.from({ length: 5 }, () => a.run('part-1', work)),
      ...Array.from({ length: 5 }, () => b.run('part-1', work)),
    ]);

    expect(most).toBe(1);
    expect(await first.exists(`${prefix}part-1`)).toBe(0);
  });

  it('keeps the key while work outlasts the lease, renewing it', async () => {
    const [a, b] = locks({ leaseMs: 300 });
    const events: string[] = [];

    const long = a.run('part-2', async () => {
      events.push('a start');
      await pause(1_000);
      events.push('a end');
    });
    await pause(20);
    const waiting = b.run('part-2', () => {
      events.push('b');
      return Promise.resolve();
    });
    await Promise.all([long, waiting]);

    expect(events).toEqual(['a start', 'a end', 'b']);
  });

  it('gives up with a retryable error when another process holds the key too long', async () => {
    const [a, b] = locks({ waitMs: 100 });
    const held = a.run('part-3', () => pause(400));
    await pause(20);

    const refused = b.run('part-3', () => Promise.resolve('ran'));

    await expect(refused).rejects.toMatchObject({ code: 'LOCK_TIMEOUT', retryable: true });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await held;
  });

  it('frees the key after the lease when its holder died without releasing it', async () => {
    const [, b] = locks({ leaseMs: 100, waitMs: 2_000 });
    // A crashed process left its key behind.
    await first.set(`${prefix}part-4`, 'dead-holder', 'PX', 100);

    const started = Date.now();
    await b.run('part-4', () => Promise.resolve());

    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('never deletes a key another holder has taken over', async () => {
    const [a] = locks({ leaseMs: 50 });
    await a.run('part-5', async () => {
      // The lease ran out (renewal aside) and someone else took the key meanwhile.
      await first.set(`${prefix}part-5`, 'other-holder', 'PX', 5_000);
    });

    expect(await first.get(`${prefix}part-5`)).toBe('other-holder');
  });
});
