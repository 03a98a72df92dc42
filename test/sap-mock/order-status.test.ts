import { beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, openClient } from './mock-sap-fixture.ts';
import {
  activeStatusesOf,
  createOrder,
  createOrderSap,
  messageCodes,
  method,
  runHeaderMethod,
  seededOrder,
} from './order-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

const created = ['I0001'];
const released = ['I0002'];
const technicallyCompleted = ['I0009', 'I0045'];
const closed = ['I0009', 'I0046'];

describe('the system statuses of service orders', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('releases a created order: CRTD inactive, REL active', async () => {
    const client = await openClient(sap);
    const order = await createOrder(client);

    const result = await runHeaderMethod(client, order, 'RELEASE');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(errorsOf(result)).toEqual([]);
    expect(sap.select('JEST', (row) => row['OBJNR'] === `OR${order}`)).toEqual([
      { OBJNR: `OR${order}`, STAT: 'I0001', INACT: 'X' },
      { OBJNR: `OR${order}`, STAT: 'I0002', INACT: '' },
    ]);
    expect(detail['ES_HEADER']).toMatchObject({ SYS_STATUS: 'REL', RELEASE_DATE: '20261201' });
  });

  it('creates and releases a new order in one call', async () => {
    const client = await openClient(sap);

    const order = await createOrder(client, { release: true });

    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(['I0002']);
  });

  it.each([
    ['RELEASE', 'released', released],
    ['RELEASE', 'technically completed', technicallyCompleted],
    ['RELEASE', 'closed', closed],
    ['TECHNICALCOMPLETE', 'created', created],
    ['TECHNICALCOMPLETE', 'technically completed', technicallyCompleted],
    ['TECHNICALCOMPLETE', 'closed', closed],
  ])('refuses %s of a %s order with BS 007 and changes nothing', async (name, _state, stats) => {
    const client = await openClient(sap);
    const order = seededOrder(sap, stats);

    const result = await runHeaderMethod(client, order, name);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result)).toEqual(['E BS 007']);
    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(stats);
  });

  it('completes a released order technically at the reference date and time', async () => {
    const client = await openClient(sap);
    const order = seededOrder(sap, ['I0002', 'I0009']);

    const result = await runHeaderMethod(client, order, 'TECHNICALCOMPLETE', {
      TECO_REF_DATE: '20261130',
      TECO_REF_TIME: '163000',
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(messageCodes(result)).toEqual(['S IWO_BAPI2 112']);
    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(['I0009', 'I0045']);
    expect(detail['ES_HEADER']).toMatchObject({
      SYS_STATUS: 'TECO CNF',
      TECO_REF_DATE: '20261130',
      TECO_REF_TIME: '163000',
    });
  });

  it('shows a released, partially confirmed order as REL  PCNF', async () => {
    const client = await openClient(sap);
    const order = seededOrder(sap, ['I0002', 'I0010']);

    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(detail['ES_HEADER']).toMatchObject({ SYS_STATUS: 'REL  PCNF' });
  });

  it.each([
    ['technically completed', technicallyCompleted],
    ['closed', closed],
  ])('refuses changes of a %s order with IW 162', async (_state, stats) => {
    const client = await openClient(sap);
    const order = seededOrder(sap, stats);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CHANGE', order),
        method('OPERATION', 'CREATE', order),
        method('', 'SAVE', order, 0),
      ],
      IT_HEADER: [{ ORDERID: order, SHORT_TEXT: 'Too late' }],
      IT_HEADER_UP: [{ ORDERID: order, SHORT_TEXT: 'X' }],
      IT_OPERATION: [{ DESCRIPTION: 'One more' }],
    });

    expect(messageCodes(result)).toEqual(['E IW 162', 'E IW 162']);
  });
});

describe('Z_CSB_ORDER_BUSINESS_COMPLETE', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('closes a technically completed order once committed', async () => {
    const client = await openClient(sap);
    const other = await openClient(sap, 'OTHER');
    const order = seededOrder(sap, technicallyCompleted);

    const result = await client.call('Z_CSB_ORDER_BUSINESS_COMPLETE', {
      IV_ORDERID: order,
      IV_REFDATE: '20261201',
    });
    const beforeCommit = activeStatusesOf(sap, `OR${order}`);
    const locked = await other.call('Z_CSB_ORDER_BUSINESS_COMPLETE', { IV_ORDERID: order });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result)).toEqual(['S IWO_BAPI2 112']);
    expect(beforeCommit).toEqual(technicallyCompleted);
    expect(messageCodes(locked)).toEqual(['E IW 080']);
    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(['I0009', 'I0046']);
    expect(sap.select('AUFK', (row) => row['AUFNR'] === order)[0]?.['IDAT3']).toBe('20261201');
  });

  it.each([
    ['created', created],
    ['released', released],
    ['closed', closed],
  ])('refuses to close a %s order with BS 007', async (_state, stats) => {
    const client = await openClient(sap);
    const order = seededOrder(sap, stats);

    const result = await client.call('Z_CSB_ORDER_BUSINESS_COMPLETE', { IV_ORDERID: order });

    expect(messageCodes(result)).toEqual(['E BS 007']);
  });

  it('answers IW 013 for an order that does not exist', async () => {
    const client = await openClient(sap);

    const result = await client.call('Z_CSB_ORDER_BUSINESS_COMPLETE', {
      IV_ORDERID: '000004999990',
    });

    expect(messageCodes(result)).toEqual(['E IW 013']);
  });
});
