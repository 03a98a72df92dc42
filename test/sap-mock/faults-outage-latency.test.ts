import { afterEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockRfcPool } from '../../src/sap-mock/index.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { createTestSap, openClient } from './mock-sap-fixture.ts';

const outstanding = '000010000001';
const communicationFailure = { name: 'RfcLibError', codeString: 'RFC_COMMUNICATION_FAILURE' };

// Polls a condition every 10 ms, at most `limitMs` long.
async function waitUntil(condition: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a planned outage', () => {
  let sap: MockSap;

  afterEach(() => {
    sap.faults.clear();
  });

  it('refuses logons and breaks calls like setSystemDown(true)', async () => {
    sap = createTestSap();
    const client = await openClient(sap);
    sap.faults.set({ down: {} });

    expect(sap.isAvailable).toBe(false);
    await expect(new MockRfcClient(sap, { user: 'x' }).open()).rejects.toMatchObject(
      communicationFailure,
    );
    await expect(
      client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding }),
    ).rejects.toMatchObject(communicationFailure);
    expect(sap.faults.plan).toEqual({ down: {} });
  });

  it('comes back by itself after forMs', async () => {
    sap = createTestSap();
    const pool = new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } });
    sap.faults.set({ down: { forMs: 60 } });
    await expect(pool.acquire()).rejects.toMatchObject(communicationFailure);

    await waitUntil(() => sap.isAvailable, 2_000);

    expect(sap.isAvailable).toBe(true);
    expect(sap.faults.plan).toEqual({});
    const client = await pool.acquire();
    const detail = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });
    expect(detail['NOTIFHEADER_EXPORT']).toMatchObject({ NOTIF_NO: outstanding });
  });

  it('ends with clear() and with reset()', () => {
    sap = createTestSap();
    sap.faults.set({ down: {} });
    sap.faults.clear();
    expect(sap.isAvailable).toBe(true);

    sap.faults.set({ down: {}, latency: { ms: 5 } });
    sap.reset();
    expect(sap.isAvailable).toBe(true);
    expect(sap.faults.plan).toEqual({});
  });
});

describe('planned latency', () => {
  let sap: MockSap;

  afterEach(() => {
    sap.faults.clear();
  });

  it('delays every call by at least ms', async () => {
    sap = createTestSap();
    const client = await openClient(sap);
    sap.faults.set({ latency: { ms: 80 } });

    const started = performance.now();
    await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });
    const elapsed = performance.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(75);
    expect(elapsed).toBeLessThan(2_000);
    expect(sap.faults.injected.delayedCalls).toBe(1);
  });

  it('delays only the listed function modules', async () => {
    sap = createTestSap();
    const client = await openClient(sap);
    sap.faults.set({ latency: { ms: 500, functionModules: ['BAPI_ALM_NOTIF_SAVE'] } });

    const started = performance.now();
    await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });

    expect(performance.now() - started).toBeLessThan(400);
    expect(sap.faults.injected.delayedCalls).toBe(0);
  });

  it('stays within ms ± jitterMs', async () => {
    sap = createTestSap();
    const client = await openClient(sap);
    sap.faults.set({ latency: { ms: 60, jitterMs: 30 } });

    for (let attempt = 0; attempt < 5; attempt += 1) {
      const started = performance.now();
      await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(28);
      expect(elapsed).toBeLessThan(1_000);
    }
    expect(sap.faults.injected.delayedCalls).toBe(5);
  });

  it('lets a cancel during the delay fail the call with RFC_CANCELED', async () => {
    sap = createTestSap();
    const client = await openClient(sap);
    sap.faults.set({ latency: { ms: 200 } });

    const call = client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });
    await client.cancel();

    await expect(call).rejects.toMatchObject({ name: 'RfcLibError', codeString: 'RFC_CANCELED' });
  });
});

describe('a fault plan', () => {
  it('refuses unknown fields and shares outside 0..1', () => {
    const sap = createTestSap();

    expect(() => {
      sap.faults.set({ failingCalls: { share: 1.5 } });
    }).toThrow(/Invalid fault plan/);
    expect(() => {
      sap.faults.set({ lag: 1 } as never);
    }).toThrow(/Invalid fault plan/);
    expect(sap.faults.plan).toEqual({});
  });

  it('answers the plan as JSON and replaces it as a whole', () => {
    const sap = createTestSap();
    sap.faults.set({ latency: { ms: 1 }, failingCalls: { share: 0.1 }, seed: 7 });
    sap.faults.set({ droppedInLuw: { share: 0.2 } });

    expect(JSON.parse(JSON.stringify(sap.faults.plan))).toEqual({ droppedInLuw: { share: 0.2 } });
  });
});
