import { fileURLToPath } from 'node:url';
import { alphaNumber, billingNumberRanges } from './billing/billing-customizing.ts';
import { openItemsOfBillingDocument } from './billing/customer-item-clearing.ts';
import { postPayment } from './billing/incoming-payment.ts';
import { CallLog } from './call-log.ts';
import { DatabaseView } from './database/database-view.ts';
import { loadSeed } from './database/seed-loader.ts';
import { ChangeSet, TableStore } from './database/table-store.ts';
import { fitsField } from './ddic/field-type.ts';
import { tableDefinitions } from './ddic/tables.ts';
import { functionRegistry } from './functions/registry.ts';
import { bapiret2 } from './messages/bapi-return.ts';
import { decodeInput, encodeResult } from './rfc/parameter-codec.ts';
import { AbapError, NodeRfcError, RfcLibError, functionNotFoundError } from './rfc/rfc-errors.ts';
import { EnqueueServer } from './session/enqueue-server.ts';
import { drawNumber } from './session/number-range.ts';
import { ServerSession } from './session/server-session.ts';
import { systemDate } from './notification/notification-header.ts';
import type { CallRecord } from './call-log.ts';
import type { SeedData } from './database/seed-loader.ts';
import type { Row } from './ddic/structure.ts';
import type { FunctionCall, FunctionResult, SystemServices } from './functions/function-module.ts';
import { MockSapUsageError } from './mock-sap-error.ts';
import { communicationFailure } from './faults/connection-errors.ts';
import { MockFaults } from './faults/mock-faults.ts';
import { runFailedUpdate } from './faults/update-failure.ts';

/** Options of a mock SAP system. */
export interface MockSapOptions {
  /** Directory of the seed files; defaults to <repo>/mocks/seed/default. */
  seedDir?: string;
  /** The system clock (UTC is the system time zone); defaults to real time. */
  clock?: () => Date;
  /** System ID (SID); defaults to 'MCK'. */
  systemId?: string;
  /** Client (MANDT); defaults to '100'. */
  client?: string;
}

/** Options the RFC layer passes with a call. */
export interface InvokeOptions {
  notRequested?: readonly string[];
  filter?: number;
}

const callLogLimit = 10_000;

const defaultSeedDir = fileURLToPath(new URL('../../mocks/seed/default', import.meta.url));

/** An in-memory SAP system: tables, sessions with their LUWs, locks and function modules. */
export class MockSap {
  readonly systemId: string;
  readonly client: string;
  readonly #seed: SeedData;
  readonly #clock: () => Date;
  readonly #store = new TableStore();
  readonly #sessions = new Map<number, ServerSession>();
  readonly #enqueue = new EnqueueServer();
  readonly #calls = new CallLog(callLogLimit);
  readonly #callCounts = new Map<string, number>();
  #callTotal = 0;
  readonly #services: SystemServices;
  #nextHandle = 1;
  #down = false;
  readonly #droppedCalls = new Map<string, number>();
  /** The fault plan: outages, latency, failing calls and commits, locks of other users. */
  readonly faults = new MockFaults({
    setSystemDown: (down) => {
      this.setSystemDown(down);
    },
    lock: (argument, owner) => this.#enqueue.lock(argument, owner),
    lockHolder: (argument) => this.#enqueue.holder(argument),
    releaseLocks: (handle) => {
      this.#enqueue.releaseAll(handle);
    },
  });

  private constructor(seed: SeedData, options: MockSapOptions) {
    this.#seed = seed;
    this.#clock = options.clock ?? (() => new Date());
    this.systemId = options.systemId ?? 'MCK';
    this.client = options.client ?? '100';
    this.#services = this.#createServices();
    this.reset();
  }

  /** Loads and validates the seed and starts a system on it; throws SeedError for a bad seed. */
  static create(options: MockSapOptions = {}): MockSap {
    return new MockSap(loadSeed(options.seedDir ?? defaultSeedDir), options);
  }

  /** Back to the seed: drops every session's buffers and locks, the call log and the faults. */
  reset(): void {
    this.faults.clear();
    this.#store.clear();
    for (const [table, rows] of this.#seed) {
      for (const row of rows) this.#store.put(table, row);
    }
    for (const session of this.#sessions.values()) session.discardWork();
    this.#enqueue.clear();
    this.#droppedCalls.clear();
    this.#calls.clear();
    this.#callCounts.clear();
    this.#callTotal = 0;
  }

  /** The latest function module calls that reached the system (at most 10 000), oldest first. */
  get calls(): ReadonlyArray<CallRecord> {
    return this.#calls.entries();
  }

  /** How many calls of a function module (or of all) reached the system. */
  callCount(functionModule?: string): number {
    if (functionModule === undefined) return this.#callTotal;
    return this.#callCounts.get(functionModule) ?? 0;
  }

  /** Copies of the committed rows of a table, in primary-key order. */
  select(table: string, where?: (row: Record<string, string>) => boolean): Row[] {
    if (!tableDefinitions.has(table)) throw new MockSapUsageError(`Table ${table} is not defined`);
    return new DatabaseView(this.#store).select(table, where);
  }

  /** Changes a row directly, committed at once (like SE16N or another transaction would). */
  upsert(table: string, row: Record<string, string>): void {
    const definition = tableDefinitions.get(table);
    if (definition === undefined) throw new MockSapUsageError(`Table ${table} is not defined`);
    for (const [field, value] of Object.entries(row)) {
      const type = definition.fields.get(field);
      if (type === undefined) throw new MockSapUsageError(`${table} has no field ${field}`);
      if (!fitsField(type, value))
        throw new MockSapUsageError(`Value '${value}' does not fit ${table}-${field}`);
    }
    const missingKey = definition.keyFields.find((field) => row[field] === undefined);
    if (missingKey !== undefined)
      throw new MockSapUsageError(`Key field ${table}-${missingKey} is missing`);

    const existing = new DatabaseView(this.#store).get(table, row);
    this.#store.put(table, { ...existing, ...row });
  }

  /**
   * Posts an incoming payment for a billing document (number with or without leading zeros),
   * committed at once: a payment document (BLART DZ, NRIV RF_BELEG 14) clears the document's
   * open customer items. Answers the payment document number; throws when nothing is open.
   */
  postIncomingPayment(billingDocument: string, options: { on?: string } = {}): string {
    const number = alphaNumber(billingDocument, 10);
    const database = new DatabaseView(this.#store);
    const openItems = openItemsOfBillingDocument(database, number);
    if (openItems.length === 0)
      throw new MockSapUsageError(`Billing document ${billingDocument} has no open item`);
    const date = paymentDate(options.on, this.#clock());

    const range = billingNumberRanges.payment;
    const drawn = drawNumber(this.#store, range.object, range.rangeNumber);
    if (drawn === undefined)
      throw new MockSapUsageError(`No number left in ${range.object} ${range.rangeNumber}`);
    const paymentDocument = drawn.padStart(10, '0');

    const changes = new ChangeSet();
    postPayment(
      changes,
      database,
      { billingDocument: number, openItems, date },
      { accountingDocument: paymentDocument, user: 'MOCK_BANK', now: this.#clock() },
    );
    this.#store.apply(changes);
    return paymentDocument;
  }

  /**
   * Takes the system down (an outage, a maintenance window) or brings it back: while down, every
   * logon and every call fails as a broken connection would, and open LUWs are lost.
   */
  setSystemDown(down: boolean): void {
    this.#down = down;
    if (!down) return;
    for (const handle of this.#sessions.keys()) this.resetSession(handle);
  }

  /**
   * Drops the connection in the next `count` calls of a function module, before it runs: the
   * caller sees a communication failure and the session's LUW and locks are lost.
   */
  dropConnectionOnCall(functionModule: string, count = 1): void {
    this.#droppedCalls.set(functionModule, (this.#droppedCalls.get(functionModule) ?? 0) + count);
  }

  /** Whether the system answers. */
  get isAvailable(): boolean {
    return !this.#down;
  }

  /** Opens a server session for a logon (used by MockRfcClient); answers its handle. */
  openSession(user: string, language: string): number {
    if (this.#down) throw communicationFailure(this.systemId);
    const handle = this.#nextHandle;
    this.#nextHandle += 1;
    this.#sessions.set(handle, new ServerSession(handle, user, language));
    return handle;
  }

  /** Ends a session: its LUW is discarded and its locks released. */
  closeSession(handle: number): void {
    this.resetSession(handle);
    this.#sessions.delete(handle);
  }

  /** Resets a session's context (RfcResetServerContext): its LUW and locks are gone. */
  resetSession(handle: number): void {
    this.#sessions.get(handle)?.discardWork();
    this.#enqueue.releaseAll(handle);
  }

  /** Runs a function module in a session (used by MockRfcClient); throws node-rfc's errors. */
  invoke(
    handle: number,
    functionModule: string,
    parameters: Readonly<Record<string, unknown>>,
    options: InvokeOptions = {},
  ): Record<string, unknown> {
    const session = this.#sessions.get(handle);
    if (session === undefined) throw new NodeRfcError('The RFC connection is closed');
    if (this.#down) throw communicationFailure(this.systemId);
    // A long-running mock SAP keeps counting every call but remembers only the latest ones.
    this.#calls.record({ functionModule, user: session.user, handle, at: this.#clock() });
    this.#callCounts.set(functionModule, (this.#callCounts.get(functionModule) ?? 0) + 1);
    this.#callTotal += 1;
    const drops = this.#droppedCalls.get(functionModule) ?? 0;
    if (drops > 0) {
      this.#droppedCalls.set(functionModule, drops - 1);
      this.resetSession(handle);
      throw communicationFailure(this.systemId);
    }
    const fault = this.faults.drawCallFault(functionModule, session.luw.entries().length > 0);
    if (fault === 'connection-lost') {
      this.resetSession(handle);
      throw communicationFailure(this.systemId);
    }

    const definition = functionRegistry.get(functionModule);
    if (definition === undefined) throw functionNotFoundError(functionModule);
    const input = decodeInput(definition, parameters);

    const call: FunctionCall = {
      functionModule,
      input,
      session,
      database: new DatabaseView(this.#store, () => session.layers()),
      committed: new DatabaseView(this.#store),
      system: this.#services,
      message: (type, key, variables, target = {}) =>
        bapiret2(type, key, variables, { ...target, system: this.#services.logicalSystem }),
    };
    const run = fault === 'update-failed' ? runFailedUpdate : definition.run.bind(definition);
    const result = encodeResult(definition, input, this.#run(run, call), options);
    // The LUW is committed, but the connection breaks before the answer reaches the caller.
    if (fault === 'answer-lost') {
      this.resetSession(handle);
      throw communicationFailure(this.systemId);
    }
    return result;
  }

  #run(run: (call: FunctionCall) => FunctionResult, call: FunctionCall): FunctionResult {
    try {
      return run(call);
    } catch (error) {
      if (error instanceof AbapError || error instanceof RfcLibError) throw error;
      if (error instanceof NodeRfcError) throw error;
      // An unexpected failure is a short dump: the session's LUW and locks are gone.
      this.resetSession(call.session.handle);
      throw new AbapError({
        group: 2,
        code: 3,
        codeString: 'RFC_ABAP_RUNTIME_FAILURE',
        key: 'UNCAUGHT_EXCEPTION',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  #createServices(): SystemServices {
    return {
      systemId: this.systemId,
      client: this.client,
      logicalSystem: `${this.systemId}CLNT${this.client}`,
      now: () => this.#clock(),
      commitWork: (session) => {
        this.#store.apply(session.luw);
        session.discardWork();
        this.#enqueue.releaseAll(session.handle);
      },
      rollbackWork: (session) => {
        session.discardWork();
        this.#enqueue.releaseAll(session.handle);
      },
      drawNumber: (object, rangeNumber) => drawNumber(this.#store, object, rangeNumber),
      lock: (session, argument) =>
        this.faults.observeLock(
          this.#enqueue.lock(argument, { handle: session.handle, user: session.user }),
        ),
      lockHolder: (argument) => this.faults.observeLock(this.#enqueue.holder(argument)),
    };
  }
}

// The payment date in internal format: YYYY-MM-DD given, or today.
function paymentDate(on: string | undefined, now: Date): string {
  if (on === undefined) return systemDate(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on))
    throw new MockSapUsageError(`Payment date '${on}' is not YYYY-MM-DD`);
  return on.replaceAll('-', '');
}
