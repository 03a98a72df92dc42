import { equipmentDescription, materialDescription } from '../notification/notification-reader.ts';
import { soldToParty } from './order-record.ts';
import {
  activeOrderStatuses,
  mainOrderStatus,
  orderStatus,
  orderStatusLine,
} from './order-status.ts';
import { workCenterById } from './work-centers.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';
import type { OperationRecord, OrderRecord } from './order-record.ts';

// Order data in the shapes of BAPI_ALM_ORDER_GET_DETAIL and BAPI_ALM_ORDERHEAD_GET_LIST.

/** BAPI_ALM_ORDER_HEADER_E from a stored order. */
export function headerExport(database: DatabaseView, record: OrderRecord, language: string): Row {
  const { header, schedule, maintenance } = record;
  const equipment = maintenance['EQUNR'] ?? '';
  return {
    ORDERID: header['AUFNR'] ?? '',
    ORDER_TYPE: header['AUART'] ?? '',
    PLANPLANT: maintenance['IWERK'] ?? '',
    MN_WK_CTR: header['VAPLZ'] ?? '',
    PLANT: header['WAWRK'] ?? '',
    EQUIPMENT: equipment,
    EQUIDESCR: equipmentDescription(database, equipment, language),
    SHORT_TEXT: header['KTEXT'] ?? '',
    PRIORITY: maintenance['PRIOK'] ?? '',
    PRIOTYPE: maintenance['ARTPR'] ?? '',
    NOTIF_NO: maintenance['QMNUM'] ?? '',
    START_DATE: schedule['GSTRP'] ?? '',
    FINISH_DATE: schedule['GLTRP'] ?? '',
    ENTERED_BY: header['ERNAM'] ?? '',
    ENTER_DATE: header['ERDAT'] ?? '',
    CHANGED_BY: header['AENAM'] ?? '',
    CHANGE_DATE: header['AEDAT'] ?? '',
    RELEASE_DATE: header['IDAT1'] ?? '',
    TECO_REF_DATE: maintenance['ADDAT'] ?? '',
    TECO_REF_TIME: maintenance['ADUHR'] ?? '',
    SYS_STATUS: statusLineOf(database, record, language),
    OBJECT_NO: header['OBJNR'] ?? '',
    RESERV_NO: schedule['RSNUM'] ?? '',
    ROUTING_NO: schedule['AUFPL'] ?? '',
  };
}

/** The system status line of an order ('REL  PCNF'). */
export function statusLineOf(
  database: DatabaseView,
  record: OrderRecord,
  language: string,
): string {
  return orderStatusLine(database, activeOrderStatuses(record.statuses), language);
}

/** BAPI_ALM_ORDER_OPERATION_E rows, with the actual work and the operation's status. */
export function operationsExport(
  database: DatabaseView,
  record: OrderRecord,
  language: string,
): Row[] {
  return record.operations.map((operation) => {
    const workCenter = workCenterById(database, operation.operation['ARBID'] ?? '');
    return {
      ACTIVITY: operation.operation['VORNR'] ?? '',
      CONTROL_KEY: operation.operation['STEUS'] ?? '',
      WORK_CNTR: workCenter?.['ARBPL'] ?? '',
      PLANT: operation.operation['WERKS'] ?? '',
      DESCRIPTION: operation.operation['LTXA1'] ?? '',
      WORK_ACTIVITY: operation.values['ARBEI'] ?? '0',
      UN_WORK: operation.values['ARBEH'] ?? '',
      ACTTYPE: operation.operation['LARNT'] ?? '',
      ACTUAL_WORK: operation.values['ISMNW'] ?? '0',
      CONF_NO: operation.operation['RUECK'] ?? '',
      SYSTEM_STATUS_TEXT: operationStatusLine(database, record, operation, language),
    };
  });
}

// An operation shows the order's main status and its own confirmation status (AFRU).
function operationStatusLine(
  database: DatabaseView,
  record: OrderRecord,
  operation: OperationRecord,
  language: string,
): string {
  const confirmations = database.select(
    'AFRU',
    (row) => row['RUECK'] === operation.operation['RUECK'] && row['STOKZ'] === '',
  );
  const statuses: string[] = [];
  const main = mainOrderStatus(record.statuses);
  if (main !== undefined) statuses.push(main);
  if (confirmations.some((row) => row['AUERU'] === 'X')) statuses.push(orderStatus.confirmed);
  else if (confirmations.length > 0) statuses.push(orderStatus.partiallyConfirmed);
  return orderStatusLine(database, statuses, language);
}

/** BAPI_ALM_ORDER_COMPONENT_E rows: reservation items with the quantity withdrawn. */
export function componentsExport(
  database: DatabaseView,
  record: OrderRecord,
  language: string,
): Row[] {
  return record.components.map((item) => ({
    RESERV_NO: item['RSNUM'] ?? '',
    RES_ITEM: item['RSPOS'] ?? '',
    RES_TYPE: item['RSART'] ?? '',
    ACTIVITY: item['VORNR'] ?? '',
    MATERIAL: item['MATNR'] ?? '',
    MATL_DESC: materialDescription(database, item['MATNR'] ?? '', language),
    PLANT: item['WERKS'] ?? '',
    STGE_LOC: item['LGORT'] ?? '',
    ITEM_CAT: item['POSTP'] ?? '',
    REQUIREMENT_QUANTITY: item['BDMNG'] ?? '0',
    REQUIREMENT_QUANTITY_UNIT: item['MEINS'] ?? '',
    WITHDRAWN_QUANTITY: item['ENMNG'] ?? '0',
  }));
}

/** BAPI_ALM_ORDER_PARTNER rows. */
export function partnersExport(record: OrderRecord): Row[] {
  return record.partners.map((partner) => ({
    ORDERID: record.header['AUFNR'] ?? '',
    PARTN_ROLE: partner['PARVW'] ?? '',
    PARTNER: partner['PARNR'] ?? '',
    COUNTER: partner['COUNTER'] ?? '',
  }));
}

/** BAPI_ALM_ORDER_LISTHEAD_RESULT for one order. */
export function listResult(database: DatabaseView, record: OrderRecord, language: string): Row {
  const { header, schedule, maintenance } = record;
  const equipment = maintenance['EQUNR'] ?? '';
  return {
    ORDERID: header['AUFNR'] ?? '',
    ORDER_TYPE: header['AUART'] ?? '',
    ENTERED_BY: header['ERNAM'] ?? '',
    ENTER_DATE: header['ERDAT'] ?? '',
    CHANGED_BY: header['AENAM'] ?? '',
    CHANGE_DATE: header['AEDAT'] ?? '',
    SHORT_TEXT: header['KTEXT'] ?? '',
    PLANT: header['WERKS'] ?? '',
    PRIORITY: maintenance['PRIOK'] ?? '',
    EQUIPMENT: equipment,
    EQUIDESCR: equipmentDescription(database, equipment, language),
    PLANPLANT: maintenance['IWERK'] ?? '',
    MN_WK_CTR: header['VAPLZ'] ?? '',
    MN_WK_PLANT: header['WAWRK'] ?? '',
    CUSTOMER: soldToParty(record).slice(0, 10),
    NOTIF_NO: maintenance['QMNUM'] ?? '',
    S_STATUS: statusLineOf(database, record, language),
    START_DATE: schedule['GSTRP'] ?? '',
    FINISH_DATE: schedule['GLTRP'] ?? '',
  };
}
