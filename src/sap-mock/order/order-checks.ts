import { findWorkCenter } from './work-centers.ts';
import { lengthCheck } from '../messages/length-check.ts';
import type { Row } from '../ddic/structure.ts';
import type { MaintainContext, MethodStep } from './maintain-context.ts';

// Checks of BAPI_ALM_ORDER_MAINTAIN's data rows against customizing and master data. Each check
// adds its error lines to the context and answers the row it found (undefined when refused).

/** Finds CHAR values longer than their field in the order tables (IM 119, as notifications). */
export const checkLengths = lengthCheck('VALUE_TOO_LONG');

/** Checks an order type against T003O. */
export function checkOrderType(
  context: MaintainContext,
  step: MethodStep,
  orderType: string,
): Row | undefined {
  const definition = context.call.database.get('T003O', { AUART: orderType });
  if (definition === undefined) {
    context.refuse(step, 'ORDER_TYPE_UNKNOWN', [orderType], 'ORDER_TYPE');
  }
  return definition;
}

/** Checks a work center in a plant against CRHD; a blank work center passes as 'none'. */
export function checkWorkCenter(
  context: MaintainContext,
  step: MethodStep,
  workCenter: string,
  plant: string,
  field: string,
): { found: Row | undefined; ok: boolean } {
  if (workCenter === '') return { found: undefined, ok: true };
  const found = findWorkCenter(context.call.database, workCenter, plant);
  if (found === undefined) {
    context.refuse(step, 'WORK_CENTER_NOT_FOUND', [workCenter, plant], field);
  }
  return { found, ok: found !== undefined };
}

/** Checks an equipment number (internal format) against EQUI; blank passes. */
export function checkEquipment(
  context: MaintainContext,
  step: MethodStep,
  equipment: string,
): boolean {
  if (equipment === '') return true;
  if (context.call.database.get('EQUI', { EQUNR: equipment }) !== undefined) return true;
  context.refuse(step, 'EQUIPMENT_NOT_FOUND', [equipment], 'EQUIPMENT');
  return false;
}

/** Checks a priority against T356 for a priority type; blank passes. */
export function checkOrderPriority(
  context: MaintainContext,
  step: MethodStep,
  priorityType: string,
  priority: string,
): boolean {
  if (priority === '') return true;
  const known = context.call.database.get('T356', { ARTPR: priorityType, PRIOK: priority });
  if (known !== undefined) return true;
  context.refuse(step, 'PRIORITY_NOT_ALLOWED', [priority, priorityType], 'PRIORITY');
  return false;
}

/** Checks that a material exists in a plant (MARC). */
export function checkMaterialInPlant(
  context: MaintainContext,
  step: MethodStep,
  material: string,
  plant: string,
): boolean {
  const known = context.call.database.get('MARC', { MATNR: material, WERKS: plant });
  if (known !== undefined && material !== '') return true;
  context.refuse(step, 'MATERIAL_NOT_IN_PLANT', [material, plant], 'MATERIAL');
  return false;
}

/** Checks that a customer exists in KNA1 (as sold-to partner AG). */
export function checkCustomer(
  context: MaintainContext,
  step: MethodStep,
  customer: string,
): boolean {
  const known = customer.length <= 10 && customer !== '';
  if (known && context.call.database.get('KNA1', { KUNNR: customer }) !== undefined) return true;
  context.refuse(step, 'CUSTOMER_NOT_FOUND_AS_PARTNER', [customer, 'AG'], 'PARTNER');
  return false;
}
