import { beforeAll, beforeEach } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

/** A result of a call and one line of a table parameter. */
export type Result = Record<string, unknown>;
export type Line = Record<string, unknown>;

/** The fixed system time of the billing tests: 2026-03-05 10:00 UTC. */
export const billingNow = new Date('2026-03-05T10:00:00Z');

/** A seeded customer and materials: a spare part (unit ST) and a service product (unit LE). */
export const customer = '0000100001';
export const sparePart = '000000000000200001';
export const serviceProduct = 'SRV-MAINT';

/** A mock SAP on the default seed whose prices and taxes the tests put in themselves. */
export function createBillingSap(): MockSap {
  const sap = MockSap.create({ clock: () => billingNow });
  putBillingMasterData(sap);
  return sap;
}

/**
 * One billing mock SAP for the test file, back to the seed and the tests' prices before each
 * test; answers a getter for it.
 */
export function useBillingSap(): () => MockSap {
  let sap: MockSap | undefined;
  beforeAll(() => {
    sap = createBillingSap();
  });
  beforeEach(() => {
    sap?.reset();
    if (sap) putBillingMasterData(sap);
  });
  return () => {
    if (!sap) throw new Error('the billing mock SAP is made before the first test');
    return sap;
  };
}

/** Selects the rows of one sales or billing document (VBELN in internal format). */
export function byNumber(number: string): (row: Record<string, string>) => boolean {
  return (row) => row['VBELN'] === number;
}

/**
 * Prices and taxes of the tests (replacing any seeded record under the same key): the spare
 * part at 100.00 EUR per ST, the service product at 10.05 EUR per 2 LE, 19 % output tax (A1)
 * for customer class 1 and material class 1, and the number ranges of billing.
 */
export function putBillingMasterData(sap: MockSap): void {
  putPrice(sap, { material: sparePart, knumh: 'T000000001', rate: '100.00', per: '1', unit: 'ST' });
  putPrice(sap, {
    material: serviceProduct,
    knumh: 'T000000002',
    rate: '10.05',
    per: '2',
    unit: 'LE',
  });
  sap.upsert('KNVI', { KUNNR: customer, ALAND: 'DE', TATYP: 'MWST', TAXKD: '1' });
  for (const material of [sparePart, serviceProduct]) {
    sap.upsert('MLAN', { MATNR: material, ALAND: 'DE', TATY1: 'MWST', TAXM1: '1' });
  }
  putTax(sap, { customerClass: '1', materialClass: '1', knumh: 'T000000003', percent: '19.00' });

  const ranges = [
    ['RV_BELEG', '60', '0060000000', '0069999999'],
    ['RV_BELEG', '19', '0090000000', '0099999999'],
    ['RF_BELEG', '01', '0100000000', '0199999999'],
    ['RF_BELEG', '14', '1400000000', '1499999999'],
  ] as const;
  for (const [object, range, from, to] of ranges) {
    sap.upsert('NRIV', {
      OBJECT: object,
      NRRANGENR: range,
      FROMNUMBER: from,
      TONUMBER: to,
      NRLEVEL: from,
    });
  }
}

/**
 * Puts a PR00 condition record valid from 2020 on: the general price (A004), or with `customer`
 * the customer's own (A005); `deleted` marks the record deleted (KONP-LOEVM_KO).
 */
export function putPrice(
  sap: MockSap,
  price: {
    material: string;
    knumh: string;
    rate: string;
    per: string;
    unit: string;
    customer?: string;
    deleted?: boolean;
  },
): void {
  const key = {
    KAPPL: 'V',
    KSCHL: 'PR00',
    VKORG: '1000',
    VTWEG: '10',
    MATNR: price.material,
    DATBI: '99991231',
    DATAB: '20200101',
    KNUMH: price.knumh,
  };
  if (price.customer === undefined) sap.upsert('A004', key);
  else sap.upsert('A005', { ...key, KUNNR: price.customer });
  sap.upsert('KONP', {
    KNUMH: price.knumh,
    KOPOS: '01',
    KAPPL: 'V',
    KSCHL: 'PR00',
    KBETR: price.rate,
    KONWA: 'EUR',
    KPEIN: price.per,
    KMEIN: price.unit,
    KRECH: 'C',
    LOEVM_KO: price.deleted === true ? 'X' : '',
  });
}

/** Puts an MWST condition record (A002 + KONP, tax code A1) valid from 2020 on. */
export function putTax(
  sap: MockSap,
  tax: { customerClass: string; materialClass: string; knumh: string; percent: string },
): void {
  sap.upsert('A002', {
    KAPPL: 'V',
    KSCHL: 'MWST',
    ALAND: 'DE',
    TAXK1: tax.customerClass,
    TAXM1: tax.materialClass,
    DATBI: '99991231',
    DATAB: '20200101',
    KNUMH: tax.knumh,
    MWSKZ: 'A1',
  });
  sap.upsert('KONP', {
    KNUMH: tax.knumh,
    KOPOS: '01',
    KAPPL: 'V',
    KSCHL: 'MWST',
    KBETR: tax.percent,
    KONWA: '',
    KPEIN: '0',
    KMEIN: '',
    KRECH: 'A',
    LOEVM_KO: '',
  });
}

/** An open client logged on as a user. */
export async function openBillingClient(sap: MockSap, user = 'cs_bridge'): Promise<MockRfcClient> {
  return new MockRfcClient(sap, { user, client: '100', lang: 'EN' }).open();
}

/** A valid SD_SALESDOCUMENT_CREATE input: 2 spare parts for service order 4000001. */
export function requestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    BUSINESS_OBJECT: 'BUS2096',
    SALES_HEADER_IN: {
      DOC_TYPE: 'L2',
      SALES_ORG: '1000',
      DISTR_CHAN: '10',
      DIVISION: '00',
      PURCH_NO_C: 'TICKET-4711',
      REFOBJTYPE: 'BUS2088',
      REFOBJKEY: '4000001',
      SERV_DATE: '20260302',
      BILL_DATE: '20260304',
    },
    SALES_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: sparePart, TARGET_QTY: '2' }],
    SALES_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: customer }],
    ...overrides,
  };
}

/** Creates and commits a debit memo request; answers its number. */
export async function createRequest(
  client: MockRfcClient,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await client.call('SD_SALESDOCUMENT_CREATE', requestInput(overrides));
  await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  return String(created['SALESDOCUMENT_EX']);
}

/** Bills a debit memo request (all items); answers the result of the call. */
export async function billRequest(client: MockRfcClient, request: string): Promise<Result> {
  return client.call('BAPI_BILLINGDOC_CREATEMULTIPLE', {
    BILLINGDATAIN: [{ REF_DOC: request, REF_DOC_CA: 'L' }],
  });
}

/** The billing document a billing call created. */
export function billingDocumentOf(result: Result): string {
  const success = result['SUCCESS'] as Record<string, string>[];
  return success[0]?.['BILL_DOC'] ?? '';
}

/** The RETURN lines of a result (table or structure). */
export function returnOf(result: Result): Line[] {
  const value = result['RETURN'];
  return (Array.isArray(value) ? value : [value]) as Line[];
}
