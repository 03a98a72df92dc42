import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, errorsOf, openClient, validHeader } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

type Row = Record<string, unknown>;

describe('RETURN messages of the notification BAPIs', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createTestSap();
    client = await openClient(sap);
  });

  async function create(parameters: Row): Promise<Row[]> {
    const result = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
      ...parameters,
    });
    return errorsOf(result);
  }

  it('accepts a complete, valid notification with an empty RETURN', async () => {
    const errors = await create({
      NOTIFPARTNR: [{ PARTN_ROLE: 'AG', PARTNER: '0000100002' }],
      NOTITEM: [{ ITEM_SORT_NO: '0001', DESCRIPT: 'Seal', D_CODEGRP: 'CS-COFFE', D_CODE: '0020' }],
      LONGTEXTS: [{ OBJTYPE: 'QMEL', TEXT_LINE: 'It leaks.' }],
    });

    expect(errors).toEqual([]);
  });

  it('says when the notification does not exist', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: '000099999999' });

    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        ID: 'IM',
        MESSAGE: 'Notification 99999999 does not exist',
        MESSAGE_V1: '99999999',
        PARAMETER: 'NUMBER',
        SYSTEM: 'MCKCLNT100',
      }),
    ]);
    expect(result['NOTIFHEADER_EXPORT']).toMatchObject({ NOTIF_NO: '', NOTIF_DATE: '00000000' });
    expect(result['NOTITEM']).toEqual([]);
  });

  it('treats a notification number without leading zeros as not existing', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: '10000001' });

    expect(errorsOf(result)[0]?.['MESSAGE']).toBe('Notification 10000001 does not exist');
  });

  it('says when the notification type is not defined', async () => {
    const errors = await create({ NOTIF_TYPE: 'Z9' });

    expect(errors).toEqual([
      expect.objectContaining({ ID: 'IM', MESSAGE: 'Notification type Z9 is not defined' }),
    ]);
  });

  it('says when the sold-to customer does not exist, also for an unpadded number', async () => {
    const errors = await create({ NOTIFPARTNR: [{ PARTN_ROLE: 'AG', PARTNER: '100001' }] });

    expect(errors).toEqual([
      expect.objectContaining({
        ID: 'IX',
        MESSAGE: 'Customer 100001 does not exist (partner function AG)',
        PARAMETER: 'NOTIFPARTNR',
        ROW: 1,
        FIELD: 'PARTNER',
      }),
    ]);
  });

  it('says when the equipment does not exist, also for an unpadded number', async () => {
    const errors = await create({ NOTIFHEADER: { ...validHeader, EQUIPMENT: '10000001' } });

    expect(errors).toEqual([
      expect.objectContaining({ ID: 'IE', MESSAGE: 'Equipment 10000001 does not exist' }),
    ]);
  });

  it('says when material and serial number identify no equipment', async () => {
    const header = { SHORT_TEXT: 'Noise', MATERIAL: 'ESP-3000', SERIALNO: 'SN-9999' };
    const errors = await create({ NOTIFHEADER: header });

    expect(errors).toEqual([
      expect.objectContaining({
        ID: 'IS',
        MESSAGE: 'Serial number SN-9999 does not exist for material ESP-3000',
        FIELD: 'SERIALNO',
      }),
    ]);
  });

  it('fills the equipment from material and serial number', async () => {
    const header = { SHORT_TEXT: 'Noise', MATERIAL: 'ESP-3000', SERIALNO: 'SN-0002' };
    const result = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: header,
    });

    expect(result['NOTIFHEADER_EXPORT']).toMatchObject({
      EQUIPMENT: '000000000010000002',
      PLANPLANT: '2000',
      CUST_NO: '',
    });
  });

  it('takes the customer from the equipment when no sold-to partner is given', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });

    expect(result['NOTIFHEADER_EXPORT']).toMatchObject({ CUST_NO: '0000100001' });
  });

  it('names the field whose value is too long', async () => {
    const errors = await create({ NOTIFHEADER: { ...validHeader, SHORT_TEXT: 'x'.repeat(41) } });

    expect(errors).toEqual([
      expect.objectContaining({
        ID: 'IM',
        MESSAGE: 'Value in field SHORT_TEXT is longer than 40 characters',
        PARAMETER: 'NOTIFHEADER',
        FIELD: 'SHORT_TEXT',
      }),
    ]);
  });

  it('refuses a customer reference longer than the 20 characters QMEL-BSTNK holds', async () => {
    const errors = await create({ NOTIFHEADER: { ...validHeader, PURCH_NO_C: 'R'.repeat(21) } });

    expect(errors[0]).toMatchObject({ FIELD: 'PURCH_NO_C', MESSAGE_V2: '20' });
  });

  it('names the row of a long-text line that is too long', async () => {
    const errors = await create({
      LONGTEXTS: [
        { OBJTYPE: 'QMEL', TEXT_LINE: 'fine' },
        { OBJTYPE: 'QMEL', TEXT_LINE: 'y'.repeat(133) },
      ],
    });

    expect(errors).toEqual([
      expect.objectContaining({ PARAMETER: 'LONGTEXTS', ROW: 2, FIELD: 'TEXT_LINE' }),
    ]);
  });

  it('says when the priority is not defined for the priority type', async () => {
    const errors = await create({ NOTIFHEADER: { ...validHeader, PRIORITY: '7' } });

    expect(errors).toEqual([
      expect.objectContaining({
        ID: 'IM',
        MESSAGE: 'Priority 7 is not defined for priority type SM',
      }),
    ]);
  });

  it('says when code group or code are not in the catalogue', async () => {
    const errors = await create({
      NOTITEM: [
        { ITEM_SORT_NO: '1', DESCRIPT: 'a', D_CODEGRP: 'CS-COFFE', D_CODE: '0099' },
        { ITEM_SORT_NO: '2', DESCRIPT: 'b', D_CODEGRP: 'NOGROUP' },
      ],
    });

    expect(errors).toEqual([
      expect.objectContaining({
        MESSAGE: 'Code group CS-COFFE code 0099 not in catalog C',
        ROW: 1,
      }),
      expect.objectContaining({ MESSAGE_V1: 'NOGROUP', ROW: 2, FIELD: 'D_CODEGRP' }),
    ]);
  });

  it('says when an item has no sort number', async () => {
    const errors = await create({ NOTITEM: [{ DESCRIPT: 'No sort number' }] });

    expect(errors).toEqual([
      expect.objectContaining({ ID: 'IM', MESSAGE: 'Enter a sort number for item 1' }),
    ]);
  });

  it('says when an item long text refers to no item', async () => {
    const errors = await create({
      NOTITEM: [{ ITEM_SORT_NO: '1', DESCRIPT: 'Seal' }],
      LONGTEXTS: [{ OBJTYPE: 'QMFE', OBJKEY: '2', TEXT_LINE: 'Orphan' }],
    });

    expect(errors).toEqual([expect.objectContaining({ FIELD: 'OBJKEY', MESSAGE_V1: '2' })]);
  });

  it('says that a completed notification cannot be changed', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: '000010000004',
      NOTIFHEADER: { SHORT_TEXT: 'New text' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X' },
    });
    const add = await client.call('BAPI_ALM_NOTIF_DATA_ADD', {
      NUMBER: '000010000004',
      NOTFULLTXT: [{ OBJTYPE: 'QMEL', TEXT_LINE: 'More' }],
    });

    const expected = {
      ID: 'IM',
      MESSAGE: 'Notification 10000004 is completed; changes not possible',
    };
    expect(errorsOf(result)).toEqual([expect.objectContaining(expected)]);
    expect(errorsOf(add)).toEqual([expect.objectContaining(expected)]);
  });

  it('reports every error of a call and buffers nothing', async () => {
    const errors = await create({
      NOTIF_TYPE: 'Z9',
      NOTIFHEADER: { ...validHeader, EQUIPMENT: '000000000099999999', SHORT_TEXT: 'x'.repeat(50) },
      NOTIFPARTNR: [{ PARTN_ROLE: 'AG', PARTNER: '0000999999' }],
    });
    const next = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });

    expect(errors.map((error) => error['ID'])).toEqual(['IM', 'IM', 'IE', 'IX']);
    expect((next['NOTIFHEADER_EXPORT'] as Row)['NOTIF_NO']).toBe('%00000000001');
  });

  it('refuses causes, activities and tasks, which the mock does not store', async () => {
    const errors = await create({ NOTIFTASK: [{ TASK_SORT_NO: '1', TASK_TEXT: 'Call back' }] });

    expect(errors).toEqual([
      expect.objectContaining({
        ID: 'ZMOCK',
        MESSAGE: 'The mock SAP does not process NOTIFTASK in BAPI_ALM_NOTIF_CREATE',
      }),
    ]);
  });
});
