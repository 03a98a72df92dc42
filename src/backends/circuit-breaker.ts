import { SapUnavailableError } from '../errors.ts';

/** The states of a circuit breaker: calls flow, calls are refused, or one probe is out. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** When a circuit breaker opens and how long it stays open. */
export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit; 0 keeps it closed for ever. */
  failureThreshold: number;
  /** How long the circuit stays open before one probe call is let through. */
  openMs: number;
  /** The clock, in milliseconds; defaults to Date.now. */
  now?: () => number;
  /** Told about every change of state. */
  onStateChange?: (state: CircuitState) => void;
}

/**
 * Stops calling a backend that is down: after `failureThreshold` unanswered calls in a row the
 * circuit opens and calls are refused at once with SapUnavailableError; after `openMs` one probe
 * call is let through, and its outcome closes the circuit or opens it again.
 */
export class CircuitBreaker {
  readonly #options: CircuitBreakerOptions;
  readonly #now: () => number;
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;

  constructor(options: CircuitBreakerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The state now; an open circuit whose time is up reports half-open. */
  get state(): CircuitState {
    if (this.#state === 'open' && this.retryInMs === 0) return 'half-open';
    return this.#state;
  }

  /** Milliseconds until the next probe may go out; 0 when calls may go now. */
  get retryInMs(): number {
    if (this.#state !== 'open') return 0;
    return Math.max(0, this.#openedAt + this.#options.openMs - this.#now());
  }

  /**
   * Runs `call` unless the circuit is open; `isFailure` says which errors count as the backend
   * being down (business refusals do not: the backend answered).
   */
  async run<T>(call: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    this.#admit();
    try {
      const result = await call();
      this.#recordSuccess();
      return result;
    } catch (error) {
      if (isFailure(error)) this.#recordFailure();
      else this.#recordSuccess();
      throw error;
    }
  }

  #admit(): void {
    if (this.#state === 'closed') return;
    if (this.#state === 'open' && this.retryInMs === 0) {
      this.#setState('half-open');
      return;
    }
    const seconds = Math.max(1, Math.ceil(this.retryInMs / 1000));
    throw new SapUnavailableError(
      `SAP did not answer the last ${this.#failures} calls; the next try is in about ` +
        `${seconds} s (circuit open).`,
      { retryAfterSeconds: seconds },
    );
  }

  #recordSuccess(): void {
    this.#failures = 0;
    if (this.#state !== 'closed') this.#setState('closed');
  }

  #recordFailure(): void {
    this.#failures += 1;
    const threshold = this.#options.failureThreshold;
    const tripped = this.#state === 'half-open' || (threshold > 0 && this.#failures >= threshold);
    if (!tripped) return;
    this.#openedAt = this.#now();
    this.#setState('open');
  }

  #setState(state: CircuitState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#options.onStateChange?.(state);
  }
}
