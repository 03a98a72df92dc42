import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KeyedLock } from '../domain/keyed-lock.ts';
import type { KeyedRunner } from '../domain/keyed-lock.ts';
import { AppError } from '../errors.ts';

/** How long a Redis lock is held without renewal, and how long a caller waits for it. */
export interface RedisLockOptions {
  /** Prepended to every key, e.g. `cs-bridge:lock:replenishment:`. */
  prefix: string;
  /** The lease: renewed while the work runs, and gone this long after a crashed holder. */
  leaseMs: number;
  /** How long to wait for a lock another process holds before giving up. */
  waitMs: number;
}

// Deletes or extends the key only while it still holds this holder's token.
const ifHolder = "if redis.call('get', KEYS[1]) == ARGV[1] then return ";
const releaseScript = `${ifHolder}redis.call('del', KEYS[1]) end return 0`;
const renewScript = `${ifHolder}redis.call('pexpire', KEYS[1], ARGV[2]) end return 0`;

/**
 * Runs work one at a time per key across every process that shares the Redis: a key is held
 * with `SET NX PX` and a random token, renewed while the work runs, and released only by its
 * holder. Within one process callers queue locally first, so only one of them waits on Redis.
 */
export class RedisKeyedLock implements KeyedRunner {
  readonly #redis: Redis;
  readonly #options: RedisLockOptions;
  readonly #local = new KeyedLock();

  constructor(redis: Redis, options: RedisLockOptions) {
    this.#redis = redis;
    this.#options = options;
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#local.run(key, async () => {
      const redisKey = this.#options.prefix + key;
      const token = randomUUID();
      await this.#acquire(redisKey, token);

      const renewal = setInterval(
        () => {
          this.#redis
            .eval(renewScript, 1, redisKey, token, String(this.#options.leaseMs))
            .catch(() => undefined);
        },
        Math.max(10, Math.floor(this.#options.leaseMs / 3)),
      );
      try {
        return await work();
      } finally {
        clearInterval(renewal);
        await this.#redis.eval(releaseScript, 1, redisKey, token).catch(() => undefined);
      }
    });
  }

  async #acquire(redisKey: string, token: string): Promise<void> {
    const deadline = Date.now() + this.#options.waitMs;
    let pause = 10;
    for (;;) {
      const taken = await this.#redis.set(redisKey, token, 'PX', this.#options.leaseMs, 'NX');
      if (taken === 'OK') return;
      if (Date.now() >= deadline) {
        throw new AppError(
          'LOCK_TIMEOUT',
          503,
          `Another instance has held ${redisKey} for more than ${this.#options.waitMs} ms.`,
          { retryable: true },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
      pause = Math.min(pause * 2, 200);
    }
  }
}
