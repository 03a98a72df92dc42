import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, errorsOf, openClient } from './mock-sap-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

const outstanding = '000010000001';

describe('locks on notifications', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createTestSap();
  });

  it("refuses a second session's change and names the user who holds the lock", async () => {
    const first = await openClient(sap, 'dispatcher');
    const second = await openClient(sap, 'hotline');

    await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    const refused = await second.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { SHORT_TEXT: 'Other text' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X' },
    });

    expect(errorsOf(refused)).toEqual([
      expect.objectContaining({
        TYPE: 'E',
        ID: 'IM',
        MESSAGE: 'Notification 10000001 is being processed by user DISPATCHER',
        MESSAGE_V2: 'DISPATCHER',
      }),
    ]);
  });

  it('locks on DATA_MODIFY, DATA_ADD, POSTPONE and CLOSE as well', async () => {
    const lockingCalls: [string, Record<string, unknown>][] = [
      ['BAPI_ALM_NOTIF_DATA_MODIFY', { NOTIFHEADER: {}, NOTIFHEADER_X: {} }],
      ['BAPI_ALM_NOTIF_DATA_ADD', { NOTFULLTXT: [{ OBJTYPE: 'QMEL', TEXT_LINE: 'More' }] }],
      ['BAPI_ALM_NOTIF_POSTPONE', {}],
      ['BAPI_ALM_NOTIF_CLOSE', { SYSTSTAT: {} }],
    ];

    for (const [functionModule, parameters] of lockingCalls) {
      sap.reset();
      const first = await openClient(sap, 'first');
      const second = await openClient(sap, 'second');
      await first.call(functionModule, { NUMBER: outstanding, ...parameters });
      const refused = await second.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

      expect(errorsOf(refused)[0]?.['MESSAGE_V2'], functionModule).toBe('FIRST');
    }
  });

  it('locks a newly saved notification until the commit', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');
    const created = await first.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: { SHORT_TEXT: 'New' },
    });
    await first.call('BAPI_ALM_NOTIF_SAVE', {
      NUMBER: (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'],
    });
    await first.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const afterCommit = await second.call('BAPI_ALM_NOTIF_PUTINPROGRESS', {
      NUMBER: '000010000005',
    });

    expect(errorsOf(afterCommit)).toEqual([]);
  });

  it('does not block reads of a locked notification', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');

    await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    const read = await second.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });

    expect(errorsOf(read)).toEqual([]);
    expect((read['NOTIFHEADER_EXPORT'] as Record<string, string>)['SYS_STATUS']).toBe('OSNO');
  });

  it.each([
    [
      'BAPI_TRANSACTION_COMMIT',
      async (client: Awaited<ReturnType<typeof openClient>>) => {
        await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
      },
    ],
    [
      'BAPI_TRANSACTION_ROLLBACK',
      async (client: Awaited<ReturnType<typeof openClient>>) => {
        await client.call('BAPI_TRANSACTION_ROLLBACK', {});
      },
    ],
    [
      'close()',
      async (client: Awaited<ReturnType<typeof openClient>>) => {
        await client.close();
      },
    ],
    [
      'resetServerContext()',
      async (client: Awaited<ReturnType<typeof openClient>>) => {
        await client.resetServerContext();
      },
    ],
  ])('releases the lock on %s', async (_name, endLuw) => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');

    await first.call('BAPI_ALM_NOTIF_POSTPONE', { NUMBER: outstanding });
    await endLuw(first);
    const next = await second.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { PRIORITY: '1' },
      NOTIFHEADER_X: { PRIORITY: 'X' },
    });

    expect(errorsOf(next)).toEqual([]);
  });

  it('lets the session that holds the lock change the notification again', async () => {
    const client = await openClient(sap);

    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    const again = await client.call('BAPI_ALM_NOTIF_POSTPONE', { NUMBER: outstanding });

    expect(errorsOf(again)).toEqual([]);
    expect(again['SYSTEMSTATUS']).toBe('NOPT');
  });

  it('reports the lock in a test run without taking it', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');

    await second.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding, TESTRUN: 'X' });
    const real = await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    const test = await second.call('BAPI_ALM_NOTIF_POSTPONE', {
      NUMBER: outstanding,
      TESTRUN: 'X',
    });

    expect(errorsOf(real)).toEqual([]);
    expect(errorsOf(test)[0]?.['MESSAGE_V2']).toBe('FIRST');
  });
});
