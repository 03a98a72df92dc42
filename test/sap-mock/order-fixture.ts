import { MockSap } from '../../src/sap-mock/index.ts';
import type { MockRfcClient } from '../../src/sap-mock/index.ts';

/** The fixed system time of the order tests: 2026-12-01 10:15:30 UTC, after the seed's dates. */
export const orderTestNow = new Date('2026-12-01T10:15:30Z');

/** A mock SAP on the default seed (which holds the seeded orders) with a fixed clock. */
export function createOrderSap(): MockSap {
  return MockSap.create({ clock: () => orderTestNow });
}

/** A row of IT_METHODS. */
export function method(
  objectType: string,
  methodName: string,
  objectKey: string,
  referenceNumber = 1,
): Record<string, string> {
  return {
    REFNUMBER: String(referenceNumber).padStart(6, '0'),
    OBJECTTYPE: objectType,
    METHOD: methodName,
    OBJECTKEY: objectKey,
  };
}

/** The SAVE row of IT_METHODS. */
export const save = method('', 'SAVE', '', 0);

/** A header for a new service order in plant 1000 on seeded equipment. */
export const newHeader = {
  ORDERID: '%00000000001',
  ORDER_TYPE: 'SM01',
  PLANPLANT: '1000',
  MN_WK_CTR: 'SRV-MECH',
  PLANT: '1000',
  EQUIPMENT: '000000000010000001',
  SHORT_TEXT: 'Grinder blocked',
  PRIORITY: '2',
};

/** Creates (and optionally releases) an order with one operation, saves and commits it. */
export async function createOrder(
  client: MockRfcClient,
  options: { release?: boolean; commit?: boolean; header?: Record<string, string> } = {},
): Promise<string> {
  const methods = [
    method('HEADER', 'CREATE', '%00000000001'),
    method('OPERATION', 'CREATE', '%00000000001'),
  ];
  if (options.release === true) methods.push(method('HEADER', 'RELEASE', '%00000000001'));
  const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [...methods, save],
    IT_HEADER: [{ ...newHeader, ...options.header }],
    IT_OPERATION: [{ DESCRIPTION: 'Repair on site', WORK_ACTIVITY: '2.0', UN_WORK: 'H' }],
  });
  if (options.commit !== false) await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  const numbers = result['ET_NUMBERS'] as Record<string, string>[];
  return numbers[0]?.['AUFNR_NEW'] ?? '';
}

/** Runs one HEADER method (RELEASE, TECHNICALCOMPLETE …) on an order and saves. */
export async function runHeaderMethod(
  client: MockRfcClient,
  order: string,
  methodName: string,
  header: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  return client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [method('HEADER', methodName, order), method('', 'SAVE', order, 0)],
    IT_HEADER: [{ ORDERID: order, ...header }],
  });
}

/** The seeded orders whose active statuses are exactly the given ones (sorted). */
export function ordersWithStatuses(sap: MockSap, statuses: string[]): string[] {
  const active = new Map<string, string[]>();
  for (const row of sap.select('JEST', (jest) => jest['OBJNR']?.startsWith('OR') === true)) {
    if (row['INACT'] !== '') continue;
    const objectNumber = row['OBJNR'] ?? '';
    active.set(objectNumber, [...(active.get(objectNumber) ?? []), row['STAT'] ?? ''].sort());
  }
  const wanted = [...statuses].sort().join(' ');
  return [...active]
    .filter(([, stats]) => stats.join(' ') === wanted)
    .map(([objectNumber]) => objectNumber.slice(2));
}

/** The first seeded order with exactly the given active statuses; fails when there is none. */
export function seededOrder(sap: MockSap, statuses: string[]): string {
  const order = ordersWithStatuses(sap, statuses)[0];
  if (order === undefined) throw new Error(`The seed has no order with ${statuses.join(' ')}`);
  return order;
}

/** The active statuses of an object in the committed JEST, sorted. */
export function activeStatusesOf(sap: MockSap, objectNumber: string): string[] {
  return sap
    .select('JEST', (row) => row['OBJNR'] === objectNumber && row['INACT'] === '')
    .map((row) => row['STAT'] ?? '')
    .sort();
}

/** The RETURN lines of a result with their TYPE, ID and NUMBER, e.g. 'E IW 013'. */
export function messageCodes(result: Record<string, unknown>, parameter = 'RETURN'): string[] {
  const value = result[parameter];
  const rows = (Array.isArray(value) ? value : [value]) as Record<string, string>[];
  return rows
    .filter((row) => (row['TYPE'] ?? '') !== '')
    .map((row) => `${row['TYPE'] ?? ''} ${row['ID'] ?? ''} ${row['NUMBER'] ?? ''}`);
}
