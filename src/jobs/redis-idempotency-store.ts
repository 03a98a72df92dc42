import type { Redis } from 'ioredis';
import type {
  IdempotencyClaim,
  IdempotencyRecord,
  IdempotencyStore,
  StoredAnswer,
} from './idempotency-store.ts';

// Takes the key if nobody has it: answers nil then, else the record's fields.
const claimScript = `
if redis.call('exists', KEYS[1]) == 1 then
  return redis.call('hmget', KEYS[1], 'fingerprint', 'jobId', 'answer')
end
redis.call('hset', KEYS[1], 'fingerprint', ARGV[1], 'jobId', ARGV[2])
redis.call('pexpire', KEYS[1], ARGV[3])
return nil`;

// Sets or clears the answer of a record that still exists; its time to live stays.
const setAnswerScript = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
if ARGV[1] == '' then redis.call('hdel', KEYS[1], 'answer')
else redis.call('hset', KEYS[1], 'answer', ARGV[1]) end
return 1`;

/**
 * Remembers Idempotency-Keys in Redis for a time, so every instance that shares the Redis
 * answers a repeated key the same way: a claim is one script, so two instances cannot both
 * take the same key.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlMs: number;

  constructor(redis: Redis, options: { prefix: string; ttlMs: number }) {
    this.#redis = redis;
    this.#prefix = options.prefix;
    this.#ttlMs = options.ttlMs;
  }

  async claim(key: string, fingerprint: string, jobId: string | null): Promise<IdempotencyClaim> {
    const fields = (await this.#redis.eval(
      claimScript,
      1,
      this.#prefix + key,
      fingerprint,
      jobId ?? '',
      String(this.#ttlMs),
    )) as (string | null)[] | null;
    if (fields === null) return { claimed: true };

    const [storedFingerprint, storedJobId, answer] = fields;
    const record: IdempotencyRecord = {
      fingerprint: storedFingerprint ?? '',
      jobId:
        storedJobId === null || storedJobId === undefined || storedJobId === ''
          ? null
          : storedJobId,
      answer: answer === null || answer === undefined ? null : (JSON.parse(answer) as StoredAnswer),
    };
    return { claimed: false, record };
  }

  async complete(key: string, answer: StoredAnswer): Promise<void> {
    await this.#redis.eval(setAnswerScript, 1, this.#prefix + key, JSON.stringify(answer));
  }

  async reopen(key: string): Promise<void> {
    await this.#redis.eval(setAnswerScript, 1, this.#prefix + key, '');
  }

  async release(key: string): Promise<void> {
    await this.#redis.del(this.#prefix + key);
  }
}
