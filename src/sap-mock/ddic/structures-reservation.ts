import { defineStructure } from './structure.ts';

// The structures of BAPI_RESERVATION_CREATE1: the fields the mock processes and their usual
// neighbours.

/** BAPI2093_RES_HEAD: the header of a reservation (movement type and account assignment). */
export const BAPI2093_RES_HEAD = defineStructure('BAPI2093_RES_HEAD', {
  RES_DATE: 'D',
  CREATED_BY: 'C12',
  MOVE_TYPE: 'C3',
  COSTCENTER: 'C10',
  ORDERID: 'C12',
  GR_RCPT: 'C12',
});

/** BAPI2093_RES_ITEM: one item of a reservation to create. */
export const BAPI2093_RES_ITEM = defineStructure('BAPI2093_RES_ITEM', {
  MATERIAL: 'C18',
  PLANT: 'C4',
  STGE_LOC: 'C4',
  BATCH: 'C10',
  ENTRY_QNT: 'P13.3',
  ENTRY_UOM: 'C3',
  REQ_DATE: 'D',
  MOVEMENT: 'C1',
  ITEM_TEXT: 'C50',
  GL_ACCOUNT: 'C10',
});

/** BAPI_PROFITABILITY_SEGMENT: a characteristic of the profitability segment (not processed). */
export const BAPI_PROFITABILITY_SEGMENT = defineStructure('BAPI_PROFITABILITY_SEGMENT', {
  FLDNAME: 'C30',
  VALUE: 'C70',
});
