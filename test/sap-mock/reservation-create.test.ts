import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import { createOrderSap, messageCodes, seededOrder } from './order-fixture.ts';
import { committedStock } from './stock-view.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const part = '000000000000200001';

function reservation(overrides: {
  header?: Record<string, string>;
  items?: Record<string, string>[];
  scalars?: Record<string, string>;
}) {
  return {
    RESERVATIONHEADER: {
      RES_DATE: '20261205',
      MOVE_TYPE: '201',
      COSTCENTER: '4711',
      ...overrides.header,
    },
    RESERVATIONITEMS: overrides.items ?? [
      { MATERIAL: part, PLANT: '1000', STGE_LOC: '0001', ENTRY_QNT: '4', ENTRY_UOM: 'ST' },
    ],
    ...overrides.scalars,
  };
}

function resbLevel(sap: MockSap): string {
  return sap.select('NRIV', (row) => row['OBJECT'] === 'RESB')[0]?.['NRLEVEL'] ?? '';
}

describe('BAPI_RESERVATION_CREATE1', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createOrderSap();
    for (const [location, stock] of [
      ['0001', '10.000'],
      ['0002', '0.000'],
      ['0003', '0.000'],
    ] as const) {
      sap.upsert('MARD', { MATNR: part, WERKS: '1000', LGORT: location, LABST: stock });
    }
    client = await openClient(sap);
  });

  it('creates a cost-center reservation that counts as open reserved after the commit', async () => {
    const before = committedStock(sap, part, '1000');
    const expectedNumber = String(Number(resbLevel(sap)) + 1).padStart(10, '0');

    const result = await client.call('BAPI_RESERVATION_CREATE1', reservation({}));
    const beforeCommit = sap.select('RESB', (row) => row['RSNUM'] === expectedNumber);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOfReturn(result)).toEqual([]);
    expect(result['RESERVATION']).toBe(expectedNumber);
    expect(beforeCommit).toEqual([]);
    expect(sap.select('RESB', (row) => row['RSNUM'] === expectedNumber)).toEqual([
      expect.objectContaining({
        RSPOS: '0001',
        RSART: '',
        MATNR: part,
        WERKS: '1000',
        LGORT: '0001',
        BDTER: '20261205',
        BDMNG: '4.000',
        MEINS: 'ST',
        ENMNG: '0.000',
        AUFNR: '',
        BWART: '201',
        KOSTL: '0000004711',
        XWAOK: 'X',
        KZEAR: '',
        XLOEK: '',
      }),
    ]);
    expect(committedStock(sap, part, '1000').openReserved).toBe(before.openReserved + 4);
  });

  it('numbers several items and takes the base unit and the header date where they are blank', async () => {
    const items = [
      { MATERIAL: part, PLANT: '1000', ENTRY_QNT: '1' },
      { MATERIAL: '200002', PLANT: '1000', ENTRY_QNT: '2', REQ_DATE: '20261210', MOVEMENT: 'X' },
    ];

    const result = await client.call('BAPI_RESERVATION_CREATE1', reservation({ items }));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const rows = sap.select('RESB', (row) => row['RSNUM'] === result['RESERVATION']);
    expect(rows.map((row) => [row['RSPOS'], row['MATNR'], row['BDTER'], row['MEINS']])).toEqual([
      ['0001', part, '20261205', 'ST'],
      ['0002', '000000000000200002', '20261210', 'ST'],
    ]);
  });

  it('reserves for a released order with movement type 261', async () => {
    const order = seededOrder(sap, ['I0002']);

    const result = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ header: { MOVE_TYPE: '261', COSTCENTER: '', ORDERID: order } }),
    );
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOfReturn(result)).toEqual([]);
    expect(sap.select('RESB', (row) => row['RSNUM'] === result['RESERVATION'])).toEqual([
      expect.objectContaining({ AUFNR: order, BWART: '261', KOSTL: '', XWAOK: 'X' }),
    ]);
  });

  it('refuses movement type 201 without a cost center and draws no number', async () => {
    const level = resbLevel(sap);

    const result = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ header: { COSTCENTER: '' } }),
    );

    expect(messageCodes(result)).toEqual(['E 00 055']);
    expect(result['RETURN']).toEqual([expect.objectContaining({ FIELD: 'COSTCENTER' })]);
    expect(result['RESERVATION']).toBe('0000000000');
    expect(resbLevel(sap)).toBe(level);
  });

  it('refuses an order that is closed, an unknown order and an unsupported movement type', async () => {
    const closed = seededOrder(sap, ['I0009', 'I0046']);
    const call = (header: Record<string, string>) =>
      client.call('BAPI_RESERVATION_CREATE1', reservation({ header }));

    const closedResult = await call({ MOVE_TYPE: '261', ORDERID: closed });
    const unknownResult = await call({ MOVE_TYPE: '261', ORDERID: '999999999999' });
    const transferResult = await call({ MOVE_TYPE: '311' });

    expect(messageCodes(closedResult)).toEqual(['E IW 162']);
    expect(messageCodes(unknownResult)).toEqual(['E IW 013']);
    expect(messageCodes(transferResult)).toEqual(['E ZMOCK 001']);
  });

  it('refuses an unknown material with M3 305 and a material outside the plant with M7 001', async () => {
    const result = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({
        items: [
          { MATERIAL: 'NO-SUCH-PART', PLANT: '1000', ENTRY_QNT: '1' },
          { MATERIAL: part, PLANT: '9999', ENTRY_QNT: '1' },
        ],
      }),
    );

    expect(messageCodes(result)).toEqual(['E M3 305', 'E M7 001']);
    expect(result['RETURN']).toEqual([
      expect.objectContaining({ MESSAGE_V1: 'NO-SUCH-PART', ROW: 1, FIELD: 'MATERIAL' }),
      expect.objectContaining({ MESSAGE_V1: '200001', MESSAGE_V2: '9999', ROW: 2 }),
    ]);
  });

  it('refuses a quantity of zero, a unit other than the base unit and a missing date', async () => {
    const result = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({
        header: { RES_DATE: '00000000' },
        items: [
          { MATERIAL: part, PLANT: '1000', ENTRY_QNT: '0', REQ_DATE: '20261205' },
          { MATERIAL: part, PLANT: '1000', ENTRY_QNT: '1', ENTRY_UOM: 'KG', REQ_DATE: '20261205' },
          { MATERIAL: part, PLANT: '1000', ENTRY_QNT: '1' },
        ],
      }),
    );

    expect(messageCodes(result)).toEqual(['E 00 055', 'E M3 351', 'E 00 055']);
    const fields = (result['RETURN'] as Record<string, unknown>[]).map((row) => row['FIELD']);
    expect(fields).toEqual(['ENTRY_QNT', 'ENTRY_UOM', 'REQ_DATE']);
  });

  it('with ATPCHECK refuses more than the available stock, counting the earlier items of the call', async () => {
    const available = committedStock(sap, part, '1000').atp;
    const item = { MATERIAL: part, PLANT: '1000', ENTRY_QNT: String(available) };

    const exact = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ items: [item], scalars: { ATPCHECK: 'X', TESTRUN: 'X' } }),
    );
    const tooMuch = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ items: [item, { ...item, ENTRY_QNT: '1' }], scalars: { ATPCHECK: 'X' } }),
    );
    const unchecked = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ items: [{ ...item, ENTRY_QNT: String(available + 1) }], scalars: {} }),
    );

    expect(available).toBeGreaterThan(0);
    expect(messageCodes(exact)).toEqual([]);
    expect(messageCodes(tooMuch)).toEqual(['E M7 065']);
    expect(tooMuch['RETURN']).toEqual([
      expect.objectContaining({ MESSAGE_V1: '0', MESSAGE_V3: '200001', ROW: 2 }),
    ]);
    expect(messageCodes(unchecked)).toEqual([]);
  });

  it('checks only in a test run: no number is drawn and nothing is buffered', async () => {
    const level = resbLevel(sap);
    const reserved = committedStock(sap, part, '1000').openReserved;

    const result = await client.call(
      'BAPI_RESERVATION_CREATE1',
      reservation({ scalars: { TESTRUN: 'X' } }),
    );
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toEqual([]);
    expect(result['RESERVATION']).toBe('0000000000');
    expect(resbLevel(sap)).toBe(level);
    expect(committedStock(sap, part, '1000').openReserved).toBe(reserved);
  });

  it('writes nothing without a commit: a rollback or closing the connection discards it', async () => {
    const rolledBack = await client.call('BAPI_RESERVATION_CREATE1', reservation({}));
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    const closedUnsaved = await client.call('BAPI_RESERVATION_CREATE1', reservation({}));
    await client.close();

    for (const result of [rolledBack, closedUnsaved]) {
      expect(result['RESERVATION']).not.toBe('0000000000');
      expect(sap.select('RESB', (row) => row['RSNUM'] === result['RESERVATION'])).toEqual([]);
    }
  });
});

function errorsOfReturn(result: Record<string, unknown>): string[] {
  return messageCodes(result).filter((code) => code.startsWith('E') || code.startsWith('A'));
}
