import { beforeEach, describe, expect, it } from 'vitest';
import {
  AbapError,
  MockRfcClient,
  MockRfcPool,
  NodeRfcError,
  RfcLibError,
} from '../../src/sap-mock/index.ts';
import { BAPI2080_NOTHDRE } from '../../src/sap-mock/ddic/structures-notification.ts';
import { createTestSap, openClient, validHeader } from './mock-sap-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

describe('MockRfcClient', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createTestSap();
  });

  it('starts closed and opens a session for the upper-cased user', async () => {
    const client = new MockRfcClient(sap, { user: 'hotline', lang: 'DE' });

    expect(client.alive).toBe(false);
    expect(client.connectionHandle).toBe(0);
    await client.open();

    expect(client.alive).toBe(true);
    expect(client.connectionHandle).toBeGreaterThan(0);
    expect(client.connectionInfo).toMatchObject({
      sysId: 'MCK',
      client: '100',
      user: 'HOTLINE',
      language: 'D',
      isoLanguage: 'DE',
    });
    expect(client.config.connectionParameters).toEqual({ user: 'hotline', lang: 'DE' });
  });

  it('logs on as CS_BRIDGE without a user and records every call', async () => {
    const client = await new MockRfcClient(sap).connect();

    await client.call('BAPI_TRANSACTION_COMMIT', {});

    expect(sap.calls).toEqual([
      {
        functionModule: 'BAPI_TRANSACTION_COMMIT',
        user: 'CS_BRIDGE',
        handle: client.connectionHandle,
        at: new Date('2026-03-05T10:15:30Z'),
      },
    ]);
    expect(sap.callCount('BAPI_TRANSACTION_COMMIT')).toBe(1);
    expect(sap.callCount('RFC_READ_TABLE')).toBe(0);
  });

  it('answers asynchronously, never inside call()', async () => {
    const client = await openClient(sap);
    const order: string[] = [];

    const pending = client.call('BAPI_TRANSACTION_COMMIT', {}).then(() => order.push('answered'));
    order.push('returned');
    await pending;

    expect(order).toEqual(['returned', 'answered']);
    expect(sap.callCount()).toBe(1);
  });

  it('refuses a call on a closed client with a nodeRfcError', async () => {
    const client = await openClient(sap);
    await client.close();

    const call = client.call('BAPI_TRANSACTION_COMMIT', {});

    await expect(call).rejects.toBeInstanceOf(NodeRfcError);
    await expect(call).rejects.toMatchObject({ name: 'nodeRfcError', message: /closed/ });
    expect(client.connectionHandle).toBe(0);
  });

  it('raises FU_NOT_FOUND as an ABAPError for an unknown function module', async () => {
    const client = await openClient(sap);

    const call = client.call('Z_DOES_NOT_EXIST', {});

    await expect(call).rejects.toBeInstanceOf(AbapError);
    await expect(call).rejects.toMatchObject({
      name: 'ABAPError',
      group: 1,
      code: 5,
      codeString: 'RFC_ABAP_EXCEPTION',
      key: 'FU_NOT_FOUND',
      abapMsgClass: 'FL',
      abapMsgNumber: '046',
      abapMsgV1: 'Z_DOES_NOT_EXIST',
    });
    expect(client.alive).toBe(true);
  });

  it('raises RFC_INVALID_PARAMETER for an unknown parameter', async () => {
    const client = await openClient(sap);

    const call = client.call('BAPI_ALM_NOTIF_CREATE', { NOTIF_TYPE: 'S1', CUSTOMER: '1' });

    await expect(call).rejects.toBeInstanceOf(RfcLibError);
    await expect(call).rejects.toMatchObject({
      name: 'RfcLibError',
      group: 5,
      code: 20,
      codeString: 'RFC_INVALID_PARAMETER',
      key: 'RFC_INVALID_PARAMETER',
      message: "field 'CUSTOMER' not found",
    });
  });

  it('raises RFC_INVALID_PARAMETER for an unknown field in a structure or table row', async () => {
    const client = await openClient(sap);

    const inStructure = client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: { ...validHeader, CUSTOMER: '0000100001' },
    });
    const inTable = client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTITEM: [{ ITEM_SORT_NO: '1', TEXT: 'x' }],
    });

    await expect(inStructure).rejects.toMatchObject({
      code: 20,
      message: "field 'CUSTOMER' not found",
    });
    await expect(inTable).rejects.toMatchObject({ code: 20, message: "field 'TEXT' not found" });
    expect(sap.select('QMEL')).toHaveLength(4);
  });

  it('raises a nodeRfcError naming the field for a non-string CHAR value', async () => {
    const client = await openClient(sap);

    const call = client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: { ...validHeader, PRIORITY: 2 },
    });

    await expect(call).rejects.toMatchObject({
      name: 'nodeRfcError',
      rfmPath: { rfm: 'BAPI_ALM_NOTIF_CREATE', parameter: 'NOTIFHEADER', field: 'PRIORITY' },
    });
  });

  it('raises a nodeRfcError for a non-integer INT4 value', async () => {
    const client = await openClient(sap);

    const call = client.call('RFC_READ_TABLE', { QUERY_TABLE: 'T001W', ROWCOUNT: '5' });

    await expect(call).rejects.toMatchObject({ name: 'nodeRfcError', message: /ROWCOUNT/ });
  });

  it('returns every field of export structures in internal format', async () => {
    const client = await openClient(sap);

    const result = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: '000010000001' });
    const header = result['NOTIFHEADER_EXPORT'] as Record<string, unknown>;

    expect(Object.keys(header)).toEqual([...BAPI2080_NOTHDRE.fields.keys()]);
    expect(header).toMatchObject({
      NOTIF_NO: '000010000001',
      COMPDATE: '00000000',
      COMPTIME: '000000',
      ITM_NUMBER: '000000',
      PM_WKCTR: '00000000',
      ORDERID: '',
    });
    expect(result['RETURN']).toEqual([]);
  });

  it('leaves notRequested parameters out of the result', async () => {
    const client = await openClient(sap);

    const result = await client.call(
      'BAPI_ALM_NOTIF_GET_DETAIL',
      { NUMBER: '000010000001' },
      { notRequested: ['NOTIFCAUS', 'NOTIFACTV', 'NOTIFTASK', 'NOTIFHDTEXT'] },
    );

    expect(Object.keys(result)).not.toContain('NOTIFCAUS');
    expect(Object.keys(result)).not.toContain('NOTIFHDTEXT');
    expect(Object.keys(result)).toContain('NOTITEM');
  });

  it('resets the server context after every call when stateless', async () => {
    const client = await new MockRfcClient(sap, {}, { stateless: true }).open();

    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });
    const saved = await client.call('BAPI_ALM_NOTIF_SAVE', {
      NUMBER: (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'],
    });

    expect((saved['RETURN'] as Record<string, unknown>[])[0]).toMatchObject({ TYPE: 'E' });
  });

  it('answers ping() with the connection state', async () => {
    const client = await openClient(sap);

    expect(await client.ping()).toBe(true);
    await client.close();
    expect(await client.ping()).toBe(false);
  });

  it('fails a call in flight with RFC_CANCELED on cancel() and closes the connection', async () => {
    const client = await openClient(sap);

    const call = client.call('BAPI_TRANSACTION_COMMIT', {});
    const outcome = expect(call).rejects.toMatchObject({ code: 7, key: 'RFC_CANCELED' });
    await client.cancel();

    await outcome;
    expect(sap.callCount()).toBe(0);
    expect(client.alive).toBe(false);
  });
});

describe('MockRfcPool', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createTestSap();
  });

  it('leases open managed clients and keeps low connections ready', async () => {
    const pool = new MockRfcPool(sap, {
      connectionParameters: { user: 'pool_user' },
      poolOptions: { low: 1, high: 2 },
    });

    const [first, second] = await pool.acquire(2);

    expect(first?.alive).toBe(true);
    expect(second?.connectionInfo['user']).toBe('POOL_USER');
    expect(pool.status).toEqual({ ready: 1, leased: 2 });
  });

  it('refuses open() and close() on a managed client with a nodeRfcError', async () => {
    const pool = new MockRfcPool(sap, {});
    const client = await pool.acquire();

    await expect(client.open()).rejects.toMatchObject({ name: 'nodeRfcError' });
    await expect(client.close()).rejects.toMatchObject({ name: 'nodeRfcError' });
    expect(client.alive).toBe(true);
  });

  it('closes released connections beyond high', async () => {
    const pool = new MockRfcPool(sap, { poolOptions: { low: 0, high: 1 } });
    const [first, second] = await pool.acquire(2);
    if (first === undefined || second === undefined) throw new Error('two clients expected');

    await pool.release([first, second]);

    expect(pool.status).toEqual({ ready: 1, leased: 0 });
    expect(second.alive).toBe(false);
  });

  it('takes a client back through client.release()', async () => {
    const pool = new MockRfcPool(sap, { poolOptions: { low: 0 } });
    const client = await pool.acquire();

    await client.release();

    expect(pool.status).toEqual({ ready: 1, leased: 0 });
  });

  it('refuses to release a client it did not lease', async () => {
    const pool = new MockRfcPool(sap, {});
    const stranger = await openClient(sap);

    await expect(pool.release(stranger)).rejects.toMatchObject({ name: 'nodeRfcError' });
  });

  it('opens connections on ready() and closes all on closeAll()', async () => {
    const pool = new MockRfcPool(sap, { poolOptions: { low: 2, high: 4 } });

    await pool.ready(3);
    const leased = await pool.acquire();
    await pool.closeAll();

    expect(leased.alive).toBe(false);
    expect(pool.status).toEqual({ ready: 0, leased: 0 });
  });
});
