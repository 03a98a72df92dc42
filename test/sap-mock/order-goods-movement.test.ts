import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import {
  createOrderSap,
  messageCodes,
  method,
  newHeader,
  save,
  seededOrder,
} from './order-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const part = '000000000000200001';

function stock(sap: MockSap, storageLocation = '0001'): number {
  const row = sap.select(
    'MARD',
    (mard) =>
      mard['MATNR'] === part && mard['WERKS'] === '1000' && mard['LGORT'] === storageLocation,
  )[0];
  return Number(row?.['LABST'] ?? '0');
}

// A released order with one operation and a reservation item of 2 pieces of the part.
async function releasedOrderWithPart(client: MockRfcClient): Promise<string> {
  const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [
      method('HEADER', 'CREATE', '%00000000001'),
      method('OPERATION', 'CREATE', '%00000000001'),
      method('COMPONENT', 'CREATE', '%000000000010010'),
      method('HEADER', 'RELEASE', '%00000000001'),
      save,
    ],
    IT_HEADER: [newHeader],
    IT_OPERATION: [{ DESCRIPTION: 'Replace burrs' }],
    IT_COMPONENT: [{ MATERIAL: part, PLANT: '1000', STGE_LOC: '0001', REQUIREMENT_QUANTITY: '2' }],
  });
  await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  return (result['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';
}

function issue(order: string, quantity: string, extra: Record<string, string> = {}) {
  return {
    GOODSMVT_HEADER: { PSTNG_DATE: '20261201', HEADER_TXT: 'Parts for order' },
    GOODSMVT_CODE: { GM_CODE: '03' },
    GOODSMVT_ITEM: [
      {
        MATERIAL: part,
        PLANT: '1000',
        STGE_LOC: '0001',
        MOVE_TYPE: '261',
        ENTRY_QNT: quantity,
        ENTRY_UOM: 'ST',
        ORDERID: order,
        ...extra,
      },
    ],
  };
}

describe('BAPI_GOODSMVT_CREATE', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
    sap.upsert('MARD', { MATNR: part, WERKS: '1000', LGORT: '0001', LABST: '10.000' });
  });

  it('issues parts to an order: lowers MARD, raises RESB-ENMNG and writes one material document', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);
    const level = sap.select('NRIV', (row) => row['OBJECT'] === 'MATBELEG')[0]?.['NRLEVEL'];

    const result = await client.call('BAPI_GOODSMVT_CREATE', issue(order, '2'));
    const stockBeforeCommit = stock(sap);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    const document = String(Number(level) + 1);
    expect(result['RETURN']).toEqual([]);
    expect(result['MATERIALDOCUMENT']).toBe(document);
    expect(result['GOODSMVT_HEADRET']).toEqual({ MAT_DOC: document, DOC_YEAR: '2026' });
    expect(stockBeforeCommit).toBe(10);
    expect(stock(sap)).toBe(8);
    expect(detail['ET_COMPONENTS']).toEqual([
      expect.objectContaining({ MATERIAL: part, WITHDRAWN_QUANTITY: '2.000' }),
    ]);
    expect(sap.select('MKPF', (row) => row['MBLNR'] === document)).toEqual([
      expect.objectContaining({ MJAHR: '2026', BUDAT: '20261201', BKTXT: 'Parts for order' }),
    ]);
    const reservation = sap.select('RESB', (row) => row['AUFNR'] === order)[0] ?? {};
    expect(sap.select('MSEG', (row) => row['MBLNR'] === document)).toEqual([
      {
        MBLNR: document,
        MJAHR: '2026',
        ZEILE: '0001',
        BWART: '261',
        MATNR: part,
        WERKS: '1000',
        LGORT: '0001',
        MENGE: '2.000',
        MEINS: 'ST',
        SHKZG: 'H',
        AUFNR: order,
        RSNUM: reservation['RSNUM'],
        RSPOS: '0001',
        BUDAT: '20261201',
      },
    ]);
  });

  it('gives the stock back with movement type 262', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);

    await client.call('BAPI_GOODSMVT_CREATE', issue(order, '2'));
    const reversal = await client.call(
      'BAPI_GOODSMVT_CREATE',
      issue(order, '1', { MOVE_TYPE: '262' }),
    );
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(reversal['RETURN']).toEqual([]);
    expect(stock(sap)).toBe(9);
    expect(sap.select('RESB', (row) => row['AUFNR'] === order)[0]?.['ENMNG']).toBe('1.000');
  });

  it('refuses an issue beyond the unrestricted stock with M7 021 and changes nothing', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);
    const documents = sap.select('MKPF').length;

    const result = await client.call('BAPI_GOODSMVT_CREATE', issue(order, '12'));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toEqual([
      expect.objectContaining({
        TYPE: 'E',
        ID: 'M7',
        NUMBER: '021',
        MESSAGE_V1: '2',
        MESSAGE_V2: '200001', // in its external form, as MESSAGE … WITH shows it
        MESSAGE_V3: '1000',
        MESSAGE_V4: '0001',
      }),
    ]);
    expect(result['MATERIALDOCUMENT']).toBe('');
    expect(stock(sap)).toBe(10);
    expect(sap.select('MKPF')).toHaveLength(documents);
    expect(sap.select('RESB', (row) => row['AUFNR'] === order)[0]?.['ENMNG']).toBe('0.000');
  });

  it('refuses a material the plant does not know with M7 001', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);

    const result = await client.call(
      'BAPI_GOODSMVT_CREATE',
      issue(order, '1', { MATERIAL: 'NONE' }),
    );

    expect(messageCodes(result)).toEqual(['E M7 001']);
  });

  it('refuses an entry unit other than the base unit with M3 351 and posts nothing', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);

    const result = await client.call(
      'BAPI_GOODSMVT_CREATE',
      issue(order, '1', { ENTRY_UOM: 'KG' }),
    );
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result)).toEqual(['E M3 351']);
    expect(stock(sap)).toBe(10);
  });

  it('posts in the base unit when the caller gives no entry unit', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);

    const result = await client.call('BAPI_GOODSMVT_CREATE', issue(order, '1', { ENTRY_UOM: '' }));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result).filter((code) => code.startsWith('E'))).toEqual([]);
    const document = String(result['MATERIALDOCUMENT']);
    expect(sap.select('MSEG', (row) => row['MBLNR'] === document)).toMatchObject([
      { MATNR: part, MENGE: '1.000', MEINS: 'ST' },
    ]);
    expect(stock(sap)).toBe(9);
  });

  it.each([
    ['not released', ['I0001'], 'E RU 131'],
    ['closed', ['I0009', 'I0046'], 'E RU 132'],
  ])('refuses an issue to an order that is %s', async (_state, stats, code) => {
    const client = await openClient(sap);
    const order = seededOrder(sap, stats);

    const result = await client.call('BAPI_GOODSMVT_CREATE', issue(order, '1'));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result)).toEqual([code]);
    expect(stock(sap)).toBe(10);
  });

  it('needs a posting date', async () => {
    const client = await openClient(sap);
    const order = await releasedOrderWithPart(client);

    const result = await client.call('BAPI_GOODSMVT_CREATE', {
      ...issue(order, '1'),
      GOODSMVT_HEADER: { PSTNG_DATE: '00000000' },
    });

    expect(result['RETURN']).toEqual([
      expect.objectContaining({ TYPE: 'E', PARAMETER: 'GOODSMVT_HEADER', FIELD: 'PSTNG_DATE' }),
    ]);
  });
});
