import type { Redis } from 'ioredis';

// Appends the job unless it is in the list already (a job added again keeps its first place).
const appendScript = `
if not redis.call('lpos', KEYS[1], ARGV[1]) then redis.call('rpush', KEYS[1], ARGV[1]) end
redis.call('pexpire', KEYS[1], ARGV[2])
return 1`;

/**
 * The order in which writes to one SAP object were accepted (a Redis list of job ids per object,
 * such as `order:4000061`), so that a worker runs them in that order: a job runs only when it
 * is the first of its object's list, and leaves the list when it has ended for good.
 */
export class ObjectSequence {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlMs: number;

  constructor(redis: Redis, options: { prefix: string; ttlMs: number }) {
    this.#redis = redis;
    this.#prefix = options.prefix;
    this.#ttlMs = options.ttlMs;
  }

  /** Puts a job at the end of its object's list (before the job itself is queued). */
  async append(objectKey: string, jobId: string): Promise<void> {
    await this.#redis.eval(appendScript, 1, this.#prefix + objectKey, jobId, String(this.#ttlMs));
  }

  /** The job that runs next for the object, or null when none waits. */
  head(objectKey: string): Promise<string | null> {
    return this.#redis.lindex(this.#prefix + objectKey, 0);
  }

  /** Takes a job off its object's list: it has ended, or it no longer exists. */
  async remove(objectKey: string, jobId: string): Promise<void> {
    await this.#redis.lrem(this.#prefix + objectKey, 0, jobId);
  }
}
