import { beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, openClient } from './mock-sap-fixture.ts';
import {
  createOrder,
  createOrderSap,
  messageCodes,
  method,
  newHeader,
  runHeaderMethod,
  save,
  seededOrder,
} from './order-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

describe('the LUW and locks of service orders', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('shows a saved order to its own session only until BAPI_TRANSACTION_COMMIT', async () => {
    const writer = await openClient(sap);
    const reader = await openClient(sap, 'OTHER');

    const order = await createOrder(writer, { commit: false });
    const own = await writer.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });
    const foreign = await reader.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });
    const uncommitted = sap.select('AUFK', (row) => row['AUFNR'] === order);
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const afterCommit = await reader.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(errorsOf(own)).toEqual([]);
    expect(own['ES_HEADER']).toMatchObject({ ORDERID: order, SYS_STATUS: 'CRTD' });
    expect(messageCodes(foreign)).toEqual(['E IW 013']);
    expect(uncommitted).toEqual([]);
    expect(errorsOf(afterCommit)).toEqual([]);
  });

  it('discards the saved order on BAPI_TRANSACTION_ROLLBACK and keeps the number gap', async () => {
    const writer = await openClient(sap);

    const order = await createOrder(writer, { commit: false });
    await writer.call('BAPI_TRANSACTION_ROLLBACK', {});
    const detail = await writer.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });
    const next = await createOrder(writer);

    expect(messageCodes(detail)).toEqual(['E IW 013']);
    expect(sap.select('AUFK', (row) => row['AUFNR'] === order)).toEqual([]);
    expect(Number(next)).toBe(Number(order) + 1);
  });

  it('discards the saved order when the session is reset', async () => {
    const writer = await openClient(sap);

    const order = await createOrder(writer, { commit: false });
    await writer.resetServerContext();
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(sap.select('AUFK', (row) => row['AUFNR'] === order)).toEqual([]);
    expect(sap.select('JEST', (row) => row['OBJNR'] === `OR${order}`)).toEqual([]);
  });

  it('keeps the earlier work of the LUW when a later call is refused', async () => {
    const writer = await openClient(sap);

    const order = await createOrder(writer, { commit: false });
    const refused = await writer.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [method('HEADER', 'CREATE', '%00000000001'), save],
      IT_HEADER: [{ ...newHeader, ORDER_TYPE: 'XX' }],
    });
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(refused)).toEqual(['E IW 007']);
    expect(sap.select('AUFK', (row) => row['AUFNR'] === order)).toHaveLength(1);
  });

  it("refuses another session's change with IW 080 naming the user who holds the order", async () => {
    const dispatcher = await openClient(sap, 'dispatcher');
    const hotline = await openClient(sap, 'hotline');
    const order = seededOrder(sap, ['I0001']);

    const released = await runHeaderMethod(dispatcher, order, 'RELEASE');
    const refused = await runHeaderMethod(hotline, order, 'RELEASE');
    const confirmation = await hotline.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [{ ORDERID: order, OPERATION: '0010', ACT_WORK: '1.0' }],
    });
    await dispatcher.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const afterCommit = await hotline.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [{ ORDERID: order, OPERATION: '0010', ACT_WORK: '1.0' }],
    });

    expect(messageCodes(released)).toEqual(['S IWO_BAPI2 112']);
    expect(errorsOf(refused)).toEqual([
      expect.objectContaining({
        ID: 'IW',
        NUMBER: '080',
        MESSAGE: `Order ${String(Number(order))} is being processed by user DISPATCHER`,
      }),
    ]);
    expect(confirmation['RETURN']).toMatchObject({ ID: 'IW', NUMBER: '080' });
    expect(afterCommit['RETURN']).toMatchObject({ TYPE: '' });
  });

  it('takes no lock when the call is refused', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');
    const order = seededOrder(sap, ['I0002']);

    const refused = await runHeaderMethod(first, order, 'RELEASE');
    const released = await runHeaderMethod(second, order, 'TECHNICALCOMPLETE');

    expect(messageCodes(refused)).toEqual(['E BS 007']);
    expect(messageCodes(released)).toEqual(['S IWO_BAPI2 112']);
  });
});
