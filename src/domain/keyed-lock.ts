/** Runs work one at a time per key; where "one at a time" holds depends on the implementation. */
export interface KeyedRunner {
  /** Runs `work` once no other work for the same key is running. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/**
 * Runs work one at a time per key within this process: a second caller for the same key waits
 * until the first has finished, callers for other keys do not wait.
 */
export class KeyedLock implements KeyedRunner {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier work for the same key has settled. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** How many keys have work running or waiting. */
  get size(): number {
    return this.#tails.size;
  }
}
