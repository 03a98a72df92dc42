import { LRUCache } from 'lru-cache';
import type { WriteOutcome } from './write-job.ts';

/** An answer given once and replayed for the same Idempotency-Key. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The answer a write's outcome gives: its status, its `Location` and its body. */
export function answerOf(outcome: WriteOutcome): StoredAnswer {
  const headers: Record<string, string> = {};
  if (outcome.location !== undefined) headers.Location = outcome.location;
  return { status: outcome.status, headers, body: outcome.body };
}

/** What is remembered for one Idempotency-Key. */
export interface IdempotencyRecord {
  /** A hash of the method, path and body the key was first used with. */
  fingerprint: string;
  /** The job that runs the write, when writes are queued. */
  jobId: string | null;
  /** The final answer, once there is one. */
  answer: StoredAnswer | null;
}

/** The outcome of claiming a key: ours now, or someone's before us (with their record). */
export type IdempotencyClaim = { claimed: true } | { claimed: false; record: IdempotencyRecord };

/** Remembers Idempotency-Keys with the first request's fingerprint and, later, its answer. */
export interface IdempotencyStore {
  /** Claims the key for a request, atomically; answers the existing record if it is taken. */
  claim(key: string, fingerprint: string, jobId: string | null): Promise<IdempotencyClaim>;
  /** Records the final answer for a claimed key. */
  complete(key: string, answer: StoredAnswer): Promise<void>;
  /** Forgets the answer but keeps the claim (the job is run again). */
  reopen(key: string): Promise<void>;
  /** Forgets the key: the write never ran or may be tried again with the same key. */
  release(key: string): Promise<void>;
}

/** Remembers keys in this process's memory for a time, the oldest dropped beyond a bound. */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #records: LRUCache<string, IdempotencyRecord>;

  constructor(options: { ttlMs: number; maxKeys: number }) {
    this.#records = new LRUCache({ max: options.maxKeys, ttl: options.ttlMs });
  }

  claim(key: string, fingerprint: string, jobId: string | null): Promise<IdempotencyClaim> {
    const record = this.#records.get(key);
    if (record !== undefined) return Promise.resolve({ claimed: false, record: { ...record } });

    this.#records.set(key, { fingerprint, jobId, answer: null });
    return Promise.resolve({ claimed: true });
  }

  complete(key: string, answer: StoredAnswer): Promise<void> {
    this.#update(key, { answer });
    return Promise.resolve();
  }

  reopen(key: string): Promise<void> {
    this.#update(key, { answer: null });
    return Promise.resolve();
  }

  release(key: string): Promise<void> {
    this.#records.delete(key);
    return Promise.resolve();
  }

  #update(key: string, change: Partial<IdempotencyRecord>): void {
    const record = this.#records.get(key);
    if (record === undefined) return;
    this.#records.set(key, { ...record, ...change }, { noUpdateTTL: true });
  }
}
