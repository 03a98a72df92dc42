import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import {
  activeStatusesOf,
  createOrder,
  createOrderSap,
  method,
  newHeader,
  save,
  seededOrder,
} from './order-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

// A released order with two operations (0010, 0020), committed.
async function releasedOrderWithTwoOperations(client: MockRfcClient): Promise<string> {
  const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [
      method('HEADER', 'CREATE', '%00000000001'),
      method('OPERATION', 'CREATE', '%00000000001', 1),
      method('OPERATION', 'CREATE', '%00000000001', 2),
      method('HEADER', 'RELEASE', '%00000000001'),
      save,
    ],
    IT_HEADER: [newHeader],
    IT_OPERATION: [
      { DESCRIPTION: 'Diagnose', WORK_ACTIVITY: '2.0' },
      { DESCRIPTION: 'Repair', WORK_ACTIVITY: '3.0' },
    ],
  });
  await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  return (result['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';
}

function typesOf(result: Record<string, unknown>): string[] {
  return (result['DETAIL_RETURN'] as Record<string, string>[]).map((row) => row['TYPE'] ?? '');
}

function ticket(order: string, operation: string, extra: Record<string, string> = {}) {
  return {
    ORDERID: order,
    OPERATION: operation,
    ACT_WORK: '1.5',
    UN_WORK: 'H',
    CONF_TEXT: 'Work done',
    POSTG_DATE: '20261201',
    ...extra,
  };
}

describe('BAPI_ALM_CONF_CREATE', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('posts a partial confirmation: AFRU row, actual work and PCNF on the order', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithTwoOperations(client);
    const operation = sap.select('AFVC', (row) => row['AUFPL'] === order.slice(-10))[0] ?? {};

    const result = await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0010')],
    });
    const uncommitted = sap.select('AFRU', (row) => row['AUFNR'] === order);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(result['RETURN']).toMatchObject({ TYPE: '' });
    expect(result['DETAIL_RETURN']).toEqual([
      expect.objectContaining({
        TYPE: 'S',
        MESSAGE_ID: 'RU',
        MESSAGE_NUMBER: '100',
        CONF_NO: operation['RUECK'],
        CONF_CNT: '00000001',
      }),
    ]);
    expect(uncommitted).toEqual([]);
    expect(sap.select('AFRU', (row) => row['AUFNR'] === order)).toEqual([
      expect.objectContaining({
        RUECK: operation['RUECK'],
        RMZHL: '00000001',
        VORNR: '0010',
        ARBPL: 'SRV-MECH',
        ISMNW: '1.5',
        ISMNE: 'H',
        AUERU: '',
        LTXA1: 'Work done',
        BUDAT: '20261201',
        ERNAM: 'CS_BRIDGE',
        STOKZ: '',
      }),
    ]);
    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(['I0002', 'I0010']);
    expect(detail['ET_OPERATIONS']).toEqual([
      expect.objectContaining({
        ACTIVITY: '0010',
        ACTUAL_WORK: '1.5',
        SYSTEM_STATUS_TEXT: 'REL  PCNF',
      }),
      expect.objectContaining({ ACTIVITY: '0020', ACTUAL_WORK: '0.0', SYSTEM_STATUS_TEXT: 'REL' }),
    ]);
  });

  it('keeps PCNF while an operation lacks a final confirmation and sets CNF when all have one', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithTwoOperations(client);

    await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0010', { FIN_CONF: 'X' })],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const afterFirst = activeStatusesOf(sap, `OR${order}`);
    const second = await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0020', { FIN_CONF: 'X', ACT_WORK: '3.0' })],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(afterFirst).toEqual(['I0002', 'I0010']);
    expect(typesOf(second)).toEqual(['S']);
    expect(activeStatusesOf(sap, `OR${order}`)).toEqual(['I0002', 'I0009']);
    expect(
      sap.select('JEST', (row) => row['OBJNR'] === `OR${order}` && row['STAT'] === 'I0010'),
    ).toEqual([{ OBJNR: `OR${order}`, STAT: 'I0010', INACT: 'X' }]);
  });

  it('counts the confirmations of an operation on', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithTwoOperations(client);

    const result = await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0010'), ticket(order, '0010', { ACT_WORK: '0.5' })],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const details = result['DETAIL_RETURN'] as Record<string, string>[];
    expect(details.map((row) => row['CONF_CNT'])).toEqual(['00000001', '00000002']);
    const values = sap.select('AFVV', (row) => row['AUFPL'] === order.slice(-10));
    expect(values.map((row) => row['ISMNW'])).toEqual(['2.0', '0.0']);
  });

  it('accepts a confirmation for a technically completed order', async () => {
    const client = await openClient(sap);
    const order = seededOrder(sap, ['I0010', 'I0045']);

    const result = await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0010')],
    });

    expect(result['RETURN']).toMatchObject({ TYPE: '' });
    expect(typesOf(result)).toEqual(['S']);
  });

  it.each([
    ['not released', ['I0001'], 'RU', '131'],
    ['closed', ['I0009', 'I0046'], 'RU', '132'],
  ])(
    'refuses a confirmation for an order that is %s and posts nothing',
    async (_state, stats, id, number) => {
      const client = await openClient(sap);
      const order = seededOrder(sap, stats);
      const before = sap.select('AFRU', (row) => row['AUFNR'] === order);

      const result = await client.call('BAPI_ALM_CONF_CREATE', {
        TIMETICKETS: [ticket(order, '0010')],
      });
      await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

      expect(result['RETURN']).toMatchObject({ TYPE: 'E', ID: id, NUMBER: number });
      expect(result['DETAIL_RETURN']).toEqual([
        expect.objectContaining({ TYPE: 'E', MESSAGE_ID: id, MESSAGE_NUMBER: number }),
      ]);
      expect(sap.select('AFRU', (row) => row['AUFNR'] === order)).toEqual(before);
      expect(activeStatusesOf(sap, `OR${order}`)).toEqual(stats);
    },
  );

  it('posts none of the tickets when one of them is refused', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithTwoOperations(client);

    const result = await client.call('BAPI_ALM_CONF_CREATE', {
      TIMETICKETS: [ticket(order, '0010'), ticket(order, '0090')],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toMatchObject({ TYPE: 'E', ID: 'IW', NUMBER: '051', ROW: 2 });
    expect(sap.select('AFRU', (row) => row['AUFNR'] === order)).toEqual([]);
  });

  it('checks only in a test run', async () => {
    const client = await openClient(sap);
    const order = await createOrder(client, { release: true });

    const result = await client.call('BAPI_ALM_CONF_CREATE', {
      TESTRUN: 'X',
      TIMETICKETS: [ticket(order, '0010')],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toMatchObject({ TYPE: '' });
    expect(sap.select('AFRU', (row) => row['AUFNR'] === order)).toEqual([]);
  });
});
