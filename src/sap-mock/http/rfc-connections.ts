import { randomUUID } from 'node:crypto';
import type { MockSap } from '../mock-sap.ts';
import { MockRfcClient } from '../rfc/mock-rfc-client.ts';

/** How long a served RFC connection may stay unused before the server ends it, by default. */
export const defaultIdleTimeoutMs = 30_000;

/** One served RFC connection: the session behind it and the calls running on it. */
interface ServedConnection {
  readonly client: MockRfcClient;
  readonly timer: NodeJS.Timeout;
  busy: number;
}

/**
 * The RFC connections the mock serves over HTTP, by id. A connection nobody uses for the idle
 * timeout is closed, as SAP ends the session of a client that vanished without logging off
 * (a killed process never closes its connections).
 */
export class RfcConnectionRegistry {
  readonly sap: MockSap;
  readonly idleTimeoutMs: number;
  readonly #connections = new Map<string, ServedConnection>();

  constructor(sap: MockSap, options: { idleTimeoutMs?: number | undefined } = {}) {
    this.sap = sap;
    this.idleTimeoutMs = options.idleTimeoutMs ?? defaultIdleTimeoutMs;
  }

  /** How many connections are open. */
  get size(): number {
    return this.#connections.size;
  }

  /** Logs on (opens a session); throws RFC_COMMUNICATION_FAILURE while the system is down. */
  async open(connectionParameters: Record<string, string>): Promise<string> {
    const client = await new MockRfcClient(this.sap, connectionParameters).open();
    const id = randomUUID();
    const timer = setTimeout(() => {
      this.#expire(id);
    }, this.idleTimeoutMs);
    timer.unref();
    this.#connections.set(id, { client, timer, busy: 0 });
    return id;
  }

  /** Runs work on a connection, keeping it from idling out meanwhile; undefined when unknown. */
  async use<T>(id: string, work: (client: MockRfcClient) => Promise<T>): Promise<T | undefined> {
    const connection = this.#connections.get(id);
    if (connection === undefined) return undefined;

    connection.busy += 1;
    connection.timer.refresh();
    try {
      return await work(connection.client);
    } finally {
      connection.busy -= 1;
      connection.timer.refresh();
    }
  }

  /** Closes a connection: a running call is cancelled, the LUW discarded, locks released. */
  async close(id: string): Promise<void> {
    const connection = this.#connections.get(id);
    if (connection === undefined) return;

    this.#connections.delete(id);
    clearTimeout(connection.timer);
    await connection.client.cancel();
  }

  /** Closes every connection (the server stops). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.#connections.keys()].map((id) => this.close(id)));
  }

  #expire(id: string): void {
    const connection = this.#connections.get(id);
    if (connection === undefined) return;
    // A call that runs longer than the idle timeout (planned latency) is not idle.
    if (connection.busy > 0) {
      connection.timer.refresh();
      return;
    }
    void this.close(id);
  }
}
