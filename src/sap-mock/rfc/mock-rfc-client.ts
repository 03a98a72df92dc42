import { cancelledError } from '../faults/connection-errors.ts';
import { NodeRfcError } from './rfc-errors.ts';
import type { MockSap } from '../mock-sap.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** Client options as node-rfc takes them (only `stateless`, `filter` and `timeout` matter here). */
export interface MockClientOptions {
  stateless?: boolean;
  timeout?: number;
  filter?: number;
  [option: string]: unknown;
}

/** Options of one call, as node-rfc takes them. */
export interface MockCallOptions {
  notRequested?: string[];
  timeout?: number;
}

interface ConnectionControl {
  open(): void;
  close(): void;
  release: (() => Promise<void>) | undefined;
}

const controls = new WeakMap<MockRfcClient, ConnectionControl>();
let lastClientId = 0;

const isoToSapLanguage: Record<string, string> = { EN: 'E', DE: 'D', FR: 'F', ES: 'S', IT: 'I' };

/** A stateful RFC connection to a MockSap with node-rfc's Client API. */
export class MockRfcClient {
  readonly id: number;
  readonly config: { connectionParameters: Record<string, string>; clientOptions: object };
  readonly #sap: MockSap;
  readonly #user: string;
  readonly #language: string;
  #handle = 0;
  #cancellations = 0;

  constructor(
    sap: MockSap,
    connectionParameters: Record<string, string> = {},
    clientOptions: MockClientOptions = {},
  ) {
    lastClientId += 1;
    this.id = lastClientId;
    this.#sap = sap;
    this.config = { connectionParameters: { ...connectionParameters }, clientOptions };
    this.#user = (parameter(connectionParameters, 'user') ?? 'CS_BRIDGE').toUpperCase();
    const language = (parameter(connectionParameters, 'lang') ?? 'EN').toUpperCase();
    this.#language = language.length === 1 ? language : (isoToSapLanguage[language] ?? 'E');

    controls.set(this, {
      open: () => {
        if (this.#handle === 0) this.#handle = this.#sap.openSession(this.#user, this.#language);
      },
      close: () => {
        if (this.#handle !== 0) this.#sap.closeSession(this.#handle);
        this.#handle = 0;
      },
      release: undefined,
    });
  }

  /** Whether the connection is open. */
  get alive(): boolean {
    return this.#handle !== 0;
  }

  /** The handle of the open connection; 0 when closed. */
  get connectionHandle(): number {
    return this.#handle;
  }

  /** Non-zero for a client managed by a pool. */
  get pool_id(): number {
    return controls.get(this)?.release === undefined ? 0 : 1;
  }

  /** Attributes of the connection, like node-rfc's connectionInfo. */
  get connectionInfo(): Record<string, string> {
    if (!this.alive) return {};
    return {
      dest: parameter(this.config.connectionParameters, 'dest') ?? '',
      host: 'mock-sap',
      partnerHost: 'mock-sap',
      sysNumber: parameter(this.config.connectionParameters, 'sysnr') ?? '00',
      sysId: this.#sap.systemId,
      client: this.#sap.client,
      user: this.#user,
      language: this.#language,
      isoLanguage: languageToIso(this.#language),
      codepage: '4103',
      partnerCodepage: '4103',
      rfcRole: 'C',
      type: 'E',
      partnerType: '3',
      rel: '753',
      partnerRel: '757',
      kernelRel: '753',
      cpicConvId: String(this.#handle).padStart(8, '0'),
      progName: 'SAPLSYST',
    };
  }

  /** Opens the connection (logon); refused for clients managed by a pool. */
  async open(): Promise<MockRfcClient> {
    await nextTurn();
    this.#refuseWhenManaged('open');
    controls.get(this)?.open();
    return this;
  }

  /** Alias of open(), as in node-rfc. */
  async connect(): Promise<MockRfcClient> {
    return this.open();
  }

  /** Closes the connection: the server session's LUW and locks are gone. */
  async close(): Promise<void> {
    await nextTurn();
    this.#refuseWhenManaged('close');
    controls.get(this)?.close();
  }

  /** Calls a function module; answers export and table parameters by name. */
  async call(
    functionModule: string,
    parameters: Record<string, unknown>,
    options: MockCallOptions = {},
  ): Promise<Record<string, unknown>> {
    const cancellations = this.#cancellations;
    await nextTurn();
    await this.#sap.faults.delayFor(functionModule);
    if (this.#cancellations !== cancellations) throw cancelledError();
    if (!this.alive) throw new NodeRfcError(`RFM client closed, can not call ${functionModule}`);
    if (typeof functionModule !== 'string' || functionModule === '') {
      throw new NodeRfcError('First argument (remote function module name) must be a string');
    }

    const clientOptions = this.config.clientOptions as MockClientOptions;
    const result = this.#sap.invoke(this.#handle, functionModule, parameters, {
      ...(options.notRequested === undefined ? {} : { notRequested: options.notRequested }),
      ...(typeof clientOptions.filter === 'number' ? { filter: clientOptions.filter } : {}),
    });
    // A stateless client resets the server context after every call (node-rfc `stateless`).
    if (clientOptions.stateless === true) this.#sap.resetSession(this.#handle);
    return result;
  }

  /** Checks the connection: true when it is open. */
  async ping(): Promise<boolean> {
    await nextTurn();
    return this.alive && this.#sap.isAvailable;
  }

  /** Resets the server context: the session's uncommitted LUW and its locks are gone. */
  async resetServerContext(): Promise<void> {
    await nextTurn();
    if (!this.alive) throw new NodeRfcError('RFM client closed, can not reset the server context');
    this.#sap.resetSession(this.#handle);
  }

  /** Cancels a call in flight: it fails with RFC_CANCELED and the connection is closed. */
  async cancel(): Promise<void> {
    this.#cancellations += 1;
    controls.get(this)?.close();
    await nextTurn();
  }

  /** Gives a managed client back to its pool (node-rfc's client.release()). */
  async release(): Promise<void> {
    const release = controls.get(this)?.release;
    if (release === undefined) throw new NodeRfcError('Client is not managed by a pool');
    await release();
  }

  #refuseWhenManaged(method: string): void {
    if (controls.get(this)?.release === undefined) return;
    throw new NodeRfcError(`Client ${this.id} is managed by a pool: ${method}() is not allowed`);
  }
}

/** Makes a client pool-managed and opens its connection (used by MockRfcPool). */
export function openManagedClient(client: MockRfcClient, release: () => Promise<void>): void {
  const control = controls.get(client);
  if (control === undefined) throw new MockSapUsageError('Unknown client');
  control.release = release;
  control.open();
}

/** Closes a managed client's connection (used by MockRfcPool). */
export function closeManagedClient(client: MockRfcClient): void {
  controls.get(client)?.close();
}

function parameter(parameters: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(parameters).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : parameters[key];
}

function languageToIso(language: string): string {
  const entry = Object.entries(isoToSapLanguage).find(([, sap]) => sap === language);
  return entry?.[0] ?? language;
}

// Calls are answered in a later turn of the event loop, never synchronously, like node-rfc.
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
