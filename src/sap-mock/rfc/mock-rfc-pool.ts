import { MockRfcClient, closeManagedClient, openManagedClient } from './mock-rfc-client.ts';
import type { MockClientOptions } from './mock-rfc-client.ts';
import { NodeRfcError } from './rfc-errors.ts';
import type { MockSap } from '../mock-sap.ts';

/** Options of a pool, as node-rfc's Pool takes them. */
export interface MockPoolOptions {
  connectionParameters?: Record<string, string>;
  clientOptions?: object;
  poolOptions?: { low?: number; high?: number };
}

/** A pool of managed, open RFC connections to a MockSap with node-rfc's Pool API. */
export class MockRfcPool {
  readonly #sap: MockSap;
  readonly #connectionParameters: Record<string, string>;
  readonly #clientOptions: MockClientOptions;
  readonly #low: number;
  readonly #high: number;
  readonly #ready: MockRfcClient[] = [];
  readonly #leased = new Set<MockRfcClient>();

  constructor(sap: MockSap, options: MockPoolOptions) {
    this.#sap = sap;
    this.#connectionParameters = { ...(options.connectionParameters ?? {}) };
    this.#clientOptions = (options.clientOptions ?? {}) as MockClientOptions;
    this.#low = options.poolOptions?.low ?? 2;
    this.#high = options.poolOptions?.high ?? 4;
  }

  /** How many open connections wait in the pool and how many are leased. */
  get status(): { ready: number; leased: number } {
    return { ready: this.#ready.length, leased: this.#leased.size };
  }

  /** Leases one open managed client, or n of them. */
  acquire(): Promise<MockRfcClient>;
  acquire(n: number): Promise<MockRfcClient[]>;
  async acquire(n?: number): Promise<MockRfcClient | MockRfcClient[]> {
    await nextTurn();
    const clients = Array.from({ length: n ?? 1 }, () => this.#ready.shift() ?? this.#openClient());
    for (const client of clients) this.#leased.add(client);
    this.#fillTo(this.#low);
    return n === undefined ? (clients[0] as MockRfcClient) : clients;
  }

  /** Takes clients back: their server context is reset (uncommitted LUW gone, locks released). */
  release(client: MockRfcClient): Promise<void>;
  // Two overloads, not one union: the single-client signature keeps the pool assignable to
  // interfaces that declare release(client) for one client, as the service's RfcPool does.
  // eslint-disable-next-line @typescript-eslint/unified-signatures
  release(clients: MockRfcClient[]): Promise<void>;
  async release(client: MockRfcClient | MockRfcClient[]): Promise<void> {
    await nextTurn();
    const clients = Array.isArray(client) ? client : [client];
    const foreign = clients.find((candidate) => !this.#leased.has(candidate));
    if (foreign !== undefined) {
      throw new NodeRfcError(`Client ${foreign.id} is not leased from this pool`);
    }

    for (const leased of clients) {
      this.#leased.delete(leased);
      if (!leased.alive) continue;
      this.#sap.resetSession(leased.connectionHandle);
      if (this.#ready.length < this.#high) this.#ready.push(leased);
      else closeManagedClient(leased);
    }
  }

  /** Opens connections until n (default: low) are ready. */
  async ready(n: number = this.#low): Promise<void> {
    await nextTurn();
    this.#fillTo(n);
  }

  /** Closes every connection of the pool, ready and leased. */
  async closeAll(): Promise<void> {
    await nextTurn();
    for (const client of [...this.#ready, ...this.#leased]) closeManagedClient(client);
    this.#ready.length = 0;
    this.#leased.clear();
  }

  #fillTo(n: number): void {
    while (this.#ready.length < n) this.#ready.push(this.#openClient());
  }

  #openClient(): MockRfcClient {
    const client = new MockRfcClient(this.#sap, this.#connectionParameters, this.#clientOptions);
    openManagedClient(client, () => this.release(client));
    return client;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
