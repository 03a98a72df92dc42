import type { MockSap } from '../../src/sap-mock/index.ts';
import { internalMaterial } from './order-seed-lookup.ts';

/** A spare part in one plant, as the API names it and as SAP keeps it. */
export interface SeedPart {
  materialId: string;
  plant: string;
  /** MATNR, zero-padded. */
  material: string;
  unit: string;
}

/**
 * Finds spare parts (MTART ERSA) planned by reorder point in a plant that nothing else touches:
 * no live requisition and no open reservation; of one base unit when `unit` is given.
 */
export function quietParts(sap: MockSap, plant: string, count: number, unit?: string): SeedPart[] {
  const busy = new Set([
    ...sap
      .select('EBAN', (row) => row.WERKS === plant && row.LOEKZ === '' && row.EBAKZ === '')
      .map((row) => row.MATNR),
    ...sap.select('RESB', (row) => row.WERKS === plant).map((row) => row.MATNR),
  ]);
  const spareParts = new Map(
    sap
      .select('MARA', (row) => row.MTART === 'ERSA' && (unit === undefined || row.MEINS === unit))
      .map((row) => [row.MATNR, row.MEINS ?? '']),
  );
  const found = sap
    .select('MARC', (row) => row.WERKS === plant && row.DISMM === 'VB')
    .filter((row) => spareParts.has(row.MATNR ?? '') && !busy.has(row.MATNR))
    .slice(0, count)
    .map((row) => {
      const material = row.MATNR ?? '';
      return {
        materialId: material.replace(/^0+(?=.)/, ''),
        plant,
        material,
        unit: spareParts.get(material) ?? '',
      };
    });
  if (found.length < count) throw new Error(`the seed has fewer than ${count} quiet parts`);
  return found;
}

/** Sets the stock of a part directly in SAP: `quantity` in 0001, nothing elsewhere in the plant. */
export function setStock(sap: MockSap, part: SeedPart, quantity: string): void {
  for (const location of ['0001', '0002', '0003']) {
    sap.upsert('MARD', {
      MATNR: internalMaterial(part.materialId),
      WERKS: part.plant,
      LGORT: location,
      LABST: packed(location === '0001' ? quantity : '0'),
    });
  }
}

/** Sets the reorder point, safety stock and lot size of a part directly in SAP's MARC. */
export function setPolicy(
  sap: MockSap,
  part: SeedPart,
  policy: { reorderPoint: string; safetyStock: string; reorderQuantity: string },
): void {
  sap.upsert('MARC', {
    MATNR: part.material,
    WERKS: part.plant,
    DISMM: 'VB',
    MINBE: packed(policy.reorderPoint),
    EISBE: packed(policy.safetyStock),
    BSTFE: packed(policy.reorderQuantity),
  });
}

/** The requisition items of a part in SAP's EBAN that are neither deleted nor closed. */
export function liveRequisitions(sap: MockSap, part: SeedPart) {
  return sap.select(
    'EBAN',
    (row) =>
      row.MATNR === part.material &&
      row.WERKS === part.plant &&
      row.LOEKZ === '' &&
      row.EBAKZ === '',
  );
}

/** A quantity as SAP's packed QUAN 13.3 holds it: `12.000`. */
export function packed(quantity: string): string {
  return Number(quantity).toFixed(3);
}
