import { defineStructure } from './structure.ts';

// The export structures of BAPI_ALM_ORDER_GET_DETAIL and BAPI_ALM_ORDERHEAD_GET_LIST
// (sap-bapi.md §2.3/§2.4): the fields the mock fills and a few usual neighbours. The name of
// the withdrawn quantity in BAPI_ALM_ORDER_COMPONENT_E (WITHDRAWN_QUANTITY) is a guess.

/** BAPI_ALM_ORDER_HEADER_E: the order header with its system status line. */
export const BAPI_ALM_ORDER_HEADER_E = defineStructure('BAPI_ALM_ORDER_HEADER_E', {
  ORDERID: 'C12',
  ORDER_TYPE: 'C4',
  PLANPLANT: 'C4',
  MN_WK_CTR: 'C8',
  PLANT: 'C4',
  EQUIPMENT: 'C18',
  EQUIDESCR: 'C40',
  SHORT_TEXT: 'C40',
  PRIORITY: 'C1',
  PRIOTYPE: 'C2',
  NOTIF_NO: 'C12',
  START_DATE: 'D',
  FINISH_DATE: 'D',
  ENTERED_BY: 'C12',
  ENTER_DATE: 'D',
  CHANGED_BY: 'C12',
  CHANGE_DATE: 'D',
  RELEASE_DATE: 'D',
  TECO_REF_DATE: 'D',
  TECO_REF_TIME: 'T',
  SYS_STATUS: 'C40',
  USER_ST: 'C40',
  OBJECT_NO: 'C22',
  RESERV_NO: 'N10',
  ROUTING_NO: 'N10',
});

/** BAPI_ALM_ORDER_OPERATION_E: an operation with its confirmation number and status. */
export const BAPI_ALM_ORDER_OPERATION_E = defineStructure('BAPI_ALM_ORDER_OPERATION_E', {
  ACTIVITY: 'C4',
  SUB_ACTIVITY: 'C4',
  CONTROL_KEY: 'C4',
  WORK_CNTR: 'C8',
  PLANT: 'C4',
  DESCRIPTION: 'C40',
  WORK_ACTIVITY: 'P7.1',
  UN_WORK: 'C3',
  ACTTYPE: 'C6',
  ACTUAL_WORK: 'P7.1',
  CONF_NO: 'N10',
  SYSTEM_STATUS_TEXT: 'C40',
});

/** BAPI_ALM_ORDER_COMPONENT_E: a reservation item of the order with the quantity withdrawn. */
export const BAPI_ALM_ORDER_COMPONENT_E = defineStructure('BAPI_ALM_ORDER_COMPONENT_E', {
  RESERV_NO: 'N10',
  RES_ITEM: 'N4',
  RES_TYPE: 'C1',
  ACTIVITY: 'C4',
  MATERIAL: 'C18',
  MATL_DESC: 'C40',
  PLANT: 'C4',
  STGE_LOC: 'C4',
  ITEM_CAT: 'C1',
  REQUIREMENT_QUANTITY: 'P13.3',
  REQUIREMENT_QUANTITY_UNIT: 'C3',
  WITHDRAWN_QUANTITY: 'P13.3',
});

/** BAPI_ALM_ORDER_PARTNER: a partner of the order. */
export const BAPI_ALM_ORDER_PARTNER = defineStructure('BAPI_ALM_ORDER_PARTNER', {
  ORDERID: 'C12',
  PARTN_ROLE: 'C2',
  PARTNER: 'C12',
  COUNTER: 'N6',
});

/** BAPI_ALM_LIST_NAVIGATION_IN: page length (0 = all) and the page to show. */
export const BAPI_ALM_LIST_NAVIGATION_IN = defineStructure('BAPI_ALM_LIST_NAVIGATION_IN', {
  PAGELENGTH: 'I',
  SHOW_PAGE_NUMBER: 'I',
  FORCE_REFRESH: 'C1',
});

/** BAPI_ALM_LIST_NAVIGATION_OUT: hits and the page shown. */
export const BAPI_ALM_LIST_NAVIGATION_OUT = defineStructure('BAPI_ALM_LIST_NAVIGATION_OUT', {
  NUMBER_OF_HITS: 'I',
  FIRST_SHOWN_HIT: 'I',
  LAST_SHOWN_HIT: 'I',
  ACTUAL_PAGE: 'I',
  LAST_PAGE: 'I',
});

/** BAPI_ALM_ORDER_LISTHEAD_RANGES: one selection option or flag (values in external format). */
export const BAPI_ALM_ORDER_LISTHEAD_RANGES = defineStructure('BAPI_ALM_ORDER_LISTHEAD_RANGES', {
  FIELD_NAME: 'C30',
  SIGN: 'C1',
  OPTION: 'C2',
  LOW_VALUE: 'C45',
  HIGH_VALUE: 'C45',
});

/** BAPI_ALM_ORDER_LISTHEAD_RESULT: one order of the list. */
export const BAPI_ALM_ORDER_LISTHEAD_RESULT = defineStructure('BAPI_ALM_ORDER_LISTHEAD_RESULT', {
  ORDERID: 'C12',
  ORDER_TYPE: 'C4',
  ENTERED_BY: 'C12',
  ENTER_DATE: 'D',
  CHANGED_BY: 'C12',
  CHANGE_DATE: 'D',
  SHORT_TEXT: 'C40',
  PLANT: 'C4',
  PRIORITY: 'C1',
  EQUIPMENT: 'C18',
  EQUIDESCR: 'C40',
  PLANPLANT: 'C4',
  MN_WK_CTR: 'C8',
  MN_WK_PLANT: 'C4',
  CUSTOMER: 'C10',
  NOTIF_NO: 'C12',
  S_STATUS: 'C40',
  U_STATUS: 'C40',
  START_DATE: 'D',
  FINISH_DATE: 'D',
});
