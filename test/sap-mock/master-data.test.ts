import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, errorsOf, openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient } from '../../src/sap-mock/index.ts';

type Row = Record<string, unknown>;

describe('master data and list BAPIs', () => {
  let client: MockRfcClient;

  beforeEach(async () => {
    client = await openClient(createTestSap());
  });

  it('reads an equipment with BAPI_EQUI_GETDETAIL, without any customer', async () => {
    const result = await client.call('BAPI_EQUI_GETDETAIL', { EQUIPMENT: '000000000010000001' });

    expect(result['DATA_GENERAL_EXP']).toMatchObject({
      DESCRIPT: 'Espresso machine, counter 1',
      MANFACTURE: 'Brewtec',
      MANMODEL: 'ESP-3000',
      CONSTYEAR: '2021',
      START_FROM: '20210401',
      PLANPLANT: '1000',
      MAINTPLANT: '1000',
      MAINTLOC: 'HH-CAFE',
      READ_OBJNR: 'IE000000000010000001',
      ACQUISVAL: '0.00',
    });
    expect(result['DATA_SPECIFIC_EXP']).toMatchObject({
      MATERIAL: 'ESP-3000',
      SERIALNO: 'SN-0001',
      EQUICATGRY: 'S',
    });
    expect(JSON.stringify(result)).not.toContain('0000100001');
    expect(result['RETURN']).toMatchObject({ TYPE: '', MESSAGE: '' });
  });

  it('answers an unknown equipment with an error in the RETURN structure', async () => {
    const result = await client.call('BAPI_EQUI_GETDETAIL', { EQUIPMENT: '10000001' });

    expect(result['RETURN']).toMatchObject({ TYPE: 'E', ID: 'IE', MESSAGE_V1: '10000001' });
    expect(result['DATA_GENERAL_EXP']).toMatchObject({ DESCRIPT: '', START_FROM: '00000000' });
  });

  it('reads a customer with BAPI_CUSTOMER_GETDETAIL2', async () => {
    const result = await client.call('BAPI_CUSTOMER_GETDETAIL2', { CUSTOMERNO: '0000100001' });

    expect(result['CUSTOMERADDRESS']).toMatchObject({
      CUSTOMER: '0000100001',
      NAME: 'Kaffeehaus Müller GmbH',
      STREET: 'Hafenstraße 1',
      POSTL_COD1: '20457',
      CITY: 'Hamburg',
      COUNTRY: 'DE',
      COUNTRYISO: 'DE',
      LANGU_P: 'D',
      LANGU_ISO: 'DE',
      E_MAIL: 'service@kaffeehaus-mueller.example',
    });
    expect(result['CUSTOMERGENERALDETAIL']).toMatchObject({ ACCNT_GRP: '0001' });
    expect(Object.keys(result['RETURN'] as Row)).not.toContain('PARAMETER');
  });

  it('answers an unknown or unpadded customer with a BAPIRET1 error', async () => {
    const result = await client.call('BAPI_CUSTOMER_GETDETAIL2', { CUSTOMERNO: '100001' });

    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ ID: 'F2', MESSAGE: 'Customer 100001 has not been created' }),
    ]);
  });

  it('lists the notifications of an equipment by status flags', async () => {
    const all = await client.call('BAPI_ALM_NOTIF_LIST_EQUI', { EQUIPMENT: '000000000010000001' });
    const open = await client.call('BAPI_ALM_NOTIF_LIST_EQUI', {
      EQUIPMENT: '000000000010000001',
      IN_PROCESS: '',
      COMPLETE: '',
    });

    expect(
      (all['NOTIFICATION'] as Row[]).map((row) => [row['NOTIFICAT'], row['S_STATUS']]),
    ).toEqual([
      ['000010000001', 'OSNO'],
      ['000010000002', 'NOPR'],
      ['000010000004', 'NOCO'],
    ]);
    expect((open['NOTIFICATION'] as Row[]).map((row) => row['NOTIFICAT'])).toEqual([
      '000010000001',
    ]);
    expect(all['RETURN']).toEqual({
      TYPE: '',
      CODE: '',
      MESSAGE: '',
      LOG_NO: '',
      LOG_MSG_NO: '000000',
      MESSAGE_V1: '',
      MESSAGE_V2: '',
      MESSAGE_V3: '',
      MESSAGE_V4: '',
    });
  });

  it('answers an unknown equipment in the list with an old-style BAPIRETURN', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_LIST_EQUI', {
      EQUIPMENT: '000000000099999999',
    });

    expect(result['RETURN']).toMatchObject({ TYPE: 'E', CODE: 'IE115' });
    expect(result['NOTIFICATION']).toEqual([]);
  });
});
