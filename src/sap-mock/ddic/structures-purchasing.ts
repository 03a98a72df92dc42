import { defineStructure } from './structure.ts';

// Purchase requisition structures of BAPI_PR_CREATE and BAPI_PR_GETDETAIL (selected fields of
// SAP's structures, as the interface page lists them). QUANTITY_ORDERED is an unconfirmed name.

/** BAPIMEREQHEADER: header of a purchase requisition. */
export const BAPIMEREQHEADER = defineStructure('BAPIMEREQHEADER', {
  PREQ_NO: 'C10',
  PR_TYPE: 'C4',
  CTRL_IND: 'C1',
  GENERAL_RELEASE: 'C1',
  CREATE_IND: 'C1',
  ITEM_INTVL: 'N5',
  LAST_ITEM: 'N5',
  AUTO_SOURCE: 'C1',
  MEMORY: 'C1',
  MEMORYTYPE: 'C1',
});

/** BAPIMEREQHEADERX: which header fields to take ('X'). */
export const BAPIMEREQHEADERX = defineStructure('BAPIMEREQHEADERX', {
  PREQ_NO: 'C1',
  PR_TYPE: 'C1',
  CTRL_IND: 'C1',
  GENERAL_RELEASE: 'C1',
  CREATE_IND: 'C1',
  ITEM_INTVL: 'C1',
  LAST_ITEM: 'C1',
  AUTO_SOURCE: 'C1',
});

/** The item fields of BAPIMEREQITEMIMP, each also a flag of BAPIMEREQITEMX. */
const itemImportFields = {
  PUR_GROUP: 'C3',
  PREQ_NAME: 'C12',
  SHORT_TEXT: 'C40',
  MATERIAL: 'C18',
  PLANT: 'C4',
  STORE_LOC: 'C4',
  TRACKINGNO: 'C10',
  MATL_GROUP: 'C9',
  QUANTITY: 'P13.3',
  UNIT: 'C3',
  PREQ_DATE: 'D',
  DELIV_DATE: 'D',
  REL_DATE: 'D',
  ITEM_CAT: 'C1',
  ACCTASSCAT: 'C1',
  GR_IND: 'C1',
  IR_IND: 'C1',
  DES_VENDOR: 'C10',
  FIXED_VEND: 'C10',
  PURCH_ORG: 'C4',
};

/** The PRITEM fields that PRITEMX flags, in order. */
export const prItemFields: readonly string[] = Object.keys(itemImportFields);

/** BAPIMEREQITEMIMP: an item to create (BAPI_PR_CREATE PRITEM). */
export const BAPIMEREQITEMIMP = defineStructure('BAPIMEREQITEMIMP', {
  PREQ_ITEM: 'N5',
  ...itemImportFields,
});

/** BAPIMEREQITEMX: which PRITEM fields to take ('X'), matched by PREQ_ITEM. */
export const BAPIMEREQITEMX = defineStructure('BAPIMEREQITEMX', {
  PREQ_ITEM: 'N5',
  PREQ_ITEMX: 'C1',
  ...Object.fromEntries(prItemFields.map((field) => [field, 'C1'])),
});

/** BAPIMEREQITEM: an item as read back (PRITEMEXP, BAPI_PR_GETDETAIL PRITEM). */
export const BAPIMEREQITEM = defineStructure('BAPIMEREQITEM', {
  PREQ_ITEM: 'N5',
  PUR_GROUP: 'C3',
  PREQ_NAME: 'C12',
  SHORT_TEXT: 'C40',
  MATERIAL: 'C18',
  PLANT: 'C4',
  STORE_LOC: 'C4',
  TRACKINGNO: 'C10',
  QUANTITY: 'P13.3',
  UNIT: 'C3',
  PREQ_DATE: 'D',
  DELIV_DATE: 'D',
  CREATE_IND: 'C1',
  DELETE_IND: 'C1',
  CLOSED: 'C1',
  PROC_STAT: 'C1',
  QUANTITY_ORDERED: 'P13.3',
  CREATED_BY: 'C12',
  CREATION_DATE: 'D',
  CREATION_TIME: 'T',
});

/** BAPIMEREQACCOUNT: account assignment of an item (minimal; the mock does not store it). */
export const BAPIMEREQACCOUNT = defineStructure('BAPIMEREQACCOUNT', {
  PREQ_ITEM: 'N5',
  SERIAL_NO: 'N2',
  COSTCENTER: 'C10',
  GL_ACCOUNT: 'C10',
});

/** BAPIMEREQACCOUNTX: which account assignment fields to take ('X'). */
export const BAPIMEREQACCOUNTX = defineStructure('BAPIMEREQACCOUNTX', {
  PREQ_ITEM: 'N5',
  SERIAL_NO: 'N2',
  COSTCENTER: 'C1',
  GL_ACCOUNT: 'C1',
});

/** BAPIMEREQHEADTEXT: one line of a requisition's header text. */
export const BAPIMEREQHEADTEXT = defineStructure('BAPIMEREQHEADTEXT', {
  PREQ_NO: 'C10',
  PREQ_ITEM: 'N5',
  TEXT_ID: 'C4',
  TEXT_FORM: 'C2',
  TEXT_LINE: 'C132',
});

/** BAPIMEREQITEMTEXT: one line of an item text (same fields as the header text). */
export const BAPIMEREQITEMTEXT = defineStructure('BAPIMEREQITEMTEXT', {
  PREQ_NO: 'C10',
  PREQ_ITEM: 'N5',
  TEXT_ID: 'C4',
  TEXT_FORM: 'C2',
  TEXT_LINE: 'C132',
});
