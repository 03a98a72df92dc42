import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const item = { PREQ_ITEM: '00010', MATERIAL: part, PLANT: '1000', QUANTITY: '12' };
const itemFlags = { PREQ_ITEM: '00010', PREQ_ITEMX: 'X', MATERIAL: 'X', PLANT: 'X', QUANTITY: 'X' };

function requisition(overrides: Record<string, unknown> = {}) {
  return { PRITEM: [item], PRITEMX: [itemFlags], ...overrides };
}

function ebanRows(sap: MockSap, number: string): Record<string, string>[] {
  return sap.select('EBAN', (row) => row['BANFN'] === number);
}

function banfLevel(sap: MockSap): string {
  return sap.select('NRIV', (row) => row['OBJECT'] === 'BANF')[0]?.['NRLEVEL'] ?? '';
}

describe('BAPI_PR_CREATE', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createMaterialSap();
    client = await openClient(sap);
  });

  it('creates a requisition from NRIV BANF 01 with the defaults of the material master', async () => {
    const result = await client.call('BAPI_PR_CREATE', requisition());
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['NUMBER']).toBe('0010000003');
    expect(rowsOf(result, 'RETURN')).toMatchObject([
      {
        TYPE: 'S',
        ID: '06',
        NUMBER: '402',
        MESSAGE: 'Purchase requisition number 10000003 created',
      },
    ]);
    expect(ebanRows(sap, '0010000003')).toEqual([
      {
        BANFN: '0010000003',
        BNFPO: '00010',
        BSART: 'NB',
        BSTYP: 'B',
        LOEKZ: '',
        STATU: 'N',
        ESTKZ: 'R',
        EBAKZ: '',
        EKGRP: '001',
        ERNAM: 'CS_BRIDGE',
        ERDAT: '20260305',
        AFNAM: '',
        TXZ01: 'Brewing group seal',
        MATNR: part,
        WERKS: '1000',
        LGORT: '',
        BEDNR: '',
        MENGE: '12.000',
        MEINS: 'ST',
        BADAT: '20260305',
        LFDAT: '20260312',
        BSMNG: '0.000',
        CREATIONDATE: '20260305',
        CREATIONTIME: '101530',
      },
    ]);
    expect(banfLevel(sap)).toBe('0010000003');
  });

  it('takes only the PRITEM fields whose PRITEMX flag is X', async () => {
    const result = await client.call('BAPI_PR_CREATE', {
      PRITEM: [
        {
          ...item,
          PREQ_NAME: 'JDOE',
          SHORT_TEXT: 'Seal for ticket',
          STORE_LOC: '0001',
          TRACKINGNO: 'TCK-2001',
          PUR_GROUP: '002',
          DELIV_DATE: '20260401',
          PREQ_DATE: '20260306',
        },
      ],
      PRITEMX: [{ ...itemFlags, PREQ_NAME: 'X', SHORT_TEXT: 'X', STORE_LOC: 'X', TRACKINGNO: 'X' }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(ebanRows(sap, String(result['NUMBER']))[0]).toMatchObject({
      AFNAM: 'JDOE',
      TXZ01: 'Seal for ticket',
      LGORT: '0001',
      BEDNR: 'TCK-2001',
      // Not flagged: the defaults apply.
      EKGRP: '001',
      LFDAT: '20260312',
      BADAT: '20260305',
    });
    expect(rowsOf(result, 'PRITEMEXP')).toMatchObject([
      { PREQ_ITEM: '00010', SHORT_TEXT: 'Seal for ticket', QUANTITY: '12.000', PROC_STAT: 'N' },
    ]);
    expect(structureOf(result, 'PRHEADEREXP')).toMatchObject({
      PREQ_NO: '0010000003',
      PR_TYPE: 'NB',
    });
  });

  it('numbers items without PREQ_ITEM 00010, 00020 …', async () => {
    const result = await client.call('BAPI_PR_CREATE', {
      PRITEM: [
        { MATERIAL: part, PLANT: '1000', QUANTITY: '1' },
        { MATERIAL: part, PLANT: '1000', QUANTITY: '2' },
      ],
      PRITEMX: [
        { MATERIAL: 'X', PLANT: 'X', QUANTITY: 'X' },
        { MATERIAL: 'X', PLANT: 'X', QUANTITY: 'X' },
      ],
    });

    expect(rowsOf(result, 'PRITEMEXP').map((row) => [row['PREQ_ITEM'], row['QUANTITY']])).toEqual([
      ['00010', '1.000'],
      ['00020', '2.000'],
    ]);
  });

  it('writes nothing without BAPI_TRANSACTION_COMMIT but shows the session its own rows', async () => {
    const result = await client.call('BAPI_PR_CREATE', requisition());
    const own = await client.call('BAPI_PR_GETDETAIL', { NUMBER: result['NUMBER'] });

    expect(ebanRows(sap, '0010000003')).toEqual([]);
    expect(rowsOf(own, 'PRITEM')).toHaveLength(1);
  });

  it('discards the rows on rollback but keeps the drawn number used', async () => {
    await client.call('BAPI_PR_CREATE', requisition());
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const next = await client.call('BAPI_PR_CREATE', requisition());

    expect(ebanRows(sap, '0010000003')).toEqual([]);
    expect(next['NUMBER']).toBe('0010000004');
  });

  it('makes the committed requisition visible to another session', async () => {
    const result = await client.call('BAPI_PR_CREATE', requisition());
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const other = await openClient(sap, 'other');
    const read = await other.call('BAPI_PR_GETDETAIL', { NUMBER: result['NUMBER'] });

    expect(rowsOf(read, 'PRITEM')).toMatchObject([{ MATERIAL: part, QUANTITY: '12.000' }]);
  });

  it('stores header and item texts of the requisition', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({
        PRHEADERTEXT: [{ TEXT_ID: 'B01', TEXT_LINE: 'For ticket 2001' }],
        PRITEMTEXT: [{ PREQ_ITEM: '00010', TEXT_ID: 'B01', TEXT_LINE: 'Urgent' }],
      }),
    );
    const read = await client.call('BAPI_PR_GETDETAIL', {
      NUMBER: result['NUMBER'],
      ITEM_TEXT: 'X',
      HEADER_TEXT: 'X',
    });

    expect(rowsOf(read, 'PRHEADERTEXT')).toMatchObject([
      { TEXT_ID: 'B01', TEXT_LINE: 'For ticket 2001' },
    ]);
    expect(rowsOf(read, 'PRITEMTEXT')).toMatchObject([
      { PREQ_NO: '0010000003', PREQ_ITEM: '00010', TEXT_LINE: 'Urgent' },
    ]);
  });

  it('checks only on TESTRUN: no number, nothing buffered', async () => {
    const result = await client.call('BAPI_PR_CREATE', requisition({ TESTRUN: 'X' }));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['NUMBER']).toBe('');
    expect(rowsOf(result, 'RETURN')).toEqual([]);
    expect(banfLevel(sap)).toBe('0010000002');
    expect(sap.select('EBAN')).toHaveLength(4);
  });

  it('refuses a call without items', async () => {
    const result = await client.call('BAPI_PR_CREATE', { PRITEM: [] });

    expect(rowsOf(result, 'RETURN')).toMatchObject([{ TYPE: 'E', ID: '06', PARAMETER: 'PRITEM' }]);
  });

  it('refuses a document type other than NB', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({ PRHEADER: { PR_TYPE: 'ZNB' }, PRHEADERX: { PR_TYPE: 'X' } }),
    );

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', FIELD: 'PR_TYPE', MESSAGE_V1: 'ZNB' },
    ]);
  });

  it('refuses an unknown material with M3 305 and one not in the plant with M3 334', async () => {
    const result = await client.call('BAPI_PR_CREATE', {
      PRITEM: [
        { ...item, PREQ_ITEM: '00010', MATERIAL: 'NO-SUCH-PART' },
        { ...item, PREQ_ITEM: '00020', PLANT: '2000' },
      ],
      PRITEMX: [
        { ...itemFlags, PREQ_ITEM: '00010' },
        { ...itemFlags, PREQ_ITEM: '00020' },
      ],
    });

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', ID: 'M3', NUMBER: '305', ROW: 1 },
      { TYPE: 'E', ID: 'M3', NUMBER: '334', ROW: 2 },
    ]);
    expect(result['NUMBER']).toBe('');
  });

  it('refuses a quantity that is not positive, naming QUANTITY', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({ PRITEM: [{ ...item, QUANTITY: '0' }] }),
    );

    expect(rowsOf(result, 'RETURN')).toMatchObject([{ TYPE: 'E', FIELD: 'QUANTITY' }]);
  });

  it('treats an unflagged quantity as missing', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({ PRITEMX: [{ ...itemFlags, QUANTITY: '' }] }),
    );

    expect(rowsOf(result, 'RETURN')).toMatchObject([{ TYPE: 'E', FIELD: 'QUANTITY' }]);
  });

  it('refuses a unit other than the base unit', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({ PRITEM: [{ ...item, UNIT: 'KAR' }], PRITEMX: [{ ...itemFlags, UNIT: 'X' }] }),
    );

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', FIELD: 'UNIT', MESSAGE_V2: 'ST' },
    ]);
  });

  it('refuses an item without a purchasing group in the item or the plant data', async () => {
    sap.upsert('MARC', { MATNR: part, WERKS: '1000', EKGRP: '' });

    const result = await client.call('BAPI_PR_CREATE', requisition());

    expect(rowsOf(result, 'RETURN')).toMatchObject([{ TYPE: 'E', FIELD: 'PUR_GROUP' }]);
  });

  it('returns every error of every item and buffers nothing', async () => {
    const result = await client.call('BAPI_PR_CREATE', {
      PRITEM: [
        { ...item, PREQ_ITEM: '00010', QUANTITY: '-1' },
        { ...item, PREQ_ITEM: '00020', UNIT: 'KAR' },
      ],
      PRITEMX: [
        { ...itemFlags, PREQ_ITEM: '00010' },
        { ...itemFlags, PREQ_ITEM: '00020', UNIT: 'X' },
      ],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(rowsOf(result, 'RETURN').map((line) => [line['ROW'], line['FIELD']])).toEqual([
      [1, 'QUANTITY'],
      [2, 'UNIT'],
    ]);
    expect(sap.select('EBAN')).toHaveLength(4);
    expect(banfLevel(sap)).toBe('0010000002');
  });

  it('refuses values longer than their field', async () => {
    const result = await client.call(
      'BAPI_PR_CREATE',
      requisition({ PRITEM: [{ ...item, PREQ_NAME: 'A'.repeat(13) }] }),
    );

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', ID: '06', PARAMETER: 'PRITEM', ROW: 1, FIELD: 'PREQ_NAME' },
    ]);
  });
});
