import { describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import { activeStatusesOf, createOrderSap, ordersWithStatuses } from './order-fixture.ts';

const sap = createOrderSap();

function sum(values: readonly (string | undefined)[]): number {
  return values.reduce((total, value) => total + Number(value ?? '0'), 0);
}

describe('the seeded service orders', () => {
  it('include orders in every status', () => {
    const combinations = [
      ['I0001'],
      ['I0002'],
      ['I0002', 'I0010'],
      ['I0002', 'I0009'],
      ['I0009', 'I0045'],
      ['I0009', 'I0046'],
    ];
    for (const statuses of combinations) {
      expect(ordersWithStatuses(sap, statuses).length, statuses.join(' ')).toBeGreaterThan(0);
    }
    expect(sap.select('AUFK').length).toBeGreaterThanOrEqual(50);
  });

  it('link each order to its notification both ways, with ORAS on the notification', () => {
    const linked = sap.select('AFIH', (row) => row['QMNUM'] !== '');
    expect(linked.length).toBeGreaterThan(20);
    for (const order of linked) {
      const notification = sap.select('QMEL', (row) => row['QMNUM'] === order['QMNUM'])[0];
      expect(notification?.['AUFNR']).toBe(order['AUFNR']);
      expect(activeStatusesOf(sap, notification?.['OBJNR'] ?? '')).toContain('I0071');
    }
  });

  it('withdraw exactly what their goods issues posted and add up their confirmations', () => {
    for (const item of sap.select('RESB')) {
      const issued = sap.select(
        'MSEG',
        (row) => row['RSNUM'] === item['RSNUM'] && row['RSPOS'] === item['RSPOS'],
      );
      expect(Number(item['ENMNG'])).toBe(sum(issued.map((row) => row['MENGE'])));
    }
    for (const operation of sap.select('AFVC')) {
      const values = sap.select('AFVV', (row) => row['AUFPL'] === operation['AUFPL']);
      const actual = values.find((row) => row['APLZL'] === operation['APLZL'])?.['ISMNW'];
      const confirmed = sap.select('AFRU', (row) => row['RUECK'] === operation['RUECK']);
      expect(Number(actual)).toBeCloseTo(sum(confirmed.map((row) => row['ISMNW'])), 5);
    }
  });

  it('continue the number ranges after the seeded numbers', async () => {
    const client = await openClient(sap);
    const highest = sap.select('AUFK').at(-1)?.['AUFNR'] ?? '';
    const level = sap.select('NRIV', (row) => row['OBJECT'] === 'AUFTRAG')[0]?.['NRLEVEL'];
    const documents = sap.select('MKPF').map((row) => Number(row['MBLNR']));
    const documentLevel = sap.select('NRIV', (row) => row['OBJECT'] === 'MATBELEG')[0];

    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: highest });

    expect(level).toBe(highest);
    expect(Number(documentLevel?.['NRLEVEL'])).toBe(Math.max(...documents));
    expect(detail['ES_HEADER']).toMatchObject({ ORDERID: highest, OBJECT_NO: `OR${highest}` });
  });
});
