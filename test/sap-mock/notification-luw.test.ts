import { beforeEach, describe, expect, it } from 'vitest';
import { MockRfcPool } from '../../src/sap-mock/index.ts';
import {
  createNotification,
  createTestSap,
  errorsOf,
  openClient,
  validHeader,
} from './mock-sap-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

type Result = Record<string, unknown>;

function header(result: Result, name = 'NOTIFHEADER'): Record<string, string> {
  return result[name] as Record<string, string>;
}

async function createAndSave(client: Awaited<ReturnType<typeof openClient>>): Promise<string> {
  const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
    NOTIF_TYPE: 'S1',
    NOTIFHEADER: validHeader,
  });
  const saved = await client.call('BAPI_ALM_NOTIF_SAVE', {
    NUMBER: header(created, 'NOTIFHEADER_EXPORT')['NOTIF_NO'],
  });
  return header(saved)['NOTIF_NO'] ?? '';
}

describe('the LUW of a notification', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createTestSap();
  });

  it('returns a temporary number from CREATE and writes nothing to the tables', async () => {
    const client = await openClient(sap);
    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });

    expect(header(created, 'NOTIFHEADER_EXPORT')['NOTIF_NO']).toBe('%00000000001');
    expect(sap.select('QMEL')).toHaveLength(4);
  });

  it('counts temporary numbers per session', async () => {
    const first = await openClient(sap);
    const second = await openClient(sap);
    const create = { NOTIF_TYPE: 'S1', NOTIFHEADER: validHeader };

    await first.call('BAPI_ALM_NOTIF_CREATE', create);
    const again = await first.call('BAPI_ALM_NOTIF_CREATE', create);
    const other = await second.call('BAPI_ALM_NOTIF_CREATE', create);

    expect(header(again, 'NOTIFHEADER_EXPORT')['NOTIF_NO']).toBe('%00000000002');
    expect(header(other, 'NOTIFHEADER_EXPORT')['NOTIF_NO']).toBe('%00000000001');
  });

  it('assigns the final number from NRIV on SAVE and shows the notification only to its session', async () => {
    const writer = await openClient(sap);
    const reader = await openClient(sap, 'OTHER');

    const number = await createAndSave(writer);
    const own = await writer.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });
    const foreign = await reader.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });

    expect(number).toBe('000010000005');
    expect(errorsOf(own)).toEqual([]);
    expect(header(own, 'NOTIFHEADER_EXPORT')['SYS_STATUS']).toBe('OSNO');
    expect(errorsOf(foreign)).toHaveLength(1);
    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)).toEqual([]);
  });

  it('persists header, status, partner and texts with BAPI_TRANSACTION_COMMIT', async () => {
    const writer = await openClient(sap);
    const reader = await openClient(sap, 'OTHER');

    const number = await createAndSave(writer);
    const commit = await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await reader.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });

    expect(commit['RETURN']).toMatchObject({ TYPE: '', ID: '', NUMBER: '000', MESSAGE: '' });
    expect(errorsOf(detail)).toEqual([]);
    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)[0]).toMatchObject({
      QMART: 'S1',
      QMTXT: 'Espresso machine leaks',
      KUNUM: '0000100001',
      BSTNK: 'TICKET-2001',
      OBJNR: `QM${number}`,
      ERNAM: 'CS_BRIDGE',
      ERDAT: '20260305',
    });
    expect(sap.select('JEST', (row) => row['OBJNR'] === `QM${number}`)).toEqual([
      { OBJNR: `QM${number}`, STAT: 'I0068', INACT: '' },
    ]);
  });

  it('applies a COMMIT without WAIT at once as well', async () => {
    const writer = await openClient(sap);
    const number = await createAndSave(writer);

    await writer.call('BAPI_TRANSACTION_COMMIT', {});

    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)).toHaveLength(1);
  });

  it('discards the LUW on BAPI_TRANSACTION_ROLLBACK', async () => {
    const writer = await openClient(sap);
    const number = await createAndSave(writer);

    const rollback = await writer.call('BAPI_TRANSACTION_ROLLBACK', {});
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await writer.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });

    expect(rollback['RETURN']).toMatchObject({ TYPE: '' });
    expect(errorsOf(detail)).toHaveLength(1);
    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)).toEqual([]);
  });

  it('discards the LUW when the connection is closed', async () => {
    const writer = await openClient(sap);
    const number = await createAndSave(writer);

    await writer.close();
    const reader = await openClient(sap);
    const detail = await reader.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });

    expect(errorsOf(detail)).toHaveLength(1);
    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)).toEqual([]);
  });

  it('discards the LUW on resetServerContext', async () => {
    const writer = await openClient(sap);
    await createAndSave(writer);

    await writer.resetServerContext();
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(sap.select('QMEL')).toHaveLength(4);
  });

  it('discards the LUW when a pool client is released, then serves the connection again', async () => {
    const pool = new MockRfcPool(sap, { poolOptions: { low: 0, high: 1 } });
    const client = await pool.acquire();
    await createAndSave(client);

    await pool.release(client);
    const again = await pool.acquire();
    await again.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(again).toBe(client);
    expect(sap.select('QMEL')).toHaveLength(4);
  });

  it('advances NRLEVEL with every saved notification', async () => {
    const client = await openClient(sap);

    const first = await createNotification(client);
    const second = await createNotification(client);

    expect([first, second]).toEqual(['000010000005', '000010000006']);
    expect(sap.select('NRIV')[0]?.['NRLEVEL']).toBe('00000000000010000006');
  });

  it('leaves a gap in the numbers after a rolled-back save', async () => {
    const client = await openClient(sap);

    await createAndSave(client);
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    const next = await createNotification(client);

    expect(next).toBe('000010000006');
    expect(sap.select('QMEL', (row) => row['QMNUM'] === '000010000005')).toEqual([]);
  });

  it('answers an empty RETURN from a commit with nothing to do', async () => {
    const client = await openClient(sap);

    const commit = await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOf(commit)).toEqual([]);
  });
});
