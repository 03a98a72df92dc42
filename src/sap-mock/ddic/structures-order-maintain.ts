import { defineStructure } from './structure.ts';

// The input structures of BAPI_ALM_ORDER_MAINTAIN (sap-bapi.md §2.1/§2.2). They list the fields
// the mock processes and their usual neighbours, not every field of SAP's structures; types the
// reference does not give are those of the usual data element (a guess).

/** Builds the update-flag structure of a data structure: its key plus one flag per field. */
function flagsOf(name: string, keyFields: Record<string, string>, fields: readonly string[]) {
  const flags: Record<string, string> = { ...keyFields };
  for (const field of fields) flags[field] = 'C1';
  return defineStructure(name, flags);
}

/** BAPI_ALM_ORDER_METHOD: one step of the method table ("program") of the call. */
export const BAPI_ALM_ORDER_METHOD = defineStructure('BAPI_ALM_ORDER_METHOD', {
  REFNUMBER: 'N6',
  OBJECTTYPE: 'C32',
  METHOD: 'C32',
  OBJECTKEY: 'C90',
});

const headerFields: Record<string, string> = {
  ORDER_TYPE: 'C4',
  PLANPLANT: 'C4',
  BUS_AREA: 'C4',
  MN_WK_CTR: 'C8',
  PLANT: 'C4',
  PMACTTYPE: 'C3',
  PLANGROUP: 'C3',
  SYSTCOND: 'C1',
  FUNCT_LOC: 'C30',
  EQUIPMENT: 'C18',
  SERIALNO: 'C18',
  MATERIAL: 'C18',
  MAINTPLANT: 'C4',
  LOCATION: 'C10',
  SALESORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  START_DATE: 'D',
  FINISH_DATE: 'D',
  BASICSTART: 'T',
  BASIC_FIN: 'T',
  PRIORITY: 'C1',
  SHORT_TEXT: 'C40',
  NOTIF_NO: 'C12',
  NOTIF_TYPE: 'C2',
  TECO_REF_DATE: 'D',
  TECO_REF_TIME: 'T',
};

/** BAPI_ALM_ORDER_HEADERS_I: the order header of CREATE, CHANGE, RELEASE and TECHNICALCOMPLETE. */
export const BAPI_ALM_ORDER_HEADERS_I = defineStructure('BAPI_ALM_ORDER_HEADERS_I', {
  ORDERID: 'C12',
  ...headerFields,
});

/** BAPI_ALM_ORDER_HEADERS_UP: which header fields a CHANGE sets ('X'). */
export const BAPI_ALM_ORDER_HEADERS_UP = flagsOf(
  'BAPI_ALM_ORDER_HEADERS_UP',
  { ORDERID: 'C12' },
  Object.keys(headerFields),
);

/** BAPI_ALM_ORDER_PARTN_MUL: a partner of an order (PARTN_ROLE = SAP's PARVW). */
export const BAPI_ALM_ORDER_PARTN_MUL = defineStructure('BAPI_ALM_ORDER_PARTN_MUL', {
  ORDERID: 'C12',
  PARTN_ROLE: 'C2',
  PARTN_ROLE_OLD: 'C2',
  PARTNER: 'C12',
  PARTNER_OLD: 'C12',
});

/** BAPI_ALM_ORDER_PARTN_MUL_UP: the update flags of a partner row. */
export const BAPI_ALM_ORDER_PARTN_MUL_UP = flagsOf(
  'BAPI_ALM_ORDER_PARTN_MUL_UP',
  { ORDERID: 'C12' },
  ['PARTN_ROLE', 'PARTNER'],
);

const operationFields: Record<string, string> = {
  SUB_ACTIVITY: 'C4',
  CONTROL_KEY: 'C4',
  WORK_CNTR: 'C8',
  PLANT: 'C4',
  STANDARD_TEXT_KEY: 'C7',
  DESCRIPTION: 'C40',
  LANGU: 'C1',
  NUMBER_OF_CAPACITIES: 'I',
  CALC_KEY: 'C1',
  ACTTYPE: 'C6',
  WORK_ACTIVITY: 'P7.1',
  UN_WORK: 'C3',
  UN_WORK_ISO: 'C3',
  DURATION_NORMAL: 'P5.1',
  DURATION_NORMAL_UNIT: 'C3',
  EQUIPMENT: 'C18',
};

/** BAPI_ALM_ORDER_OPERATION: an operation of CREATE / CHANGE (ACTIVITY e.g. '0010'). */
export const BAPI_ALM_ORDER_OPERATION = defineStructure('BAPI_ALM_ORDER_OPERATION', {
  ACTIVITY: 'C4',
  ...operationFields,
});

/** BAPI_ALM_ORDER_OPERATION_UP: which operation fields a CHANGE sets ('X'). */
export const BAPI_ALM_ORDER_OPERATION_UP = flagsOf(
  'BAPI_ALM_ORDER_OPERATION_UP',
  { ACTIVITY: 'C4' },
  Object.keys(operationFields),
);

const componentFields: Record<string, string> = {
  RESERV_NO: 'N10',
  RES_ITEM: 'N4',
  RES_TYPE: 'C1',
  MOVEMENT: 'C1',
  MATERIAL: 'C18',
  PLANT: 'C4',
  STGE_LOC: 'C4',
  BATCH: 'C10',
  ITEM_CAT: 'C1',
  ITEM_NUMBER: 'C4',
  REQUIREMENT_QUANTITY: 'P13.3',
  REQUIREMENT_QUANTITY_UNIT: 'C3',
  REQ_DATE: 'D',
  MRP_RELEVANT: 'C1',
};

/** BAPI_ALM_ORDER_COMPONENT: a spare part of an operation (a reservation item). */
export const BAPI_ALM_ORDER_COMPONENT = defineStructure('BAPI_ALM_ORDER_COMPONENT', {
  ACTIVITY: 'C4',
  ...componentFields,
});

/** BAPI_ALM_ORDER_COMPONENT_UP: the update flags of a component row. */
export const BAPI_ALM_ORDER_COMPONENT_UP = flagsOf(
  'BAPI_ALM_ORDER_COMPONENT_UP',
  { ACTIVITY: 'C4' },
  Object.keys(componentFields),
);

/** BAPI_ALM_NUMBERS: a temporary order number and the final number SAVE gave it. */
export const BAPI_ALM_NUMBERS = defineStructure('BAPI_ALM_NUMBERS', {
  AUFNR_IN: 'C12',
  AUFNR_NEW: 'C12',
});

/** BAPI_ALM_NOTIF_NUMBERS: notifications created with the orders (never filled by the mock). */
export const BAPI_ALM_NOTIF_NUMBERS = defineStructure('BAPI_ALM_NOTIF_NUMBERS', {
  ORDER_LINE: 'I',
  NOTIF_NO_IN: 'C12',
  NOTIF_NO_NEW: 'C12',
});

/** BAPI_ALM_ORDER_USRSTAT: a user status line (declared, not processed by the mock). */
export const BAPI_ALM_ORDER_USRSTAT = defineStructure('BAPI_ALM_ORDER_USRSTAT', {
  USER_ST_TEXT: 'C4',
  LANGU: 'C1',
  LANGU_ISO: 'C2',
  INACTIVE: 'C1',
  CHANGE_EVENT: 'N2',
});

/** BAPI_ALM_TEXT: a long-text header of an order object (declared, not processed by the mock). */
export const BAPI_ALM_TEXT = defineStructure('BAPI_ALM_TEXT', {
  ORDERID: 'C12',
  ACTIVITY: 'C4',
  SUB_ACTIVITY: 'C4',
  RESERV_NO: 'N10',
  RES_ITEM: 'N4',
  LANGU: 'C1',
  LANGU_ISO: 'C2',
  TEXTSTART: 'N8',
  TEXTEND: 'N8',
});

/** BAPI_ALM_TEXT_LINES: one long-text line (declared, not processed by the mock). */
export const BAPI_ALM_TEXT_LINES = defineStructure('BAPI_ALM_TEXT_LINES', {
  TDFORMAT: 'C2',
  TDLINE: 'C132',
});

/** BAPI_ALM_ORDER_SRVDAT_E: the CS service data of an order (declared, not processed). */
export const BAPI_ALM_ORDER_SRVDAT_E = defineStructure('BAPI_ALM_ORDER_SRVDAT_E', {
  OBJECT_NO: 'C22',
  SALESORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  PURCH_NO_C: 'C35',
  PURCH_DATE: 'D',
  MATERIAL: 'C18',
  QUANTITY: 'P13.3',
  BASE_UOM: 'C3',
  DLI_PROFILE: 'C8',
  BILLING_FORM: 'C2',
});
