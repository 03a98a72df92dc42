import { defineStructure } from './structure.ts';

// Input structures of the SD create BAPIs (sap-bapi.md §3.1, §5.2): selected fields of SAP's
// structures. Where the reference gives no type, it is the usual data element's (a guess).

const headerFields: Record<string, string> = {
  DOC_TYPE: 'C4',
  SALES_ORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  SALES_GRP: 'C3',
  SALES_OFF: 'C4',
  PURCH_NO_C: 'C35',
  PURCH_DATE: 'D',
  PMNTTRMS: 'C4',
  CT_VALID_F: 'D',
  CT_VALID_T: 'D',
  DOC_DATE: 'D',
  CURRENCY: 'C5',
  // Debit memo requests (SD_SALESDOCUMENT_CREATE): the reference and the billing dates.
  REF_DOC: 'C10',
  REFDOC_CAT: 'C1',
  REFOBJTYPE: 'C10',
  REFOBJKEY: 'C70',
  SERV_DATE: 'D',
  BILL_DATE: 'D',
  PRICE_DATE: 'D',
};

/** BAPISDHD1: the header of a sales document to create (contract validity in CT_VALID_F/T). */
export const BAPISDHD1 = defineStructure('BAPISDHD1', headerFields);

/** BAPISDHD1X: UPDATEFLAG and one CHAR1 flag per header field. */
export const BAPISDHD1X = defineStructure('BAPISDHD1X', {
  UPDATEFLAG: 'C1',
  ...Object.fromEntries(Object.keys(headerFields).map((field) => [field, 'C1'])),
});

/** BAPISDITM: an item to create (material, target quantity and unit, short text). */
export const BAPISDITM = defineStructure('BAPISDITM', {
  ITM_NUMBER: 'N6',
  MATERIAL: 'C18',
  PLANT: 'C4',
  TARGET_QTY: 'P13.3',
  TARGET_QU: 'C3',
  ITEM_CATEG: 'C4',
  SHORT_TEXT: 'C40',
  PURCH_NO_C: 'C35',
});

/** BAPIPARNR: a partner of a sales document (PARTN_ROLE internal code, PARTN_NUMB ALPHA). */
export const BAPIPARNR = defineStructure('BAPIPARNR', {
  PARTN_ROLE: 'C2',
  PARTN_NUMB: 'C10',
  ITM_NUMBER: 'N6',
  NAME: 'C35',
});

/** BAPICOND: a condition (rate, currency or percentage, pricing unit, calculation type). */
export const BAPICOND = defineStructure('BAPICOND', {
  ITM_NUMBER: 'N6',
  COND_ST_NO: 'N3',
  COND_COUNT: 'N2',
  COND_TYPE: 'C4',
  COND_VALUE: 'P28.9',
  CURRENCY: 'C5',
  COND_UNIT: 'C3',
  COND_P_UNT: 'P5',
  CALCTYPCON: 'C1',
});

/** BAPICTR: contract data of the header (ITM_NUMBER 000000) or of an item. */
export const BAPICTR = defineStructure('BAPICTR', {
  ITM_NUMBER: 'N6',
  CON_ST_DAT: 'D',
  CON_EN_DAT: 'D',
  CON_SI_DAT: 'D',
  INST_DATE: 'D',
  ACCEPT_DAT: 'D',
});
