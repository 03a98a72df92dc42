import { describe, expect, it } from 'vitest';
import { backoffDelay, longestRetryWindowMs } from '../../src/jobs/backoff.ts';

describe('backoffDelay', () => {
  const options = { baseMs: 1_000, maxMs: 600_000 };

  it.each([
    [1, 500, 1_000],
    [2, 1_000, 2_000],
    [5, 8_000, 16_000],
    [10, 256_000, 512_000],
    [11, 300_000, 600_000],
    [40, 300_000, 600_000],
  ])('after %i failed attempts waits between %i and %i ms', (attempts, low, high) => {
    expect(backoffDelay(attempts, { ...options, random: () => 0 })).toBe(low);
    expect(backoffDelay(attempts, { ...options, random: () => 0.999999 })).toBeLessThanOrEqual(
      high,
    );
    expect(backoffDelay(attempts, { ...options, random: () => 0.999999 })).toBeGreaterThan(
      high * 0.99,
    );
  });

  it('spreads jobs that failed together over the upper half of the pause', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(3, options));

    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4_000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });

  it('keeps the default 50 attempts trying for hours, never pausing more than the cap', () => {
    const hours = longestRetryWindowMs(50, options) / 3_600_000;

    expect(hours).toBeGreaterThan(6);
    expect(hours).toBeLessThan(8);
  });
});
