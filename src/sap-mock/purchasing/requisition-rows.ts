import { systemDate, systemTime } from '../notification/notification-header.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { CheckedRequisitionItem } from './requisition-items.ts';

// EBAN rows of purchase requisitions: built from checked BAPI_PR_CREATE items and read back
// into BAPIMEREQITEM lines.

/** The lock argument of a purchase requisition (lock object EMEBANE: client-independent). */
export function requisitionLockArgument(requisition: string): string {
  return `EBAN ${requisition}`;
}

/** A requisition number as messages show it (without leading zeros). */
export function externalRequisition(requisition: string): string {
  return /^\d+$/.test(requisition) ? requisition.replace(/^0+(?=\d)/, '') : requisition;
}

/** The EBAN row of a new item created by hand or interface (ESTKZ 'R', status not edited). */
export function requisitionRow(
  call: FunctionCall,
  header: { requisition: string; documentType: string },
  item: CheckedRequisitionItem,
): Row {
  const now = call.system.now();
  const values = item.values;
  return {
    BANFN: header.requisition,
    BNFPO: item.itemNumber,
    BSART: header.documentType,
    BSTYP: 'B',
    STATU: 'N',
    ESTKZ: 'R',
    EKGRP: values['PUR_GROUP'] ?? '',
    ERNAM: call.session.user,
    ERDAT: systemDate(now),
    AFNAM: values['PREQ_NAME'] ?? '',
    TXZ01: values['SHORT_TEXT'] ?? '',
    MATNR: values['MATERIAL'] ?? '',
    WERKS: values['PLANT'] ?? '',
    LGORT: values['STORE_LOC'] ?? '',
    BEDNR: values['TRACKINGNO'] ?? '',
    MENGE: values['QUANTITY'] ?? '',
    MEINS: values['UNIT'] ?? '',
    BADAT: values['PREQ_DATE'] ?? '',
    LFDAT: values['DELIV_DATE'] ?? '',
    BSMNG: '0',
    CREATIONDATE: systemDate(now),
    CREATIONTIME: systemTime(now),
  };
}

/** An EBAN row as a BAPIMEREQITEM line (PRITEMEXP, BAPI_PR_GETDETAIL PRITEM). */
export function toRequisitionItem(eban: Readonly<Row>): Row {
  return {
    PREQ_ITEM: eban['BNFPO'] ?? '',
    PUR_GROUP: eban['EKGRP'] ?? '',
    PREQ_NAME: eban['AFNAM'] ?? '',
    SHORT_TEXT: eban['TXZ01'] ?? '',
    MATERIAL: eban['MATNR'] ?? '',
    PLANT: eban['WERKS'] ?? '',
    STORE_LOC: eban['LGORT'] ?? '',
    TRACKINGNO: eban['BEDNR'] ?? '',
    QUANTITY: eban['MENGE'] ?? '',
    UNIT: eban['MEINS'] ?? '',
    PREQ_DATE: eban['BADAT'] ?? '',
    DELIV_DATE: eban['LFDAT'] ?? '',
    CREATE_IND: eban['ESTKZ'] ?? '',
    DELETE_IND: eban['LOEKZ'] ?? '',
    CLOSED: eban['EBAKZ'] ?? '',
    PROC_STAT: eban['STATU'] ?? '',
    QUANTITY_ORDERED: eban['BSMNG'] ?? '',
    CREATED_BY: eban['ERNAM'] ?? '',
    CREATION_DATE: eban['CREATIONDATE'] ?? '',
    CREATION_TIME: eban['CREATIONTIME'] ?? '',
  };
}
