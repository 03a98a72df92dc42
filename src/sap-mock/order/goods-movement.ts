import { openOrder, refusePosting } from './order-access.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { OrderRecord } from './order-record.ts';

// Goods issues to orders (movement type 261) and their reversals (262): checks and the stock
// and reservation rows they change.

/** A checked item of a goods movement, ready to post. */
export interface CheckedItem {
  item: Row;
  record: OrderRecord;
  /** The reservation item (RESB) the movement withdraws for, if any. */
  reservation: Row | undefined;
  storageLocation: string;
  quantity: number;
  /** 1 for a receipt (262), -1 for an issue (261). */
  direction: number;
}

/** The supported movement types and their debit/credit indicator (SHKZG). */
export const movementTypes: Readonly<Record<string, { direction: number; indicator: string }>> = {
  '261': { direction: -1, indicator: 'H' },
  '262': { direction: 1, indicator: 'S' },
};

/** Checks one item; stock already taken by earlier items of the call is in `taken`. */
export function checkItem(
  call: FunctionCall,
  item: Readonly<Row>,
  row: number,
  taken: Map<string, number>,
): { checked: CheckedItem; error: undefined } | { checked: undefined; error: Row } {
  const target = { parameter: 'GOODSMVT_ITEM', row };
  const fail = (error: Row) => ({ checked: undefined, error }) as const;
  const movement = movementTypes[item['MOVE_TYPE'] ?? ''];
  if (movement === undefined) {
    const what = `movement type ${item['MOVE_TYPE'] ?? ''}`;
    return fail(call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], target));
  }

  const material = item['MATERIAL'] ?? '';
  const plant = item['PLANT'] ?? '';
  if (
    material === '' ||
    call.database.get('MARC', { MATNR: material, WERKS: plant }) === undefined
  ) {
    const field = { ...target, field: 'MATERIAL' };
    return fail(call.message('E', 'MATERIAL_NOT_IN_PLANT', [material, plant], field));
  }
  // The mock converts no units: an entry unit other than the base unit is refused.
  const baseUnit = call.database.get('MARA', { MATNR: material })?.['MEINS'] ?? '';
  const entryUnit = item['ENTRY_UOM'] || baseUnit;
  if (entryUnit !== baseUnit) {
    const variables = [entryUnit, baseUnit, material.replace(/^0+(?=\d)/, '')];
    const field = { ...target, field: 'ENTRY_UOM' };
    return fail(call.message('E', 'UNIT_NOT_BASE_UNIT', variables, field));
  }
  const opened = openOrder(call, item['ORDERID'] ?? '', { ...target, field: 'ORDERID' });
  if (opened.record === undefined) return fail(opened.message);
  const refused = refusePosting(call, opened.record, { ...target, field: 'ORDERID' });
  if (refused !== undefined) return fail(refused);

  const reservation = findReservation(call, item, opened.record);
  if (reservation === null) {
    const variables = [item['RESERV_NO'] ?? '', item['RES_ITEM'] ?? ''];
    const field = { ...target, field: 'RESERV_NO' };
    return fail(call.message('E', 'RESERVATION_ITEM_NOT_FOUND', variables, field));
  }
  const storageLocation = item['STGE_LOC'] || (reservation?.['LGORT'] ?? '');
  const quantity = Number(item['ENTRY_QNT'] ?? '0');
  if (storageLocation === '' || !(quantity > 0)) {
    const field = storageLocation === '' ? 'STGE_LOC' : 'ENTRY_QNT';
    return fail(call.message('E', 'REQUIRED_FIELD_MISSING', [field], { ...target, field }));
  }

  const stockKey = `${material}/${plant}/${storageLocation}`;
  const available =
    unrestrictedStock(call, material, plant, storageLocation) + (taken.get(stockKey) ?? 0);
  const change = movement.direction * quantity;
  if (available + change < 0) {
    const deficit = formatQuantity(-(available + change));
    // MESSAGE … WITH shows a material number as WRITE does: in its external form.
    const shownMaterial = /^\d+$/.test(material) ? material.replace(/^0+(?=\d)/, '') : material;
    const variables = [deficit, shownMaterial, plant, storageLocation];
    const field = { ...target, field: 'ENTRY_QNT' };
    return fail(call.message('E', 'STOCK_DEFICIT', variables, field));
  }
  taken.set(stockKey, (taken.get(stockKey) ?? 0) + change);

  const checked = {
    item: { ...item, ENTRY_UOM: baseUnit },
    record: opened.record,
    reservation,
    storageLocation,
  };
  return { checked: { ...checked, quantity, direction: movement.direction }, error: undefined };
}

// The reservation item named by RESERV_NO/RES_ITEM (null when it is not one of the order's), or
// else the order's first item for the material and plant (undefined when there is none).
function findReservation(
  call: FunctionCall,
  item: Readonly<Row>,
  record: OrderRecord,
): Row | undefined | null {
  const orderNumber = record.header['AUFNR'] ?? '';
  if (!/^0*$/.test(item['RESERV_NO'] ?? '')) {
    const found = call.database.find(
      'RESB',
      (row) =>
        row['RSNUM'] === item['RESERV_NO'] &&
        row['RSPOS'] === item['RES_ITEM'] &&
        row['AUFNR'] === orderNumber,
    );
    return found ?? null;
  }
  return call.database.find(
    'RESB',
    (row) =>
      row['AUFNR'] === orderNumber &&
      row['MATNR'] === item['MATERIAL'] &&
      row['WERKS'] === item['PLANT'],
  );
}

/** MARD-LABST of a material in a storage location as the session sees it (0 without a row). */
export function unrestrictedStock(
  call: FunctionCall,
  material: string,
  plant: string,
  storageLocation: string,
): number {
  const stock = call.database.get('MARD', {
    MATNR: material,
    WERKS: plant,
    LGORT: storageLocation,
  });
  return Number(stock?.['LABST'] ?? '0');
}

/** A quantity as messages show it: up to three decimals, without trailing zeros. */
export function formatQuantity(quantity: number): string {
  return String(Number(quantity.toFixed(3)));
}
