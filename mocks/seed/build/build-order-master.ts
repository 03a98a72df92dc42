import { ORDER_TYPES } from '../catalog/order-scenarios.ts';
import { PLANTS } from '../catalog/plants.ts';
import { FIRST_WORK_CENTER_ID, WORK_CENTERS } from '../catalog/work-centers.ts';
import { toNumc } from '../sap-format.ts';

/** A seed row of a table the order builders fill: field name to internal value. */
export type OrderSeedRow = Record<string, string>;

/** The order customizing and work centers: T003O, CRHD and CRTX. */
export interface OrderMasterTables {
  T003O: OrderSeedRow[];
  CRHD: OrderSeedRow[];
  CRTX: OrderSeedRow[];
}

/** Builds the order types and each plant's work centers from the catalogue; nothing is random. */
export function buildOrderMaster(): OrderMasterTables {
  const tables: OrderMasterTables = {
    T003O: ORDER_TYPES.map(([AUART, AUTYP, ARTPR, TXT]) => ({ AUART, AUTYP, ARTPR, TXT })),
    CRHD: [],
    CRTX: [],
  };
  let objectId = FIRST_WORK_CENTER_ID;
  for (const plant of PLANTS) {
    for (const workCenter of WORK_CENTERS) {
      const OBJID = toNumc(objectId, 8);
      objectId += 1;
      tables.CRHD.push({
        OBJTY: 'A',
        OBJID,
        ARBPL: workCenter.arbpl,
        WERKS: plant.werks,
        VERWE: workCenter.usage,
      });
      tables.CRTX.push({ OBJTY: 'A', OBJID, SPRAS: 'D', KTEXT: workCenter.de });
      tables.CRTX.push({ OBJTY: 'A', OBJID, SPRAS: 'E', KTEXT: workCenter.en });
    }
  }
  return tables;
}

/** The object ID of a work center in a plant (as buildOrderMaster numbers them). */
export function workCenterObjectId(
  master: OrderMasterTables,
  arbpl: string,
  werks: string,
): string {
  const row = master.CRHD.find((crhd) => crhd['ARBPL'] === arbpl && crhd['WERKS'] === werks);
  if (row === undefined) throw new RangeError(`no work center ${arbpl} in plant ${werks}`);
  return row['OBJID'] ?? '';
}
