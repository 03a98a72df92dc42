import { defineStructure } from './structure.ts';

// Structures of BAPISDORDER_GETDETAILEDLIST (sap-bapi.md §3.1): the view flags, the document
// keys and the output lines, with selected fields of SAP's structures. Types of fields the
// reference does not give are the usual data element's (a guess).

/** ORDER_VIEW: which parts of the documents to read (CHAR1 flags, 'X' = read). */
export const ORDER_VIEW = defineStructure(
  'ORDER_VIEW',
  Object.fromEntries(
    [
      'HEADER',
      'ITEM',
      'SDSCHEDULE',
      'BUSINESS',
      'PARTNER',
      'ADDRESS',
      'STATUS_H',
      'STATUS_I',
      'SDCOND',
      'SDCOND_ADD',
      'CONTRACT',
      'TEXT',
      'FLOW',
      'BILLPLAN',
      'CONFIGURE',
      'CREDCARD',
      'INCOMP_LOG',
    ].map((flag) => [flag, 'C1']),
  ),
);

/** SALES_KEY: one sales document number to read. */
export const SALES_KEY = defineStructure('SALES_KEY', { VBELN: 'C10' });

/** BAPISDHD: a sales document header as read (NET_VAL_HD is DEC 28,9 in SAP). */
export const BAPISDHD = defineStructure('BAPISDHD', {
  DOC_NUMBER: 'C10',
  REC_DATE: 'D',
  REC_TIME: 'T',
  CREATED_BY: 'C12',
  DOC_DATE: 'D',
  SD_DOC_CAT: 'C1',
  DOC_TYPE: 'C4',
  SALES_ORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  CT_VALID_F: 'D',
  CT_VALID_T: 'D',
  NET_VAL_HD: 'P28.9',
  CURRENCY: 'C5',
  SOLD_TO: 'C10',
  PURCH_NO: 'C20',
});

/** BAPISDIT: a sales document item as read. */
export const BAPISDIT = defineStructure('BAPISDIT', {
  DOC_NUMBER: 'C10',
  ITM_NUMBER: 'N6',
  MATERIAL: 'C18',
  SHORT_TEXT: 'C40',
  REQ_QTY: 'P15.3',
  SALES_UNIT: 'C3',
  NET_VALUE: 'P15.2',
  CURRENCY: 'C5',
});

/** BAPISDPART: a partner of a sales document as read. */
export const BAPISDPART = defineStructure('BAPISDPART', {
  SD_DOC: 'C10',
  ITM_NUMBER: 'N6',
  PARTN_ROLE: 'C2',
  CUSTOMER: 'C10',
  NAME: 'C35',
});

/** BAPISDCOND: a condition of a sales document as read (COND_VALUE is DEC 28,9). */
export const BAPISDCOND = defineStructure('BAPISDCOND', {
  SD_DOC: 'C10',
  ITM_NUMBER: 'N6',
  COND_ST_NO: 'N3',
  COND_COUNT: 'N2',
  COND_TYPE: 'C4',
  COND_VALUE: 'P28.9',
  CURRENCY: 'C5',
  COND_P_UNT: 'P5',
  COND_UNIT: 'C3',
  CALCTYPCON: 'C1',
});

/** BAPISDCNTR: contract data of a sales document as read (ITM_NUMBER 000000 = header). */
export const BAPISDCNTR = defineStructure('BAPISDCNTR', {
  DOC_NUMBER: 'C10',
  ITM_NUMBER: 'N6',
  CONTSTADAT: 'D',
  CONTSIGDAT: 'D',
  CANC_PROC: 'C4',
  CONTENDDAT: 'D',
});
