import { alpha } from './reservation-account.ts';
import { atp } from './stock-figures.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// The item checks of BAPI_RESERVATION_CREATE1: material in plant, quantity, unit, date and,
// with ATPCHECK, the available stock.

/** A reservation item that passed its checks, in the form RESB stores it. */
export interface CheckedReservationItem {
  material: string;
  plant: string;
  storageLocation: string;
  quantity: number;
  unit: string;
  requirementDate: string;
  /** XWAOK: MOVEMENT of the item, 'X' when blank. */
  movementAllowed: string;
}

/** Checks every item; with ATPCHECK 'X' the items of the call share the available stock. */
export function checkReservationItems(
  call: FunctionCall,
  header: Readonly<Row>,
  items: readonly Readonly<Row>[],
): { items: CheckedReservationItem[]; messages: Row[] } {
  if (items.length === 0) {
    const target = { parameter: 'RESERVATIONITEMS' };
    const missing = call.message('E', 'REQUIRED_FIELD_MISSING', ['RESERVATIONITEMS'], target);
    return { items: [], messages: [missing] };
  }

  const checkAvailability = call.input.scalar('ATPCHECK') === 'X';
  const reserved = new Map<string, number>();
  const checked: CheckedReservationItem[] = [];
  const messages: Row[] = [];
  items.forEach((item, index) => {
    const result = checkItem(call, header, item, index + 1);
    if (result.message !== undefined) {
      messages.push(result.message);
      return;
    }
    const shortage = checkAvailability
      ? refuseShortage(call, result.item, reserved, index + 1)
      : undefined;
    if (shortage === undefined) checked.push(result.item);
    else messages.push(shortage);
  });
  return { items: checked, messages };
}

function checkItem(
  call: FunctionCall,
  header: Readonly<Row>,
  item: Readonly<Row>,
  row: number,
): { item: CheckedReservationItem; message: undefined } | { item: undefined; message: Row } {
  const target = (field: string) => ({ parameter: 'RESERVATIONITEMS', row, field });
  const refuse = (message: Row) => ({ item: undefined, message }) as const;
  const material = alpha(item['MATERIAL'] ?? '', 18);
  const plant = item['PLANT'] ?? '';
  const shown = externalMaterial(material);

  const master = material === '' ? undefined : call.database.get('MARA', { MATNR: material });
  if (master === undefined) {
    return refuse(call.message('E', 'MATERIAL_NOT_FOUND', [shown], target('MATERIAL')));
  }
  if (call.database.get('MARC', { MATNR: material, WERKS: plant }) === undefined) {
    return refuse(call.message('E', 'MATERIAL_NOT_IN_PLANT', [shown, plant], target('PLANT')));
  }
  const quantity = Number(item['ENTRY_QNT'] ?? '0');
  if (!(quantity > 0)) {
    const field = 'ENTRY_QNT';
    return refuse(call.message('E', 'REQUIRED_FIELD_MISSING', [field], target(field)));
  }
  // The mock converts no units: a reservation is kept in the base unit only.
  const baseUnit = master['MEINS'] ?? '';
  const unit = item['ENTRY_UOM'] || baseUnit;
  if (unit !== baseUnit) {
    const variables = [unit, baseUnit, shown];
    return refuse(call.message('E', 'UNIT_NOT_BASE_UNIT', variables, target('ENTRY_UOM')));
  }
  const requirementDate = isInitial(item['REQ_DATE']) ? header['RES_DATE'] : item['REQ_DATE'];
  if (requirementDate === undefined || isInitial(requirementDate)) {
    const field = 'REQ_DATE';
    return refuse(call.message('E', 'REQUIRED_FIELD_MISSING', [field], target(field)));
  }

  const storageLocation = item['STGE_LOC'] ?? '';
  const movementAllowed = item['MOVEMENT'] || 'X';
  const checked = { material, plant, storageLocation, quantity, unit, requirementDate };
  return { item: { ...checked, movementAllowed }, message: undefined };
}

// ATPCHECK: the item may reserve no more than is available (at its storage location, or in the
// plant when it names none) less what earlier items of the call reserved.
function refuseShortage(
  call: FunctionCall,
  item: CheckedReservationItem,
  reserved: Map<string, number>,
  row: number,
): Row | undefined {
  const place = {
    material: item.material,
    plant: item.plant,
    storageLocation: item.storageLocation,
  };
  const key = `${item.material}/${item.plant}/${item.storageLocation}`;
  const available = atp(call.database, place) - (reserved.get(key) ?? 0);
  if (available >= item.quantity) {
    reserved.set(key, (reserved.get(key) ?? 0) + item.quantity);
    return undefined;
  }
  const shown = String(Math.max(0, Number(available.toFixed(3))));
  const variables = [shown, item.unit, externalMaterial(item.material), item.plant];
  const target = { parameter: 'RESERVATIONITEMS', row, field: 'ENTRY_QNT' };
  return call.message('E', 'QUANTITY_NOT_AVAILABLE', variables, target);
}

// MESSAGE … WITH shows a material number as WRITE does: in its external form.
function externalMaterial(material: string): string {
  return /^\d+$/.test(material) ? material.replace(/^0+(?=\d)/, '') : material;
}

function isInitial(value: string | undefined): boolean {
  return value === undefined || /^0*$/.test(value);
}
