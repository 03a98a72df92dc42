import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/backends/circuit-breaker.ts';
import type { CircuitState } from '../../src/backends/circuit-breaker.ts';
import { AppError, SapUnavailableError } from '../../src/errors.ts';

class Down extends Error {}

function setUp(failureThreshold = 3, openMs = 1_000) {
  let now = 0;
  const changes: CircuitState[] = [];
  const breaker = new CircuitBreaker({
    failureThreshold,
    openMs,
    now: () => now,
    onStateChange: (state) => changes.push(state),
  });
  let calls = 0;
  const call = (outcome: 'ok' | 'down' | 'refused') =>
    breaker.run(
      () => {
        calls += 1;
        if (outcome === 'down') return Promise.reject(new Down('no answer'));
        if (outcome === 'refused') return Promise.reject(new AppError('SAP_REFUSED', 422, 'no'));
        return Promise.resolve('answer');
      },
      (error) => error instanceof Down,
    );
  return {
    breaker,
    changes,
    call,
    calls: () => calls,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of failures in a row and refuses calls without making them', async () => {
    const { breaker, call, calls } = setUp(3);
    for (let i = 0; i < 3; i += 1) await expect(call('down')).rejects.toBeInstanceOf(Down);

    const refused = call('ok');

    await expect(refused).rejects.toBeInstanceOf(SapUnavailableError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(calls()).toBe(3);
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs).toBe(1_000);
  });

  it('does not count business refusals: the backend answered', async () => {
    const { breaker, call } = setUp(2);
    await expect(call('down')).rejects.toBeInstanceOf(Down);
    await expect(call('refused')).rejects.toBeInstanceOf(AppError);
    await expect(call('down')).rejects.toBeInstanceOf(Down);

    expect(breaker.state).toBe('closed');
  });

  it('lets one probe through after the open time and closes when it succeeds', async () => {
    const { breaker, call, advance, changes } = setUp(1, 500);
    await expect(call('down')).rejects.toBeInstanceOf(Down);
    advance(500);

    expect(breaker.state).toBe('half-open');
    await expect(call('ok')).resolves.toBe('answer');
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('refuses other calls while the probe is out, and opens again when the probe fails', async () => {
    const { breaker, advance } = setUp(1, 500);
    const down = () => Promise.reject(new Down('no answer'));
    const isDown = (error: unknown) => error instanceof Down;
    await expect(breaker.run(down, isDown)).rejects.toBeInstanceOf(Down);
    advance(500);

    let otherCalls = 0;
    let failProbe: (error: Error) => void = () => undefined;
    const probe = breaker.run(
      () =>
        new Promise((_resolve, reject) => {
          failProbe = reject;
        }),
      isDown,
    );
    const other = breaker.run(() => {
      otherCalls += 1;
      return Promise.resolve('x');
    }, isDown);

    await expect(other).rejects.toBeInstanceOf(SapUnavailableError);
    failProbe(new Down('still down'));
    await expect(probe).rejects.toBeInstanceOf(Down);
    expect(breaker.state).toBe('open');
    expect(breaker.retryInMs).toBe(500);
    expect(otherCalls).toBe(0);
  });

  it('never opens with a threshold of 0', async () => {
    const { breaker, call } = setUp(0);
    for (let i = 0; i < 20; i += 1) await expect(call('down')).rejects.toBeInstanceOf(Down);

    expect(breaker.state).toBe('closed');
  });
});
