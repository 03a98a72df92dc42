import type { MockSap } from '../../src/sap-mock/index.ts';

/** Master data of the seeded mock SAP that the order tests plan work and parts with. */
export interface OrderSeed {
  customerId: string;
  /** Equipment of the customer, maintained in `plant`. */
  equipmentId: string;
  /** Equipment of another customer. */
  foreignEquipmentId: string;
  plant: string;
  /** Two work centers of the plant (the same one twice when the plant has only one). */
  workCenters: [string, string];
  /** A material with at least five pieces in the default storage location 0001 of the plant. */
  part: { materialId: string; plant: string; storageLocation: string };
}

/** Finds, in the seeded tables, a customer's equipment with work centers and stocked parts. */
export function lookUpOrderSeed(sap: MockSap): OrderSeed {
  const workCenters = sap.select('CRHD', (row) => row.OBJTY === 'A');
  const stocked = sap.select('MARD', (row) => row.LGORT === '0001' && Number(row.LABST) >= 5);
  const segments = sap.select('EQUZ', (row) => row.DATBI === '99991231');

  for (const equipment of sap.select('EQUI', (row) => (row.KUND1 ?? '') !== '')) {
    const plant = segments.find((row) => row.EQUNR === equipment.EQUNR)?.IWERK ?? '';
    const centers = workCenters.filter((row) => row.WERKS === plant).map((row) => row.ARBPL ?? '');
    const part = stocked.find((row) => row.WERKS === plant);
    const foreign = sap.select('EQUI', (row) => (row.KUND1 ?? '') !== equipment.KUND1).at(0);
    const [first, second = first] = centers;
    if (first === undefined || second === undefined || !part || !foreign) continue;

    return {
      customerId: external(equipment.KUND1 ?? ''),
      equipmentId: external(equipment.EQUNR ?? ''),
      foreignEquipmentId: external(foreign.EQUNR ?? ''),
      plant,
      workCenters: [first, second],
      part: { materialId: external(part.MATNR ?? ''), plant, storageLocation: '0001' },
    };
  }
  throw new Error('the mock SAP seed has no customer equipment with work centers and stock');
}

/** The unrestricted stock (MARD-LABST) of a part, as a number, in the committed database. */
export function stockOf(sap: MockSap, part: OrderSeed['part']): number {
  const row = sap.select(
    'MARD',
    (mard) =>
      mard.MATNR === internalMaterial(part.materialId) &&
      mard.WERKS === part.plant &&
      mard.LGORT === part.storageLocation,
  )[0];
  return Number(row?.LABST ?? 'NaN');
}

/** An order number as SAP keeps it (AUFNR, 12 characters, zero-padded). */
export function internalOrder(id: string): string {
  return id.padStart(12, '0');
}

/** A material number as SAP keeps it: numeric ones zero-padded to 18 characters. */
export function internalMaterial(id: string): string {
  return /^\d+$/.test(id) ? id.padStart(18, '0') : id;
}

function external(value: string): string {
  return /^\d+$/.test(value) ? value.replace(/^0+(?=.)/, '') : value;
}
