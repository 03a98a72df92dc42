import { cancelledError, communicationFailure } from '../faults/connection-errors.ts';
import { fromWireError } from '../http/rfc-wire.ts';
import { NodeRfcError } from './rfc-errors.ts';

/** Options of a pool of RFC connections to a mock SAP served by startMockSapServer. */
export interface RemoteMockRfcPoolOptions {
  /** Base URL of the mock SAP server, e.g. http://127.0.0.1:40123. */
  url: string;
  /** Logon parameters as node-rfc takes them; only `user` and `lang` matter here. */
  connectionParameters?: Record<string, string>;
  /** `high`: open connections kept for reuse (default 4); `low`: opened by ready() (2). */
  poolOptions?: { low?: number; high?: number };
  /** Milliseconds after which a request counts as lost (default 60 000). */
  requestTimeoutMs?: number;
}

/** Options of one call, as node-rfc takes them. */
export interface RemoteCallOptions {
  notRequested?: string[];
  /** Seconds after which the call is cancelled (RFC_CANCELED). */
  timeout?: number;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

// Errors after which the connection is gone, as node-rfc closes a connection after them.
const brokenCodes = new Set(['RFC_COMMUNICATION_FAILURE', 'RFC_INVALID_HANDLE', 'RFC_CANCELED']);

/** The HTTP side of the served RFC protocol: requests, timeouts and network failures. */
class RemoteTransport {
  readonly url: string;
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    this.url = url.replace(/\/+$/, '');
    this.timeoutMs = timeoutMs;
  }

  /** Sends a request; a refused, unreachable or timed-out server is RFC_COMMUNICATION_FAILURE. */
  async request(
    method: string,
    path: string,
    body?: object,
    signal?: AbortSignal,
  ): Promise<Answer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const init: RequestInit = {
      method,
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    };
    if (body !== undefined) {
      init.headers = { 'content-type': 'application/json' };
      init.body = JSON.stringify(body);
    }

    // An answer cut off while its body arrives is as lost as one that never came.
    try {
      const response = await fetch(`${this.url}${path}`, init);
      const text = await response.text();
      return { status: response.status, body: parseBody(text) };
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      throw communicationFailure(this.url, describe(error));
    }
  }

  /** Opens a server session; answers its id and the server's idle timeout. */
  async open(parameters: Record<string, string>): Promise<{ id: string; idleTimeoutMs: number }> {
    const { status, body } = await this.request('POST', '/_mock/rfc/connections', parameters);
    if (status !== 201 || typeof body['id'] !== 'string') throw errorOf(this.url, status, body);
    const idle = body['idleTimeoutMs'];
    return { id: body['id'], idleTimeoutMs: typeof idle === 'number' ? idle : Infinity };
  }
}

/** One stateful RFC connection to a served mock SAP, with the parts of node-rfc's Client. */
export class RemoteMockRfcClient {
  readonly id: string;
  readonly #transport: RemoteTransport;
  readonly #idleTimeoutMs: number;
  readonly #inFlight = new Set<AbortController>();
  #alive = true;
  #lastUsed = Date.now();

  constructor(transport: RemoteTransport, id: string, idleTimeoutMs: number) {
    this.#transport = transport;
    this.id = id;
    this.#idleTimeoutMs = idleTimeoutMs;
  }

  /** Whether the connection is open (false after a communication failure or a cancel). */
  get alive(): boolean {
    return this.#alive;
  }

  /** Whether the server may have closed the connection for idleness by now. */
  get mayHaveIdledOut(): boolean {
    // Half the server's timeout leaves room for a slow request and clocks that drift.
    return Date.now() - this.#lastUsed > this.#idleTimeoutMs / 2;
  }

  /** Calls a function module; answers export, changing and table parameters by name. */
  async call(
    functionModule: string,
    parameters: Record<string, unknown>,
    options: RemoteCallOptions = {},
  ): Promise<Record<string, unknown>> {
    if (!this.#alive) throw new NodeRfcError(`RFM client closed, can not call ${functionModule}`);
    const body = {
      parameters,
      ...(options.notRequested === undefined ? {} : { notRequested: options.notRequested }),
    };
    const path = `/_mock/rfc/connections/${this.id}/calls/${encodeURIComponent(functionModule)}`;
    const answer = await this.#send('POST', path, body, options.timeout);
    if (answer.status !== 200)
      throw this.#fail(errorOf(this.#transport.url, answer.status, answer.body));
    return (answer.body['result'] ?? {}) as Record<string, unknown>;
  }

  /** Checks the connection: true when the server still has it and the system answers. */
  async ping(): Promise<boolean> {
    if (!this.#alive) return false;
    const answer = await this.#send('GET', `/_mock/rfc/connections/${this.id}/ping`);
    const alive = answer.status === 200 && answer.body['alive'] === true;
    if (!alive) this.#alive = false;
    return alive;
  }

  /** Resets the server context: the session's uncommitted LUW and its locks are gone. */
  async resetServerContext(): Promise<void> {
    if (!this.#alive) throw new NodeRfcError('RFM client closed, can not reset the server context');
    const answer = await this.#send('POST', `/_mock/rfc/connections/${this.id}/reset`, {});
    if (answer.status !== 200)
      throw this.#fail(errorOf(this.#transport.url, answer.status, answer.body));
  }

  /** Cancels running calls (they fail with RFC_CANCELED) and closes the connection. */
  async cancel(): Promise<void> {
    for (const controller of this.#inFlight) controller.abort(cancelledError());
    await this.close();
  }

  /** Closes the connection on the server (best effort: a vanished server closes it itself). */
  async close(): Promise<void> {
    if (!this.#alive) return;
    this.#alive = false;
    await this.#transport
      .request('DELETE', `/_mock/rfc/connections/${this.id}`)
      .catch(() => undefined);
  }

  async #send(
    method: string,
    path: string,
    body?: object,
    timeoutSeconds?: number,
  ): Promise<Answer> {
    const controller = new AbortController();
    this.#inFlight.add(controller);
    const timer =
      timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => {
            controller.abort(cancelledError());
          }, timeoutSeconds * 1000);
    try {
      return await this.#transport.request(method, path, body, controller.signal);
    } catch (error) {
      throw this.#fail(error);
    } finally {
      clearTimeout(timer);
      this.#inFlight.delete(controller);
      this.#lastUsed = Date.now();
    }
  }

  // Marks the connection broken after errors that end it, then answers the error to throw.
  #fail(error: unknown): unknown {
    const codeString = (error as { codeString?: unknown } | null)?.codeString;
    if (typeof codeString === 'string' && brokenCodes.has(codeString) && this.#alive) {
      void this.close();
    }
    return error;
  }
}

/** A pool of RFC connections to a mock SAP served over HTTP, with node-rfc's Pool API. */
export class RemoteMockRfcPool {
  readonly #transport: RemoteTransport;
  readonly #parameters: Record<string, string>;
  readonly #low: number;
  readonly #high: number;
  readonly #ready: RemoteMockRfcClient[] = [];
  readonly #leased = new Set<RemoteMockRfcClient>();

  constructor(options: RemoteMockRfcPoolOptions) {
    this.#transport = new RemoteTransport(options.url, options.requestTimeoutMs ?? 60_000);
    this.#parameters = logonParameters(options.connectionParameters ?? {});
    this.#low = options.poolOptions?.low ?? 2;
    this.#high = options.poolOptions?.high ?? 4;
  }

  /** How many open connections wait in the pool and how many are leased. */
  get status(): { ready: number; leased: number } {
    return { ready: this.#ready.length, leased: this.#leased.size };
  }

  /** Leases an open connection, opening one when none is ready. */
  async acquire(): Promise<RemoteMockRfcClient> {
    let client = this.#ready.shift();
    while (client !== undefined && (!client.alive || client.mayHaveIdledOut)) {
      void client.close();
      client = this.#ready.shift();
    }
    client ??= await this.#openClient();
    this.#leased.add(client);
    return client;
  }

  /** Takes a connection back: its server context is reset (LUW gone, locks released). */
  async release(client: RemoteMockRfcClient): Promise<void> {
    if (!this.#leased.delete(client)) {
      throw new NodeRfcError(`Client ${client.id} is not leased from this pool`);
    }
    if (!client.alive) return;

    try {
      await client.resetServerContext();
    } catch {
      await client.close();
      return;
    }
    if (this.#ready.length < this.#high) this.#ready.push(client);
    else await client.close();
  }

  /** Opens connections until n (default: low) are ready. */
  async ready(n: number = this.#low): Promise<void> {
    while (this.#ready.length < n) this.#ready.push(await this.#openClient());
  }

  /** Closes every connection of the pool, ready and leased. */
  async closeAll(): Promise<void> {
    const clients = [...this.#ready, ...this.#leased];
    this.#ready.length = 0;
    this.#leased.clear();
    await Promise.all(clients.map((client) => client.close()));
  }

  async #openClient(): Promise<RemoteMockRfcClient> {
    const { id, idleTimeoutMs } = await this.#transport.open(this.#parameters);
    return new RemoteMockRfcClient(this.#transport, id, idleTimeoutMs);
  }
}

function logonParameters(parameters: Record<string, string>): Record<string, string> {
  const logon: Record<string, string> = {};
  for (const [name, value] of Object.entries(parameters)) {
    const lower = name.toLowerCase();
    if (lower === 'user' || lower === 'lang') logon[lower] = value;
  }
  return logon;
}

function errorOf(url: string, status: number, body: Record<string, unknown>): Error {
  if (body['error'] !== undefined) return fromWireError(body['error']);
  // A refused request (a problem document) is the caller's mistake, not a broken connection.
  if (status === 400 && typeof body['detail'] === 'string') {
    return new NodeRfcError(`The mock SAP refused the request: ${body['detail']}`);
  }
  return communicationFailure(url, `unexpected HTTP status ${status}`);
}

function parseBody(text: string): Record<string, unknown> {
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
