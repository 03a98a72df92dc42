import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient } from '../../src/sap-mock/index.ts';

describe('BAPI_PR_GETDETAIL', () => {
  let client: MockRfcClient;

  beforeEach(async () => {
    client = await openClient(createMaterialSap());
  });

  it('answers the header and every item of a requisition', async () => {
    const result = await client.call('BAPI_PR_GETDETAIL', { NUMBER: '0010000001' });

    expect(structureOf(result, 'PRHEADER')).toMatchObject({
      PREQ_NO: '0010000001',
      PR_TYPE: 'NB',
      CREATE_IND: 'B',
    });
    expect(rowsOf(result, 'PRITEM')).toEqual([
      {
        PREQ_ITEM: '00010',
        PUR_GROUP: '001',
        PREQ_NAME: 'PLANNER',
        SHORT_TEXT: 'Brewing group seal',
        MATERIAL: part,
        PLANT: '1000',
        STORE_LOC: '0001',
        TRACKINGNO: '',
        QUANTITY: '10.000',
        UNIT: 'ST',
        PREQ_DATE: '20260301',
        DELIV_DATE: '20260320',
        CREATE_IND: 'B',
        DELETE_IND: '',
        CLOSED: '',
        PROC_STAT: 'N',
        QUANTITY_ORDERED: '0.000',
        CREATED_BY: 'MRP_BATCH',
        CREATION_DATE: '20260301',
        CREATION_TIME: '080000',
      },
    ]);
    expect(rowsOf(result, 'RETURN')).toEqual([]);
  });

  it('returns deleted and closed items with their indicators', async () => {
    const result = await client.call('BAPI_PR_GETDETAIL', { NUMBER: '0010000002' });

    expect(
      rowsOf(result, 'PRITEM').map((row) => [
        row['PREQ_ITEM'],
        row['DELETE_IND'],
        row['CLOSED'],
        row['PROC_STAT'],
        row['QUANTITY_ORDERED'],
      ]),
    ).toEqual([
      ['00010', '', '', 'B', '5.000'],
      ['00020', 'X', '', 'N', '0.000'],
      ['00030', '', 'X', 'B', '4.000'],
    ]);
  });

  it('refuses an unknown number with 06 023 and no items', async () => {
    const result = await client.call('BAPI_PR_GETDETAIL', { NUMBER: '0019999999' });

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      {
        TYPE: 'E',
        ID: '06',
        NUMBER: '023',
        MESSAGE: 'Purchase requisition 19999999 does not exist',
      },
    ]);
    expect(rowsOf(result, 'PRITEM')).toEqual([]);
    expect(structureOf(result, 'PRHEADER')['PREQ_NO']).toBe('');
  });

  it('answers texts only when they are asked for', async () => {
    const created = await client.call('BAPI_PR_CREATE', {
      PRITEM: [{ PREQ_ITEM: '00010', MATERIAL: part, PLANT: '1000', QUANTITY: '1' }],
      PRITEMX: [{ PREQ_ITEM: '00010', MATERIAL: 'X', PLANT: 'X', QUANTITY: 'X' }],
      PRHEADERTEXT: [{ TEXT_ID: 'B01', TEXT_LINE: 'Header note' }],
    });

    const result = await client.call('BAPI_PR_GETDETAIL', { NUMBER: created['NUMBER'] });

    expect(rowsOf(result, 'PRHEADERTEXT')).toEqual([]);
    expect(rowsOf(result, 'PRACCOUNT')).toEqual([]);
  });
});
