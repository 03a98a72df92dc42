import { beforeEach, describe, expect, it } from 'vitest';
import { MockSapUsageError } from '../../src/sap-mock/index.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import {
  billRequest,
  billingDocumentOf,
  createRequest,
  customer,
  openBillingClient,
  returnOf,
  byNumber,
  useBillingSap,
} from './billing-fixture.ts';
import type { Line } from './billing-fixture.ts';

describe('BAPI_BILLINGDOC_CANCEL1, BAPI_AR_ACC_GETOPENITEMS and incoming payments', () => {
  const system = useBillingSap();
  let sap: MockSap;

  beforeEach(() => {
    sap = system();
  });

  async function billedDocument(client: MockRfcClient): Promise<string> {
    return billingDocumentOf(await billRequest(client, await createRequest(client)));
  }

  async function openItems(client: MockRfcClient, keyDate: string): Promise<Line[]> {
    const result = await client.call('BAPI_AR_ACC_GETOPENITEMS', {
      COMPANYCODE: '1000',
      CUSTOMER: customer,
      KEYDATE: keyDate,
    });
    return result['LINEITEMS'] as Line[];
  }

  it('cancels a debit memo with an S2 document and reverses its FI document', async () => {
    const client = await openBillingClient(sap);
    const original = await billedDocument(client);
    const result = await client.call('BAPI_BILLINGDOC_CANCEL1', {
      BILLINGDOCUMENT: original,
      BILLINGDATE: '20260305',
    });

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'S', ID: 'VF', NUMBER: '311', MESSAGE_V1: '90000002' }),
    ]);
    expect(result['SUCCESS']).toEqual([
      { REF_DOC: original, REF_ITEM: '000010', BILL_DOC: '0090000002', BILL_ITEM: '000010' },
    ]);
    expect(sap.select('VBRK', byNumber('0090000002'))[0]).toMatchObject({
      FKART: 'S2',
      VBTYP: 'S',
      SFAKN: original,
      NETWR: '200.00',
      FKDAT: '20260305',
    });
    expect(sap.select('VBRK', byNumber(original))[0]).toMatchObject({ FKSTO: 'X' });
    expect(sap.select('VBFA', (row) => row['VBELV'] === original)).toEqual([
      expect.objectContaining({ VBELN: '0090000002', VBTYP_V: 'P', VBTYP_N: 'S' }),
    ]);

    const reversal = sap.select('BKPF', (row) => row['BELNR'] === '0100000002')[0];
    expect(reversal).toMatchObject({ BLART: 'AB', STBLG: '0100000001', AWKEY: '0090000002' });
    expect(sap.select('BKPF', (row) => row['BELNR'] === '0100000001')[0]).toMatchObject({
      STBLG: '0100000002',
    });
    const lines = sap.select('BSEG', (row) => row['BELNR'] === '0100000002');
    expect(lines.map((row) => [row['SHKZG'], row['HKONT'], row['WRBTR']])).toEqual([
      ['H', '0000140000', '238.00'],
      ['S', '0000800000', '200.00'],
      ['S', '0000175000', '38.00'],
    ]);
    expect(sap.select('BSID', byNumber(original))).toEqual([]);
    expect(sap.select('BSAD', byNumber(original))).toEqual([
      expect.objectContaining({ AUGBL: '0100000002', AUGDT: '20260305' }),
    ]);
    const invoiceLine = sap.select('BSEG', (row) => row['BELNR'] === '0100000001')[0];
    expect(invoiceLine).toMatchObject({ AUGBL: '0100000002', AUGDT: '20260305' });
  });

  it('refuses to cancel a document twice', async () => {
    const client = await openBillingClient(sap);
    const original = await billedDocument(client);
    await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: original });
    const again = await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: original });

    expect(returnOf(again)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'VF', NUMBER: '051' }),
    ]);
  });

  it('refuses to cancel a paid document', async () => {
    const client = await openBillingClient(sap);
    const original = await billedDocument(client);
    sap.postIncomingPayment(original);
    const result = await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: original });

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'VF', NUMBER: '053', MESSAGE_V2: '1400000001' }),
    ]);
    expect(sap.select('VBRK')).toHaveLength(1);
  });

  it('keeps the cancellation in the LUW with NO_COMMIT until BAPI_TRANSACTION_COMMIT', async () => {
    const client = await openBillingClient(sap);
    const original = await billedDocument(client);
    await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: original, NO_COMMIT: 'X' });
    expect(sap.select('VBRK', byNumber(original))[0]).toMatchObject({ FKSTO: '' });

    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    expect(sap.select('VBRK', byNumber(original))[0]).toMatchObject({ FKSTO: 'X' });
  });

  it('lets a request be billed again after its debit memo is cancelled', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    const first = billingDocumentOf(await billRequest(client, request));
    await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: first });

    expect(billingDocumentOf(await billRequest(client, request))).toBe('0090000003');
  });

  it('lists the open item of a debit memo from its posting date on', async () => {
    const client = await openBillingClient(sap);
    const billed = await billedDocument(client);

    expect(await openItems(client, '20260303')).toEqual([]);
    expect(await openItems(client, '20260304')).toEqual([
      expect.objectContaining({
        COMP_CODE: '1000',
        CUSTOMER: customer,
        DOC_NO: '0100000001',
        ITEM_NUM: '001',
        DOC_TYPE: 'RV',
        DB_CR_IND: 'S',
        AMT_DOCCUR: '238.00',
        LC_AMOUNT: '238.00',
        BLINE_DATE: '20260304',
        PMNTTRMS: 'NT30',
        ALLOC_NMBR: billed,
        BILL_DOC: billed,
      }),
    ]);
  });

  it('clears the open item with an incoming payment, open before the payment date only', async () => {
    const client = await openBillingClient(sap);
    const billed = await billedDocument(client);
    const payment = sap.postIncomingPayment(billed.replace(/^0+/, ''), { on: '2026-03-20' });

    expect(payment).toBe('1400000001');
    expect(sap.select('BKPF', (row) => row['BELNR'] === payment)[0]).toMatchObject({
      BLART: 'DZ',
      BUDAT: '20260320',
    });
    const lines = sap.select('BSEG', (row) => row['BELNR'] === payment);
    expect(lines.map((row) => [row['KOART'], row['SHKZG'], row['HKONT'], row['WRBTR']])).toEqual([
      ['S', 'S', '0000113100', '238.00'],
      ['D', 'H', '0000140000', '238.00'],
    ]);
    expect(sap.select('BSID', byNumber(billed))).toEqual([]);
    expect(await openItems(client, '20260319')).toEqual([
      expect.objectContaining({ DOC_NO: '0100000001', CLR_DOC_NO: payment }),
    ]);
    expect(await openItems(client, '20260320')).toEqual([]);
  });

  it('throws MockSapUsageError for a payment of a document without an open item', async () => {
    const client = await openBillingClient(sap);
    const billed = await billedDocument(client);
    sap.postIncomingPayment(billed);

    expect(() => sap.postIncomingPayment(billed)).toThrow(MockSapUsageError);
  });

  it.each([
    ['an unknown company code', { COMPANYCODE: '2000', CUSTOMER: customer }, '165'],
    ['an unknown customer', { COMPANYCODE: '1000', CUSTOMER: '0009999999' }, '166'],
  ])('answers E in RETURN for %s', async (_case, selection, number) => {
    const client = await openBillingClient(sap);
    const result = await client.call('BAPI_AR_ACC_GETOPENITEMS', {
      ...selection,
      KEYDATE: '20260305',
    });

    expect(result['RETURN']).toMatchObject({ TYPE: 'E', CODE: `F5${number}` });
    expect(result['LINEITEMS']).toEqual([]);
  });
});
