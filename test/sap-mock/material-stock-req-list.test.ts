import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, reservePart, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

/** The MD04 columns the tests compare. */
function elements(result: Record<string, unknown>) {
  return rowsOf(result, 'MRP_ITEMS').map((row) => ({
    date: row['AVAIL_DATE'],
    element: row['MRP_ELEMENT_IND'],
    number: row['MRP_NO'],
    item: row['MRP_POS'],
    quantity: row['REC_REQD_QTY'],
    available: row['AVAIL_QTY1'],
  }));
}

describe('BAPI_MATERIAL_STOCK_REQ_LIST', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createMaterialSap();
    client = await openClient(sap);
  });

  function list(extra: Record<string, unknown> = {}) {
    return client.call('BAPI_MATERIAL_STOCK_REQ_LIST', { MATERIAL: part, PLANT: '1000', ...extra });
  }

  it('answers the MRP list header and the control parameters from the material master', async () => {
    const result = await list();

    expect(structureOf(result, 'MRP_LIST')).toMatchObject({
      MATERIAL: part,
      PLANT: '1000',
      MRP_DATE: '20260305',
      MATL_TYPE: 'ERSA',
      BASE_UOM: 'ST',
      MRP_TYPE: 'VB',
      PROC_TYPE: 'F',
      PUR_GROUP: '001',
      LOTSIZEKEY: 'FX',
      PLNT_STOCK: '42.000',
    });
    expect(structureOf(result, 'MRP_CONTROL_PARAM')).toMatchObject({
      REORDER_PT: '20.000',
      SAFETY_STK: '5.000',
      FIXED_LOT: '50.000',
    });
    expect(structureOf(result, 'MRP_STOCK_DETAIL')).toEqual({
      UNRESTRICTED_STCK: '42.000',
      RESERVATIONS: '0.000',
    });
    expect(structureOf(result, 'RETURN')['TYPE']).toBe('');
  });

  it('lists stock, safety stock and live requisitions by date with the running quantity', async () => {
    const result = await list();

    // Deleted (00020) and closed (00030) requisition items do not count.
    expect(elements(result)).toEqual([
      {
        date: '20260305',
        element: 'WB',
        number: '',
        item: '000000',
        quantity: '42.000',
        available: '42.000',
      },
      {
        date: '20260305',
        element: 'SH',
        number: '',
        item: '000000',
        quantity: '-5.000',
        available: '37.000',
      },
      {
        date: '20260312',
        element: 'BA',
        number: '0010000002',
        item: '000010',
        quantity: '15.000',
        available: '52.000',
      },
      {
        date: '20260312',
        element: 'BE',
        number: '0010000002',
        item: '000010',
        quantity: '5.000',
        available: '57.000',
      },
      {
        date: '20260320',
        element: 'BA',
        number: '0010000001',
        item: '000010',
        quantity: '10.000',
        available: '67.000',
      },
    ]);
    expect(rowsOf(result, 'MRP_ITEMS')[2]).toMatchObject({ PROC_TYPE: 'F', ORDER_TYPE: 'NB' });
  });

  it('lists open order reservations (AR) and other reservations (MR) as requirements', async () => {
    reservePart(sap, {
      RSNUM: '0000000101',
      BDMNG: '6',
      ENMNG: '2',
      BDTER: '20260308',
      AUFNR: '4000001',
    });
    reservePart(sap, {
      RSNUM: '0000000102',
      BDMNG: '3',
      BDTER: '20260310',
      BWART: '201',
      KOSTL: '4711',
    });
    reservePart(sap, {
      RSNUM: '0000000103',
      BDMNG: '9',
      BDTER: '20260309',
      AUFNR: '4000002',
      XLOEK: 'X',
    });
    reservePart(sap, {
      RSNUM: '0000000104',
      BDMNG: '9',
      ENMNG: '9',
      BDTER: '20260309',
      AUFNR: '4000003',
      KZEAR: 'X',
    });

    const result = await list();

    const requirements = elements(result).filter((row) =>
      ['AR', 'MR'].includes(String(row.element)),
    );
    expect(requirements).toEqual([
      {
        date: '20260308',
        element: 'AR',
        number: '4000001',
        item: '000001',
        quantity: '-4.000',
        available: '33.000',
      },
      {
        date: '20260310',
        element: 'MR',
        number: '0000000102',
        item: '000001',
        quantity: '-3.000',
        available: '30.000',
      },
    ]);
    expect(structureOf(result, 'MRP_STOCK_DETAIL')['RESERVATIONS']).toBe('7.000');
  });

  it('shows the session its own requisitions before the commit', async () => {
    await client.call('BAPI_PR_CREATE', {
      PRITEM: [
        {
          PREQ_ITEM: '00010',
          MATERIAL: part,
          PLANT: '1000',
          QUANTITY: '7',
          DELIV_DATE: '20260401',
        },
      ],
      PRITEMX: [{ PREQ_ITEM: '00010', MATERIAL: 'X', PLANT: 'X', QUANTITY: 'X', DELIV_DATE: 'X' }],
    });

    const own = await list();
    const other = await (
      await openClient(sap, 'other')
    ).call('BAPI_MATERIAL_STOCK_REQ_LIST', {
      MATERIAL: part,
      PLANT: '1000',
    });

    expect(elements(own).at(-1)).toMatchObject({
      date: '20260401',
      element: 'BA',
      number: '0010000003',
    });
    expect(elements(other).at(-1)).toMatchObject({ date: '20260320', number: '0010000001' });
  });

  it('refuses an unknown material with M3 305', async () => {
    const result = await list({ MATERIAL: 'NO-SUCH-PART' });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', ID: 'M3', NUMBER: '305' });
    expect(rowsOf(result, 'MRP_ITEMS')).toEqual([]);
  });

  it('refuses a material without plant data with M7 001', async () => {
    const result = await list({ PLANT: '2000' });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', ID: 'M7', NUMBER: '001' });
    expect(rowsOf(result, 'MRP_ITEMS')).toEqual([]);
  });
});
