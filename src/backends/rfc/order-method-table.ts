import type { OrderCreation } from '../../domain/order.ts';
import { toAlpha } from '../mapping/sap-formats.ts';
import type { OrderSettings } from './order-settings.ts';

/** The temporary number of the one new order of a BAPI_ALM_ORDER_MAINTAIN call. */
export const TEMPORARY_ORDER_NUMBER = '%00000000001';

/** One row of IT_METHODS (BAPI_ALM_ORDER_METHOD): the "program" BAPI_ALM_ORDER_MAINTAIN runs. */
export interface OrderMethod {
  REFNUMBER: string;
  OBJECTTYPE: string;
  METHOD: string;
  OBJECTKEY: string;
}

/** The tables of one BAPI_ALM_ORDER_MAINTAIN call. */
export interface OrderMaintainTables {
  IT_METHODS: OrderMethod[];
  IT_HEADER: Record<string, string>[];
  IT_PARTNER?: Record<string, string>[];
  IT_OPERATION?: Record<string, string>[];
  IT_COMPONENT?: Record<string, string>[];
}

/** A status change BAPI_ALM_ORDER_MAINTAIN makes with a HEADER method. */
export type OrderHeaderMethod = 'RELEASE' | 'TECHNICALCOMPLETE';

/**
 * Builds the tables that create an order: HEADER CREATE (or CREATETONOTIF with the
 * notification number in the key), the sold-to PARTNER, one OPERATION per planned operation
 * (numbered by SAP), one COMPONENT per part, and SAVE.
 */
export function buildCreateTables(
  order: OrderCreation,
  header: Record<string, string>,
  settings: OrderSettings,
  startDate: string,
): OrderMaintainTables {
  const number = TEMPORARY_ORDER_NUMBER;
  const plant = order.plant ?? order.operations[0]?.plant ?? '';
  const methods: OrderMethod[] = [];
  const add = (refNumber: number, objectType: string, method: string, objectKey: string) => {
    methods.push({
      REFNUMBER: String(refNumber).padStart(6, '0'),
      OBJECTTYPE: objectType,
      METHOD: method,
      OBJECTKEY: objectKey,
    });
  };

  const { reference } = order;
  if (reference.kind === 'notification') {
    add(1, 'HEADER', 'CREATETONOTIF', number + toAlpha(reference.notificationId, 12));
  } else {
    add(1, 'HEADER', 'CREATE', number);
  }
  const tables: OrderMaintainTables = {
    IT_METHODS: methods,
    IT_HEADER: [
      {
        ...header,
        ORDERID: number,
        PLANPLANT: plant,
        PLANT: order.operations[0]?.plant ?? plant,
        MN_WK_CTR: order.operations[0]?.workCenter.toUpperCase() ?? '',
        START_DATE: startDate,
      },
    ],
  };

  if (reference.kind === 'customer') {
    add(1, 'PARTNER', 'CREATE', number);
    tables.IT_PARTNER = [
      {
        ORDERID: number,
        PARTN_ROLE: settings.customerPartnerFunction,
        PARTNER: toAlpha(reference.customerId, 10),
      },
    ];
  }

  tables.IT_OPERATION = order.operations.map((operation, index) => {
    add(index + 1, 'OPERATION', 'CREATE', number);
    return {
      ACTIVITY: '',
      CONTROL_KEY: settings.controlKey,
      WORK_CNTR: operation.workCenter.toUpperCase(),
      ...(operation.activityType === undefined
        ? {}
        : { ACTTYPE: operation.activityType.toUpperCase() }),
      PLANT: operation.plant ?? plant,
      DESCRIPTION: operation.description,
      WORK_ACTIVITY: operation.plannedHours,
      UN_WORK: settings.hoursUnit,
    };
  });

  const components = order.components ?? [];
  if (components.length > 0) {
    tables.IT_COMPONENT = components.map((component, index) => {
      add(index + 1, 'COMPONENT', 'CREATE', number + settings.componentOperation);
      return {
        ACTIVITY: settings.componentOperation,
        MATERIAL: toAlpha(component.materialId, 18),
        PLANT: component.plant.toUpperCase(),
        STGE_LOC: (component.storageLocation ?? settings.defaultStorageLocation).toUpperCase(),
        REQUIREMENT_QUANTITY: component.quantity,
        ...(settings.quantityUnit === undefined
          ? {}
          : { REQUIREMENT_QUANTITY_UNIT: settings.quantityUnit }),
        ITEM_CAT: settings.componentItemCategory,
      };
    });
  }

  add(1, '', 'SAVE', '');
  return tables;
}

/** Builds the tables of a status change of one order: the HEADER method and SAVE. */
export function buildHeaderMethodTables(
  orderNumber: string,
  method: OrderHeaderMethod,
  headerFields: Record<string, string> = {},
): OrderMaintainTables {
  return {
    IT_METHODS: [
      { REFNUMBER: '000001', OBJECTTYPE: 'HEADER', METHOD: method, OBJECTKEY: orderNumber },
      { REFNUMBER: '000001', OBJECTTYPE: '', METHOD: 'SAVE', OBJECTKEY: orderNumber },
    ],
    IT_HEADER: [{ ...headerFields, ORDERID: orderNumber }],
  };
}

/** The final number BAPI_ALM_ORDER_MAINTAIN gave the new order (ET_NUMBERS), or blank. */
export function newOrderNumber(numbers: unknown): string {
  const rows = Array.isArray(numbers) ? (numbers as Record<string, unknown>[]) : [];
  const row = rows.find((candidate) => candidate.AUFNR_IN === TEMPORARY_ORDER_NUMBER) ?? rows[0];
  const value = row?.AUFNR_NEW;
  return typeof value === 'string' ? value.trim() : '';
}
