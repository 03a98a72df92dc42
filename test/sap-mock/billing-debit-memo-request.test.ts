import { beforeEach, describe, expect, it } from 'vitest';
import type { MockSap } from '../../src/sap-mock/index.ts';
import {
  createRequest,
  customer,
  openBillingClient,
  putPrice,
  putTax,
  requestInput,
  returnOf,
  serviceProduct,
  sparePart,
  byNumber,
  useBillingSap,
} from './billing-fixture.ts';
import type { Line } from './billing-fixture.ts';

describe('SD_SALESDOCUMENT_CREATE (debit memo requests)', () => {
  const system = useBillingSap();
  const agreedPrice = {
    material: sparePart,
    knumh: 'T000000010',
    rate: '80.00',
    per: '1',
    unit: 'ST',
    customer,
  };
  let sap: MockSap;

  beforeEach(() => {
    sap = system();
  });

  it('draws the number from RV_BELEG 60 and answers S V1 311', async () => {
    const client = await openBillingClient(sap);
    const result = await client.call('SD_SALESDOCUMENT_CREATE', requestInput());

    expect(result['SALESDOCUMENT_EX']).toBe('0060000001');
    expect(returnOf(result)).toEqual([
      expect.objectContaining({
        TYPE: 'S',
        ID: 'V1',
        NUMBER: '311',
        MESSAGE: 'Debit memo request 60000001 has been saved',
        MESSAGE_V2: '60000001',
      }),
    ]);
  });

  it('writes the request only on BAPI_TRANSACTION_COMMIT', async () => {
    const client = await openBillingClient(sap);
    const result = await client.call('SD_SALESDOCUMENT_CREATE', requestInput());
    const number = String(result['SALESDOCUMENT_EX']);
    expect(sap.select('VBAK', byNumber(number))).toEqual([]);

    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    expect(sap.select('VBAK', byNumber(number))).toHaveLength(1);
  });

  it('writes VBAK, VBAP, VBKD and KONV with the order reference and the priced amounts', async () => {
    const client = await openBillingClient(sap);
    const number = await createRequest(client);

    expect(sap.select('VBAK', byNumber(number))[0]).toMatchObject({
      AUART: 'L2',
      VBTYP: 'L',
      KUNNR: customer,
      VKORG: '1000',
      NETWR: '200.00',
      WAERK: 'EUR',
      BSTNK: 'TICKET-4711',
      KNUMV: number,
      AUFNR: '000004000001',
      ERNAM: 'CS_BRIDGE',
      ERDAT: '20260305',
    });
    expect(sap.select('VBAP', byNumber(number))).toEqual([
      expect.objectContaining({
        POSNR: '000010',
        MATNR: sparePart,
        KWMENG: '2.000',
        VRKME: 'ST',
        NETWR: '200.00',
        MWSBP: '38.00',
      }),
    ]);
    expect(sap.select('VBKD', byNumber(number))).toEqual([
      expect.objectContaining({
        POSNR: '000000',
        FKDAT: '20260304',
        FBUDA: '20260302',
        PRSDT: '20260305',
        BSTKD: 'TICKET-4711',
      }),
    ]);
    const conditions = sap.select('KONV', (row) => row['KNUMV'] === number);
    expect(
      conditions.map((row) => [row['KSCHL'], row['STUNR'], row['KBETR'], row['KRECH']]),
    ).toEqual([
      ['PR00', '010', '100.00', 'C'],
      ['MWST', '900', '19.00', 'A'],
    ]);
  });

  it('keeps the contract reference in VGBEL and VGTYP', async () => {
    const client = await openBillingClient(sap);
    const header = {
      ...(requestInput()['SALES_HEADER_IN'] as Line),
      REFOBJTYPE: '',
      REFOBJKEY: '',
      REF_DOC: '40000001',
      REFDOC_CAT: 'G',
    };
    const number = await createRequest(client, { SALES_HEADER_IN: header });

    expect(sap.select('VBAK', byNumber(number))[0]).toMatchObject({
      AUFNR: '',
      VGBEL: '0040000001',
      VGTYP: 'G',
    });
  });

  it('checks and prices in a test run without drawing a number or writing', async () => {
    const client = await openBillingClient(sap);
    const result = await client.call('SD_SALESDOCUMENT_CREATE', requestInput({ TESTRUN: 'X' }));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['SALESDOCUMENT_EX']).toBe('');
    expect(returnOf(result)).toEqual([]);
    expect(sap.select('VBAK', (row) => row['VBTYP'] === 'L')).toEqual([]);
    const next = await client.call('SD_SALESDOCUMENT_CREATE', requestInput());
    expect(next['SALESDOCUMENT_EX']).toBe('0060000001');
  });

  it('refuses a business object other than BUS2096', async () => {
    const client = await openBillingClient(sap);
    const result = await client.call(
      'SD_SALESDOCUMENT_CREATE',
      requestInput({ BUSINESS_OBJECT: 'BUS2032' }),
    );

    expect(result['SALESDOCUMENT_EX']).toBe('');
    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'ZMOCK', PARAMETER: 'BUSINESS_OBJECT' }),
    ]);
  });

  it.each([
    ['a document type other than L2', { DOC_TYPE: 'WV' }, 'V1', '386'],
    ['a purchase order number longer than VBAK-BSTNK', { PURCH_NO_C: 'P'.repeat(21) }, 'V1', '460'],
  ])('refuses %s', async (_case, headerChange, id, number) => {
    const client = await openBillingClient(sap);
    const header = { ...(requestInput()['SALES_HEADER_IN'] as Line), ...headerChange };
    const result = await client.call(
      'SD_SALESDOCUMENT_CREATE',
      requestInput({ SALES_HEADER_IN: header }),
    );

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: id, NUMBER: number }),
    ]);
  });

  it.each([
    [
      'an unknown sold-to party',
      { SALES_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: '0009999999' }] },
      '048',
    ],
    ['an unknown material', { SALES_ITEMS_IN: [{ MATERIAL: 'NO-SUCH', TARGET_QTY: '1' }] }, '392'],
    ['a quantity of zero', { SALES_ITEMS_IN: [{ MATERIAL: sparePart, TARGET_QTY: '0' }] }, '387'],
  ])('refuses %s', async (_case, change, number) => {
    const client = await openBillingClient(sap);
    const result = await client.call('SD_SALESDOCUMENT_CREATE', requestInput(change));

    expect(result['SALESDOCUMENT_EX']).toBe('');
    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'V1', NUMBER: number }),
    ]);
  });

  it('refuses a unit other than the base unit with M3 351', async () => {
    const client = await openBillingClient(sap);
    const items = [{ MATERIAL: sparePart, TARGET_QTY: '1', TARGET_QU: 'KG' }];
    const result = await client.call(
      'SD_SALESDOCUMENT_CREATE',
      requestInput({ SALES_ITEMS_IN: items }),
    );

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'M3', NUMBER: '351', FIELD: 'TARGET_QU' }),
    ]);
  });

  it('refuses an item without a PR00 price with V1 801 and draws no number', async () => {
    sap.upsert('KONP', { KNUMH: 'T000000001', KOPOS: '01', LOEVM_KO: 'X' });
    const client = await openBillingClient(sap);
    const result = await client.call('SD_SALESDOCUMENT_CREATE', requestInput());

    expect(result['SALESDOCUMENT_EX']).toBe('');
    expect(returnOf(result)).toEqual([
      expect.objectContaining({
        TYPE: 'E',
        ID: 'V1',
        NUMBER: '801',
        MESSAGE: `No price for material ${sparePart} (condition PR00)`,
        MESSAGE_V2: '000010',
        ROW: 1,
      }),
    ]);
    const range = sap.select(
      'NRIV',
      (row) => row['OBJECT'] === 'RV_BELEG' && row['NRRANGENR'] === '60',
    );
    expect(range[0]?.['NRLEVEL']).toBe('0060000000');
  });

  it("prices with the customer's own PR00 record (A005) before the general one (A004)", async () => {
    putPrice(sap, { ...agreedPrice, deleted: false });
    const client = await openBillingClient(sap);
    const number = await createRequest(client);

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({ NETWR: '160.00' });
  });

  it("falls back to the general price when the customer's record is deleted", async () => {
    putPrice(sap, { ...agreedPrice, deleted: true });
    const client = await openBillingClient(sap);
    const number = await createRequest(client);

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({ NETWR: '200.00' });
  });

  it('prices with a manual PR00 condition instead of the condition record', async () => {
    const client = await openBillingClient(sap);
    const conditions = [
      { ITM_NUMBER: '000010', COND_TYPE: 'PR00', COND_VALUE: '45.5', CURRENCY: 'EUR' },
    ];
    const number = await createRequest(client, { SALES_CONDITIONS_IN: conditions });

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({
      NETWR: '91.00',
      MWSBP: '17.29',
    });
  });

  it('rounds the covered net value once from the exact value, half away from zero', async () => {
    // 1 LE at 10.05 per 2 LE is 5.025; half covered is 2.5125 → 2.51 (not 5.03 / 2 → 2.52).
    const client = await openBillingClient(sap);
    const number = await createRequest(client, {
      SALES_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: serviceProduct, TARGET_QTY: '1' }],
      SALES_CONDITIONS_IN: [{ ITM_NUMBER: '000010', COND_TYPE: 'ZCOV', COND_VALUE: '50' }],
    });

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({
      VRKME: 'LE',
      NETWR: '2.51',
      MWSBP: '0.48',
    });
    const coverage = sap.select(
      'KONV',
      (row) => row['KNUMV'] === number && row['KSCHL'] === 'ZCOV',
    );
    expect(coverage[0]).toMatchObject({ STUNR: '020', KBETR: '-50.00', KRECH: 'A' });
  });

  it('refuses a coverage above 100 percent', async () => {
    const client = await openBillingClient(sap);
    const conditions = [{ ITM_NUMBER: '000010', COND_TYPE: 'ZCOV', COND_VALUE: '120' }];
    const result = await client.call(
      'SD_SALESDOCUMENT_CREATE',
      requestInput({ SALES_CONDITIONS_IN: conditions }),
    );

    expect(returnOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'V1', NUMBER: '479' }),
    ]);
  });

  it('charges no output tax and writes no MWST row without a tax record', async () => {
    sap.upsert('KNVI', { KUNNR: customer, ALAND: 'DE', TATYP: 'MWST', TAXKD: '7' });
    const client = await openBillingClient(sap);
    const number = await createRequest(client);

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({ MWSBP: '0.00' });
    const tax = sap.select('KONV', (row) => row['KNUMV'] === number && row['KSCHL'] === 'MWST');
    expect(tax).toEqual([]);
  });

  it('takes the tax rate of the customer tax classification', async () => {
    sap.upsert('KNVI', { KUNNR: customer, ALAND: 'DE', TATYP: 'MWST', TAXKD: '2' });
    putTax(sap, { customerClass: '2', materialClass: '1', knumh: 'T000000009', percent: '7.00' });
    const client = await openBillingClient(sap);
    const number = await createRequest(client);

    expect(sap.select('VBAP', byNumber(number))[0]).toMatchObject({ MWSBP: '14.00' });
  });

  it('shows the debit memo request in BAPISDORDER_GETDETAILEDLIST', async () => {
    const client = await openBillingClient(sap);
    const number = await createRequest(client);
    const result = await client.call('BAPISDORDER_GETDETAILEDLIST', {
      I_BAPI_VIEW: { HEADER: 'X', ITEM: 'X' },
      SALES_DOCUMENTS: [{ VBELN: number }],
    });

    expect(result['ORDER_HEADERS_OUT']).toEqual([
      expect.objectContaining({ DOC_NUMBER: number, SD_DOC_CAT: 'L', DOC_TYPE: 'L2' }),
    ]);
    expect(result['ORDER_ITEMS_OUT']).toEqual([
      expect.objectContaining({ ITM_NUMBER: '000010', NET_VALUE: '200.00' }),
    ]);
  });
});
