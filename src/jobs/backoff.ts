/** The pauses between attempts of a job. */
export interface BackoffOptions {
  /** The pause after the first failed attempt. */
  baseMs: number;
  /** No pause is longer than this. */
  maxMs: number;
  /** A number in [0, 1); defaults to Math.random. */
  random?: () => number;
}

/**
 * The pause before the next attempt after `attemptsMade` failed ones: it doubles from the base
 * up to the cap, and is drawn at random from the upper half of that, so that jobs that failed
 * together (SAP went down) do not all come back in the same millisecond.
 */
export function backoffDelay(attemptsMade: number, options: BackoffOptions): number {
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(attemptsMade - 1, 0), 40);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The longest time a job can keep trying: the sum of the largest pauses between its attempts. */
export function longestRetryWindowMs(attempts: number, options: BackoffOptions): number {
  let total = 0;
  for (let made = 1; made < attempts; made += 1) {
    total += Math.min(options.maxMs, options.baseMs * 2 ** Math.min(made - 1, 40));
  }
  return total;
}
