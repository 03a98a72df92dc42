import { beforeEach, describe, expect, it } from 'vitest';
import type { MockSap } from '../../src/sap-mock/index.ts';
import {
  billRequest,
  billingDocumentOf,
  createRequest,
  customer,
  openBillingClient,
  requestInput,
  returnOf,
  byNumber,
  useBillingSap,
} from './billing-fixture.ts';
import type { Line } from './billing-fixture.ts';

describe('BAPI_BILLINGDOC_CREATEMULTIPLE and BAPI_BILLINGDOC_GETDETAIL', () => {
  const system = useBillingSap();
  let sap: MockSap;

  beforeEach(() => {
    sap = system();
  });

  it('bills a debit memo request into a debit memo and answers S VF 311 and SUCCESS', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    const result = await billRequest(client, request);

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'S', ID: 'VF', NUMBER: '311', MESSAGE_V1: '90000001' }),
    ]);
    expect(result['SUCCESS']).toEqual([
      { REF_DOC: request, REF_ITEM: '000010', BILL_DOC: '0090000001', BILL_ITEM: '000010' },
    ]);
    expect(sap.select('VBRK', byNumber('0090000001'))[0]).toMatchObject({
      FKART: 'L2',
      VBTYP: 'P',
      FKDAT: '20260304',
      BUKRS: '1000',
      GJAHR: '2026',
      KUNAG: customer,
      KUNRG: customer,
      NETWR: '200.00',
      MWSBK: '38.00',
      RFBSK: 'C',
      KNUMV: '0090000001',
    });
    expect(sap.select('VBRP', byNumber('0090000001'))[0]).toMatchObject({
      FKIMG: '2.000',
      NETWR: '200.00',
      MWSBP: '38.00',
      KZWI1: '200.00',
      AUBEL: request,
      AUPOS: '000010',
      VGTYP: 'L',
      AUFNR: '000004000001',
      MWSKZ: 'A1',
    });
    expect(sap.select('KONV', (row) => row['KNUMV'] === '0090000001')).toHaveLength(2);
    expect(sap.select('VBFA', (row) => row['VBELV'] === request)).toEqual([
      expect.objectContaining({
        POSNV: '000010',
        VBELN: '0090000001',
        VBTYP_V: 'L',
        VBTYP_N: 'P',
        RFWRT: '200.00',
      }),
    ]);
  });

  it('posts the receivable, revenue and output tax and opens a customer item', async () => {
    const client = await openBillingClient(sap);
    await billRequest(client, await createRequest(client));

    const header = sap.select('BKPF', (row) => row['AWKEY'] === '0090000001')[0];
    expect(header).toMatchObject({
      BELNR: '0100000001',
      BLART: 'RV',
      BUDAT: '20260304',
      XBLNR: '90000001',
      AWTYP: 'VBRK',
    });
    const lines = sap.select('BSEG', (row) => row['BELNR'] === '0100000001');
    expect(lines.map((row) => [row['SHKZG'], row['HKONT'], row['WRBTR']])).toEqual([
      ['S', '0000140000', '238.00'],
      ['H', '0000800000', '200.00'],
      ['H', '0000175000', '38.00'],
    ]);
    expect(sap.select('BSID', byNumber('0090000001'))).toEqual([
      expect.objectContaining({
        KUNNR: customer,
        BELNR: '0100000001',
        BUZEI: '001',
        SHKZG: 'S',
        DMBTR: '238.00',
        ZTERM: 'NT30',
        ZFBDT: '20260304',
        ZUONR: '0090000001',
      }),
    ]);
  });

  it('commits the work the session had pending', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    const pending = await client.call('SD_SALESDOCUMENT_CREATE', requestInput());
    await billRequest(client, request);

    expect(sap.select('VBAK', byNumber(String(pending['SALESDOCUMENT_EX'])))).toHaveLength(1);
  });

  it('refuses a request that is already billed, with ERRORS and nothing written', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    await billRequest(client, request);
    const again = await billRequest(client, request);

    expect(returnOf(again)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'VF', NUMBER: '016' }),
    ]);
    expect(again['ERRORS']).toEqual([
      expect.objectContaining({ REF_DOC: request, REF_ITEM: '000010', TYPE: 'E' }),
    ]);
    expect(sap.select('VBRK')).toHaveLength(1);
  });

  it.each([
    ['an unknown document', '0069999999', '011'],
    ['a service contract', '0040000001', '012'],
  ])('refuses %s', async (_case, document, number) => {
    const client = await openBillingClient(sap);
    const result = await billRequest(client, document);

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'VF', NUMBER: number }),
    ]);
    expect(result['SUCCESS']).toEqual([]);
  });

  it('refuses a request another session has locked with V1 042', async () => {
    const client = await openBillingClient(sap);
    const other = await openBillingClient(sap, 'clerk');
    const request = await createRequest(client);
    // The other session holds the request's lock as long as its own LUW is open.
    await other.call('Z_CSB_CONTRACT_OBJECTS_ADD', {
      IV_SALESDOCUMENT: request,
      IV_ITEM: '000010',
      IT_EQUIPMENT: [{ EQUNR: '000000000010000001' }],
    });
    const result = await billRequest(client, request);

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'V1', NUMBER: '042', MESSAGE_V2: 'CLERK' }),
    ]);
  });

  it('checks only in a test run and draws no number', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    const test = await client.call('BAPI_BILLINGDOC_CREATEMULTIPLE', {
      TESTRUN: 'X',
      BILLINGDATAIN: [{ REF_DOC: request, REF_DOC_CA: 'L' }],
    });

    expect(returnOf(test)).toEqual([]);
    expect(sap.select('VBRK')).toEqual([]);
    expect(billingDocumentOf(await billRequest(client, request))).toBe('0090000001');
  });

  it('reads the billing document header with BAPI_BILLINGDOC_GETDETAIL', async () => {
    const client = await openBillingClient(sap);
    await billRequest(client, await createRequest(client));
    const result = await client.call('BAPI_BILLINGDOC_GETDETAIL', { BILLINGDOCUMENT: '90000001' });

    expect(result['BILLINGDOCUMENTDETAIL']).toMatchObject({
      BILLINGDOC: '0090000001',
      BILL_TYPE: 'L2',
      BILL_CAT: 'P',
      SOLD_TO: customer,
      NET_VALUE: '200.00',
      TAX_VALUE: '38.00',
      CANCELLED: '',
      ACCNT_STAT: 'C',
      BILL_DATE: '20260304',
    });
    expect((result['RETURN'] as Line)['TYPE']).toBe('');
  });

  it('answers E and an empty detail for an unknown billing document', async () => {
    const client = await openBillingClient(sap);
    const result = await client.call('BAPI_BILLINGDOC_GETDETAIL', { BILLINGDOCUMENT: '90000099' });

    expect(result['RETURN']).toMatchObject({ TYPE: 'E', ID: 'VF', NUMBER: '050' });
    expect((result['BILLINGDOCUMENTDETAIL'] as Line)['BILLINGDOC']).toBe('');
  });
});
