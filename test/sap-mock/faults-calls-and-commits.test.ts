import { describe, expect, it } from 'vitest';
import { MockRfcPool } from '../../src/sap-mock/index.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { createTestSap, openClient, validHeader } from './mock-sap-fixture.ts';

const outstanding = '000010000001';
const communicationFailure = { name: 'RfcLibError', codeString: 'RFC_COMMUNICATION_FAILURE' };

// Creates and saves a notification in the session's LUW; answers its final number.
async function saveNotification(client: MockRfcClient): Promise<string> {
  const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
    NOTIF_TYPE: 'S1',
    NOTIFHEADER: validHeader,
  });
  const temporary = (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'];
  const saved = await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary });
  return (saved['NOTIFHEADER'] as Record<string, string>)['NOTIF_NO'] ?? '';
}

function notificationsNumbered(sap: MockSap, number: string): Record<string, string>[] {
  return sap.select('QMEL', (row) => row['QMNUM'] === number);
}

// Counts how many of `count` reads fail with a communication failure.
async function countFailedReads(sap: MockSap, count: number): Promise<number> {
  const client = await openClient(sap);
  let failed = 0;
  for (let attempt = 0; attempt < count; attempt += 1) {
    await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding }).catch(() => {
      failed += 1;
    });
  }
  return failed;
}

describe('failing calls', () => {
  it('fails roughly the planned share of calls, the same ones on every run', async () => {
    const sap = createTestSap();
    sap.faults.set({ failingCalls: { share: 0.5 }, seed: 42 });
    const first = await countFailedReads(sap, 200);
    sap.faults.set({ failingCalls: { share: 0.5 }, seed: 42 });
    const second = await countFailedReads(sap, 200);

    expect(first).toBeGreaterThan(70);
    expect(first).toBeLessThan(130);
    expect(second).toBe(first);
    expect(sap.faults.injected.failedCalls).toBe(first);
  });

  it('fails a call as a broken connection that loses the LUW', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const number = await saveNotification(client);
    sap.faults.set({ failingCalls: { share: 1, functionModules: ['BAPI_TRANSACTION_COMMIT'] } });

    await expect(client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' })).rejects.toMatchObject(
      communicationFailure,
    );
    sap.faults.clear();
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(notificationsNumbered(sap, number)).toEqual([]);
  });

  it('spares function modules that are not listed', async () => {
    const sap = createTestSap();
    sap.faults.set({ failingCalls: { share: 1, functionModules: ['BAPI_ALM_NOTIF_SAVE'] } });

    expect(await countFailedReads(sap, 5)).toBe(0);
  });
});

describe('commit failures', () => {
  it('rolled-back: RETURN has S& 101, nothing is persisted and the locks are released', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const number = await saveNotification(client);
    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    sap.faults.set({ commitFailure: { share: 1, mode: 'rolled-back' } });

    const committed = await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(committed['RETURN']).toMatchObject({ TYPE: 'E', ID: 'S&', NUMBER: '101' });
    expect(notificationsNumbered(sap, number)).toEqual([]);
    const other = await openClient(sap, 'hotline');
    const started = await other.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    expect(started['RETURN']).toEqual([]);
    expect(sap.faults.injected.commitsRolledBack).toBe(1);
  });

  it('rolled-back without WAIT: RETURN stays empty and nothing is persisted', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const number = await saveNotification(client);
    sap.faults.set({ commitFailure: { share: 1, mode: 'rolled-back' } });

    const committed = await client.call('BAPI_TRANSACTION_COMMIT', {});

    expect(committed['RETURN']).toMatchObject({ TYPE: '' });
    expect(notificationsNumbered(sap, number)).toEqual([]);
  });

  it('answer-lost: the notification is in QMEL, the caller sees a communication failure', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const number = await saveNotification(client);
    sap.faults.set({ commitFailure: { share: 1, mode: 'answer-lost' } });

    await expect(client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' })).rejects.toMatchObject(
      communicationFailure,
    );

    expect(notificationsNumbered(sap, number)).toHaveLength(1);
    expect(sap.faults.injected.answersLost).toBe(1);
  });

  it('droppedInLuw: the connection drops before the commit and nothing is persisted', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const number = await saveNotification(client);
    sap.faults.set({ droppedInLuw: { share: 1 } });

    await expect(client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' })).rejects.toMatchObject(
      communicationFailure,
    );
    sap.faults.clear();
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(notificationsNumbered(sap, number)).toEqual([]);
  });

  it('leaves commits without buffered work alone', async () => {
    const sap = createTestSap();
    const pool = new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } });
    sap.faults.set({
      droppedInLuw: { share: 1 },
      commitFailure: { share: 1, mode: 'answer-lost' },
    });
    const client = await pool.acquire();

    const committed = await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(committed['RETURN']).toMatchObject({ TYPE: '' });
    expect(sap.faults.injected).toMatchObject({ droppedInLuw: 0, answersLost: 0 });
  });
});

describe('held locks', () => {
  it('refuses a change with the message that names the other user', async () => {
    const sap = createTestSap();
    sap.faults.set({ heldLocks: [{ argument: `QMEL ${outstanding}` }] });
    const client = await openClient(sap);

    const refused = await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

    expect(refused['RETURN']).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'IM', MESSAGE_V2: 'MAINT_USER' }),
    ]);
    expect(sap.faults.injected.lockConflicts).toBeGreaterThanOrEqual(1);
  });

  it('releases the lock after forMs', async () => {
    const sap = createTestSap();
    sap.faults.set({
      heldLocks: [{ argument: `QMEL ${outstanding}`, user: 'PLANNER', forMs: 40 }],
    });
    const client = await openClient(sap);
    const refused = await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    expect(refused['RETURN']).toEqual([expect.objectContaining({ MESSAGE_V2: 'PLANNER' })]);

    await new Promise((resolve) => setTimeout(resolve, 80));

    const started = await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    expect(started['RETURN']).toEqual([]);
    expect(sap.faults.plan).toEqual({});
  });

  it('refuses to plan a lock that a session holds already', async () => {
    const sap = createTestSap();
    const client = await openClient(sap, 'dispatcher');
    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

    expect(() => {
      sap.faults.set({ heldLocks: [{ argument: `QMEL ${outstanding}` }] });
    }).toThrow(/held by user DISPATCHER/);
  });
});
