import type { Logger } from 'pino';
import { AppError, SapUnavailableError } from '../../errors.ts';
import type { CircuitBreaker } from '../circuit-breaker.ts';
import { isRefusal, readReturn } from './bapi-return.ts';
import type { RfcClient, RfcParameters, RfcPool, RfcResult } from './rfc-client.ts';
import { translateRfcError } from './rfc-errors.ts';
import type { RfcCallEvent, RfcCallOutcome, RfcLuwEvent, RfcObserver } from './rfc-observer.ts';

/** Options of the gateway to one SAP system. */
export interface RfcGatewayOptions {
  /** Milliseconds after which a call counts as failed and its connection is dropped. */
  timeoutMs: number;
  logger: Logger;
  /** Told about every function module call and every LUW (for metrics). */
  observer?: RfcObserver | undefined;
  /** Refuses calls at once while SAP is down; every call goes out when absent. */
  breaker?: CircuitBreaker | undefined;
}

/** One leased RFC connection: an SAP user session in which a LUW runs. */
export class RfcConnection {
  readonly #client: RfcClient;
  readonly #options: RfcGatewayOptions;

  constructor(client: RfcClient, options: RfcGatewayOptions) {
    this.#client = client;
    this.#options = options;
  }

  /** Calls a function module with a timeout; technical failures become service errors. */
  async call(functionModule: string, parameters: RfcParameters = {}): Promise<RfcResult> {
    const started = performance.now();
    const timeoutSeconds = Math.max(1, Math.ceil(this.#options.timeoutMs / 1000));
    let outcome: RfcCallOutcome = 'error';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        outcome = 'timeout';
        reject(
          new SapUnavailableError(
            `${functionModule} did not answer in ${this.#options.timeoutMs} ms`,
          ),
        );
        // The SAP session may still be working: cancel it, so the connection is not reused.
        this.#client.cancel?.().catch((error: unknown) => {
          this.#options.logger.warn({ err: error, functionModule }, 'rfc cancel failed');
        });
      }, this.#options.timeoutMs);
    });

    try {
      const call = this.#client.call(functionModule, parameters, { timeout: timeoutSeconds });
      const result = await Promise.race([call, timeout]);
      outcome = 'ok';
      return result;
    } catch (error) {
      throw translateRfcError(error, functionModule);
    } finally {
      clearTimeout(timer);
      const elapsedMs = performance.now() - started;
      this.#options.logger.debug({ functionModule, ms: Math.round(elapsedMs) }, 'rfc call');
      reportCall(this.#options, { functionModule, outcome, durationSeconds: elapsedMs / 1000 });
    }
  }

  /** Commits the session's LUW and waits for the update task (`BAPI_TRANSACTION_COMMIT`). */
  async commit(): Promise<void> {
    const result = await this.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const messages = readReturn(result.RETURN);
    if (isRefusal(messages)) {
      throw new AppError('SAP_COMMIT_FAILED', 502, messages[0]?.message ?? 'Commit failed', {
        retryable: true,
      });
    }
  }

  /** Asks SAP whether the connection answers (RFC ping). */
  async ping(): Promise<boolean> {
    try {
      return await this.#client.ping();
    } catch (error) {
      throw translateRfcError(error, 'RFC_PING');
    }
  }

  /** Discards the session's LUW (`BAPI_TRANSACTION_ROLLBACK`). */
  async rollback(): Promise<void> {
    await this.call('BAPI_TRANSACTION_ROLLBACK');
  }
}

/** Leases RFC connections from a pool and runs reads and LUWs on them. */
export class RfcGateway {
  readonly #pool: RfcPool;
  readonly #options: RfcGatewayOptions;

  constructor(pool: RfcPool, options: RfcGatewayOptions) {
    this.#pool = pool;
    this.#options = options;
  }

  /**
   * Runs `work` on one leased connection and gives the connection back; while the circuit
   * breaker is open it fails at once with SapUnavailableError instead.
   */
  withConnection<T>(work: (connection: RfcConnection) => Promise<T>): Promise<T> {
    const breaker = this.#options.breaker;
    if (breaker === undefined) return this.#lease(work);
    return breaker.run(
      () => this.#lease(work),
      (error) => error instanceof SapUnavailableError,
    );
  }

  async #lease<T>(work: (connection: RfcConnection) => Promise<T>): Promise<T> {
    let client: RfcClient;
    try {
      client = await this.#pool.acquire();
    } catch (error) {
      throw translateRfcError(error, 'connection');
    }

    try {
      return await work(new RfcConnection(client, this.#options));
    } finally {
      await this.#pool.release(client).catch((error: unknown) => {
        this.#options.logger.warn({ err: error }, 'rfc connection release failed');
      });
    }
  }

  /**
   * Runs `work` as one LUW on one connection: committed with `BAPI_TRANSACTION_COMMIT` when it
   * succeeds, rolled back when anything in it fails, so SAP never keeps half of a change.
   */
  inLuw<T>(work: (connection: RfcConnection) => Promise<T>): Promise<T> {
    return this.withConnection(async (connection) => {
      let result: T;
      try {
        result = await work(connection);
      } catch (error) {
        await connection.rollback().catch((rollbackError: unknown) => {
          this.#options.logger.warn({ err: rollbackError }, 'rfc rollback failed');
        });
        reportLuw(this.#options, { outcome: 'rolled_back' });
        throw error;
      }

      try {
        await connection.commit();
      } catch (error) {
        reportLuw(this.#options, { outcome: 'rolled_back' });
        throw error;
      }
      reportLuw(this.#options, { outcome: 'committed' });
      return result;
    });
  }

  /** Checks that SAP answers on a fresh lease, also while the circuit is open. */
  async ping(): Promise<boolean> {
    return this.#lease(async (connection) => {
      return connection.ping();
    });
  }

  /** Closes every connection of the pool. */
  close(): Promise<void> {
    return this.#pool.closeAll();
  }
}

// A failing observer costs a log line, never the SAP call it observes.
function reportCall(options: RfcGatewayOptions, event: RfcCallEvent): void {
  try {
    options.observer?.onCall(event);
  } catch (error) {
    options.logger.warn({ err: error }, 'rfc observer failed');
  }
}

function reportLuw(options: RfcGatewayOptions, event: RfcLuwEvent): void {
  try {
    options.observer?.onLuw(event);
  } catch (error) {
    options.logger.warn({ err: error }, 'rfc observer failed');
  }
}
