import { defineStructure } from './structure.ts';

// The structures of time confirmations (BAPI_ALM_CONF_CREATE) and goods movements
// (BAPI_GOODSMVT_CREATE), sap-bapi.md §2.5 and §4.6: the fields the mock processes and their
// usual neighbours.

/** BAPI_ALM_TIMECONFIRMATION: one time ticket (work done on an operation). */
export const BAPI_ALM_TIMECONFIRMATION = defineStructure('BAPI_ALM_TIMECONFIRMATION', {
  CONF_NO: 'N10',
  ORDERID: 'C12',
  OPERATION: 'C4',
  SUB_OPER: 'C4',
  FIN_CONF: 'C1',
  COMPLETE: 'C1',
  CLEAR_RES: 'C1',
  POSTG_DATE: 'D',
  CONF_TEXT: 'C40',
  PLANT: 'C4',
  WORK_CNTR: 'C8',
  ACT_WORK: 'P7.1',
  UN_WORK: 'C3',
  REM_WORK: 'P7.1',
  UN_REM_WRK: 'C3',
  EXEC_START_DATE: 'D',
  EXEC_START_TIME: 'T',
  EXEC_FIN_DATE: 'D',
  EXEC_FIN_TIME: 'T',
  PERS_NO: 'N8',
  ACT_TYPE: 'C6',
  EX_CREATED_BY: 'C12',
  EX_IDENT: 'C32',
});

/** BAPI_ALM_RETURN: a message per time ticket, with the confirmation it created. */
export const BAPI_ALM_RETURN = defineStructure('BAPI_ALM_RETURN', {
  TYPE: 'C1',
  MESSAGE_ID: 'C20',
  MESSAGE_NUMBER: 'N3',
  MESSAGE: 'C220',
  LOG_NUMBER: 'C20',
  MESSAGE_V1: 'C50',
  MESSAGE_V2: 'C50',
  MESSAGE_V3: 'C50',
  MESSAGE_V4: 'C50',
  PARAMETER: 'C32',
  ROW: 'I',
  FIELD: 'C30',
  SYSTEM: 'C10',
  FLG_LOCKED: 'C1',
  CONF_NO: 'N10',
  CONF_CNT: 'N8',
});

/** BAPI2017_GM_HEAD_01: the header of a material document to post. */
export const BAPI2017_GM_HEAD_01 = defineStructure('BAPI2017_GM_HEAD_01', {
  PSTNG_DATE: 'D',
  DOC_DATE: 'D',
  REF_DOC_NO: 'C16',
  BILL_OF_LADING: 'C16',
  GR_GI_SLIP_NO: 'C10',
  PR_UNAME: 'C12',
  HEADER_TXT: 'C25',
});

/** BAPI2017_GM_CODE: the transaction the goods movement stands for ('03' goods issue). */
export const BAPI2017_GM_CODE = defineStructure('BAPI2017_GM_CODE', { GM_CODE: 'C2' });

/** BAPI2017_GM_ITEM_CREATE: one item of a goods movement. */
export const BAPI2017_GM_ITEM_CREATE = defineStructure('BAPI2017_GM_ITEM_CREATE', {
  MATERIAL: 'C18',
  PLANT: 'C4',
  STGE_LOC: 'C4',
  BATCH: 'C10',
  MOVE_TYPE: 'C3',
  STCK_TYPE: 'C1',
  SPEC_STOCK: 'C1',
  ENTRY_QNT: 'P13.3',
  ENTRY_UOM: 'C3',
  ENTRY_UOM_ISO: 'C3',
  ORDERID: 'C12',
  COSTCENTER: 'C10',
  RESERV_NO: 'N10',
  RES_ITEM: 'N4',
  RES_TYPE: 'C1',
  MVT_IND: 'C1',
  ITEM_TEXT: 'C50',
});

/** BAPI2017_GM_SERIALNUMBER: a serial number of an item (declared, not processed). */
export const BAPI2017_GM_SERIALNUMBER = defineStructure('BAPI2017_GM_SERIALNUMBER', {
  MATDOC_ITM: 'N4',
  SERIALNO: 'C18',
});

/** BAPI2017_GM_HEAD_RET: the material document posted. */
export const BAPI2017_GM_HEAD_RET = defineStructure('BAPI2017_GM_HEAD_RET', {
  MAT_DOC: 'C10',
  DOC_YEAR: 'N4',
});
