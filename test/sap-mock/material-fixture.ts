import { createTestSap } from './mock-sap-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

/** The spare part of the fixture seed: 42 pieces in plant 1000, storage location 0001. */
export const part = '000000000000200001';

/** A mock SAP on the fixture seed with the requisition number range NRIV BANF 01. */
export function createMaterialSap(): MockSap {
  const sap = createTestSap();
  // Kept out of the seed's NRIV.json, whose first row other tests read as QMEL_NR.
  sap.upsert('NRIV', {
    OBJECT: 'BANF',
    NRRANGENR: '01',
    FROMNUMBER: '0010000000',
    TONUMBER: '0019999999',
    NRLEVEL: '0010000002',
  });
  return sap;
}

/** Commits a reservation item of the part (order component 261 or cost center 201). */
export function reservePart(
  sap: MockSap,
  item: { RSNUM: string; BDMNG: string; BDTER: string } & Record<string, string>,
): void {
  sap.upsert('RESB', {
    RSPOS: '0001',
    RSART: '',
    MATNR: part,
    WERKS: '1000',
    LGORT: '0001',
    MEINS: 'ST',
    ENMNG: '0',
    BWART: '261',
    XWAOK: 'X',
    ...item,
  });
}

/** The rows of a table parameter of a result. */
export function rowsOf(result: Record<string, unknown>, name: string): Record<string, unknown>[] {
  return result[name] as Record<string, unknown>[];
}

/** The fields of a structure parameter of a result. */
export function structureOf(
  result: Record<string, unknown>,
  name: string,
): Record<string, unknown> {
  return result[name] as Record<string, unknown>;
}
