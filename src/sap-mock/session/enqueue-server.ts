/** The owner of a lock entry: the session (connection handle) and its user. */
export interface LockOwner {
  handle: number;
  user: string;
}

/** SAP's enqueue server in small: exclusive locks on lock arguments, owned by sessions. */
export class EnqueueServer {
  readonly #locks = new Map<string, LockOwner>();

  /** Takes the lock for a session; answers the other owner when someone else holds it. */
  lock(argument: string, owner: LockOwner): LockOwner | undefined {
    const holder = this.#locks.get(argument);
    if (holder !== undefined && holder.handle !== owner.handle) return holder;

    this.#locks.set(argument, owner);
    return undefined;
  }

  /** The owner of a lock argument, if it is locked. */
  holder(argument: string): LockOwner | undefined {
    return this.#locks.get(argument);
  }

  /** Releases every lock of a session (end of its LUW or of the connection). */
  releaseAll(handle: number): void {
    for (const [argument, owner] of this.#locks) {
      if (owner.handle === handle) this.#locks.delete(argument);
    }
  }

  /** Releases every lock (system reset). */
  clear(): void {
    this.#locks.clear();
  }

  /** The lock entries, as transaction SM12 would list them. */
  entries(): { argument: string; owner: LockOwner }[] {
    return [...this.#locks].map(([argument, owner]) => ({ argument, owner: { ...owner } }));
  }
}

/** The lock argument of a notification (lock object EIQMEL: client-independent here). */
export function notificationLockArgument(notificationNumber: string): string {
  return `QMEL ${notificationNumber}`;
}
