import { messageFields } from './structures-common.ts';
import { defineStructure } from './structure.ts';

// Structures of the billing BAPIs (BAPI_BILLINGDOC_*) and of BAPI_AR_ACC_GETOPENITEMS: selected
// fields of SAP's structures. Types not given by the interface are the usual data element's,
// and the field names marked "unconfirmed" are the mock's choice in SAP's naming style.

/** BAPIVBRK: one line of billing data in (a reference to a sales document item to bill). */
export const BAPIVBRK = defineStructure('BAPIVBRK', {
  SALESORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  DOC_TYPE: 'C4',
  ORDBILLTYP: 'C4',
  BILL_DATE: 'D',
  SOLD_TO: 'C10',
  REF_DOC: 'C10',
  REF_ITEM: 'N6',
  REF_DOC_CA: 'C1',
  ITEM_CATEG: 'C4',
  REQ_QTY: 'P13.3',
  SALES_UNIT: 'C3',
  CURRENCY: 'C5',
  MATERIAL: 'C18',
  PLANT: 'C4',
});

/** BAPIVBRKSUCCESS: a billed reference item and the billing document item it became. */
export const BAPIVBRKSUCCESS = defineStructure('BAPIVBRKSUCCESS', {
  REF_DOC: 'C10',
  REF_ITEM: 'N6',
  BILL_DOC: 'C10',
  BILL_ITEM: 'N6',
});

/** BAPIVBRKERRORS: a message about one reference item (field list unconfirmed). */
export const BAPIVBRKERRORS = defineStructure('BAPIVBRKERRORS', {
  REF_DOC: 'C10',
  REF_ITEM: 'N6',
  TYPE: 'C1',
  ID: 'C20',
  NUMBER: 'N3',
  MESSAGE: 'C220',
});

/** BAPICREATORDATA: who creates the billing documents, and when. */
export const BAPICREATORDATA = defineStructure('BAPICREATORDATA', {
  CREATED_BY: 'C12',
  CREATED_ON: 'D',
});

/** BAPIKOMV: a condition for billing (the mock accepts none; minimal field list). */
export const BAPIKOMV = defineStructure('BAPIKOMV', {
  REF_DOC: 'C10',
  REF_ITEM: 'N6',
  COND_TYPE: 'C4',
  COND_VALUE: 'P28.9',
  CURRENCY: 'C5',
});

/** BAPICCARD_VF: payment card data for billing (the mock accepts none; minimal field list). */
export const BAPICCARD_VF = defineStructure('BAPICCARD_VF', {
  REF_DOC: 'C10',
  CC_TYPE: 'C4',
  CC_NUMBER: 'C25',
});

/** BAPIKOMFKTX: a text for billing (the mock accepts none; minimal field list). */
export const BAPIKOMFKTX = defineStructure('BAPIKOMFKTX', {
  REF_DOC: 'C10',
  TEXT_ID: 'C4',
  LANGU: 'C1',
  TEXT_LINE: 'C132',
});

/** BAPIRETURN1: the RETURN of the billing BAPIs (the same fields as BAPIRET1). */
export const BAPIRETURN1 = defineStructure('BAPIRETURN1', messageFields);

/**
 * BAPIVBRKOUT: a billing document header as BAPI_BILLINGDOC_GETDETAIL shows it. CANCELLED
 * (VBRK-FKSTO), CANC_BILL_DOC (the document that cancels this one), COMP_CODE, FISC_YEAR,
 * ACCNT_STAT (VBRK-RFBSK), CREATED_BY and CREATED_ON are unconfirmed names.
 */
export const BAPIVBRKOUT = defineStructure('BAPIVBRKOUT', {
  BILLINGDOC: 'C10',
  BILL_TYPE: 'C4',
  BILL_CAT: 'C1',
  CURRENCY: 'C5',
  SALES_ORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  BILL_DATE: 'D',
  SOLD_TO: 'C10',
  PAYER: 'C10',
  NET_VALUE: 'P15.2',
  TAX_VALUE: 'P13.2',
  CANCELLED: 'C1',
  CANC_BILL_DOC: 'C10',
  COMP_CODE: 'C4',
  FISC_YEAR: 'N4',
  ACCNT_STAT: 'C1',
  CREATED_BY: 'C12',
  CREATED_ON: 'D',
});

/** BAPI3007_2: a customer line item of BAPI_AR_ACC_GETOPENITEMS. */
export const BAPI3007_2 = defineStructure('BAPI3007_2', {
  COMP_CODE: 'C4',
  CUSTOMER: 'C10',
  SP_GL_IND: 'C1',
  CLEAR_DATE: 'D',
  CLR_DOC_NO: 'C10',
  ALLOC_NMBR: 'C18',
  FISC_YEAR: 'N4',
  DOC_NO: 'C10',
  ITEM_NUM: 'N3',
  PSTNG_DATE: 'D',
  DOC_DATE: 'D',
  CURRENCY: 'C5',
  LOC_CURRCY: 'C5',
  REF_DOC_NO: 'C16',
  DOC_TYPE: 'C2',
  DB_CR_IND: 'C1',
  LC_AMOUNT: 'P13.2',
  AMT_DOCCUR: 'P13.2',
  BLINE_DATE: 'D',
  PMNTTRMS: 'C4',
  ITEM_TEXT: 'C50',
  BILL_DOC: 'C10',
});
