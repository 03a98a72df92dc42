import { defineStructure } from './structure.ts';
import { messageFields } from './structures-common.ts';

// Material master, availability and MRP list structures (selected fields of SAP's structures).
// The GET_ALL / SAVEDATA / availability fields follow the interface page. The MRP structures
// were checked against public ABAP code and DDIC listings: see the notes on each of them.

/** BAPI_MARA_GA: client data of a material (BAPI_MATERIAL_GET_ALL CLIENTDATA). */
export const BAPI_MARA_GA = defineStructure('BAPI_MARA_GA', {
  MATERIAL: 'C18',
  MATL_TYPE: 'C4',
  MATL_GROUP: 'C9',
  BASE_UOM: 'C3',
  CREATED_ON: 'D',
});

/** BAPI_MARC_GA: plant data of a material (BAPI_MATERIAL_GET_ALL PLANTDATA). */
export const BAPI_MARC_GA = defineStructure('BAPI_MARC_GA', {
  PLANT: 'C4',
  MRP_TYPE: 'C2',
  REORDER_PT: 'P13.3',
  SAFETY_STK: 'P13.3',
  FIXED_LOT: 'P13.3',
  LOTSIZEKEY: 'C2',
  PLND_DELRY: 'N3',
  PUR_GROUP: 'C3',
});

/** BAPI_MARD_GA: storage location data of a material (BAPI_MATERIAL_GET_ALL). */
export const BAPI_MARD_GA = defineStructure('BAPI_MARD_GA', { PLANT: 'C4', STGE_LOC: 'C4' });

/** BAPI_MAKT_GA: one description of a material in one language. */
export const BAPI_MAKT_GA = defineStructure('BAPI_MAKT_GA', {
  LANGU: 'C1',
  LANGU_ISO: 'C2',
  MATL_DESC: 'C40',
});

/** BAPIWMDVS: a requested quantity on a date (BAPI_MATERIAL_AVAILABILITY WMDVSX). */
export const BAPIWMDVS = defineStructure('BAPIWMDVS', { REQ_DATE: 'D', REQ_QTY: 'P13.3' });

/** BAPIWMDVE: a confirmed quantity on a date (BAPI_MATERIAL_AVAILABILITY WMDVEX). */
export const BAPIWMDVE = defineStructure('BAPIWMDVE', { COM_DATE: 'D', COM_QTY: 'P13.3' });

/**
 * BAPI_MRP_LIST: header of the stock/requirements list. Every name here is SAP's (seen in
 * public code and DDIC listings); the mock fills the material's master data only.
 */
export const BAPI_MRP_LIST = defineStructure('BAPI_MRP_LIST', {
  MATERIAL: 'C18',
  PLANT: 'C4',
  MRP_DATE: 'D',
  MATL_TYPE: 'C4',
  BASE_UOM: 'C3',
  PROC_TYPE: 'C1',
  MRP_TYPE: 'C2',
  PUR_GROUP: 'C3',
  REP_LEAD_TIME: 'N3',
  LOTSIZEKEY: 'C2',
  FIXED_LOT: 'P13.3',
  PLNT_STOCK: 'P13.3',
});

/**
 * BAPI_MRP_CONTROL_PARAM: the material's MRP control parameters. CREATE_PURREQ and
 * CREATE_MRP_LIST are SAP's names (left initial); REORDER_PT, SAFETY_STK and FIXED_LOT are
 * UNCONFIRMED: the mock's choice after the BAPI_MARC names, not found in SAP's structure.
 */
export const BAPI_MRP_CONTROL_PARAM = defineStructure('BAPI_MRP_CONTROL_PARAM', {
  CREATE_PURREQ: 'C1',
  CREATE_MRP_LIST: 'C1',
  REORDER_PT: 'P13.3',
  SAFETY_STK: 'P13.3',
  FIXED_LOT: 'P13.3',
});

/**
 * BAPI_MRP_STOCK_DETAIL: stock statistics of the material in the plant. UNRESTRICTED_STCK and
 * RESERVATIONS are SAP's names (seen in public code); the mock fills those two only.
 */
export const BAPI_MRP_STOCK_DETAIL = defineStructure('BAPI_MRP_STOCK_DETAIL', {
  UNRESTRICTED_STCK: 'P13.3',
  RESERVATIONS: 'P13.3',
});

/**
 * BAPI_MRP_ITEMS: one MRP element of the list. PLNGSEGMT … MRP_ELEMENT_IND, MRP_NO, MRP_POS,
 * PROC_TYPE and ORDER_TYPE are confirmed names of BAPI_MRP_ITEMS; ELEMNT_DATA, REC_REQD_QTY,
 * AVAIL_QTY1 and STORAGE_LOC are confirmed in the sibling BAPI_MRP_IND_LINES only and are
 * UNCONFIRMED for BAPI_MRP_ITEMS. Lengths of MRP_NO (DEL12) and MRP_POS (DELPS) are SAP's.
 */
export const BAPI_MRP_ITEMS = defineStructure('BAPI_MRP_ITEMS', {
  PLNGSEGMT: 'N2',
  PLNGSEGNO: 'C20',
  AVAIL_DATE: 'D',
  MRP_ELEMENT_IND: 'C2',
  MRP_NO: 'C12',
  MRP_POS: 'N6',
  ELEMNT_DATA: 'C40',
  REC_REQD_QTY: 'P13.3',
  AVAIL_QTY1: 'P13.3',
  STORAGE_LOC: 'C4',
  PROC_TYPE: 'C1',
  ORDER_TYPE: 'C4',
});

/** BAPIMATHEAD: header of BAPI_MATERIAL_SAVEDATA (material, type, views). */
export const BAPIMATHEAD = defineStructure('BAPIMATHEAD', {
  MATERIAL: 'C18',
  IND_SECTOR: 'C1',
  MATL_TYPE: 'C4',
  BASIC_VIEW: 'C1',
  PURCHASE_VIEW: 'C1',
  MRP_VIEW: 'C1',
  STORAGE_VIEW: 'C1',
});

/** BAPI_MARA: client data to change (BAPI_MATERIAL_SAVEDATA CLIENTDATA). */
export const BAPI_MARA = defineStructure('BAPI_MARA', { MATL_GROUP: 'C9', BASE_UOM: 'C3' });

/** BAPI_MARAX: which fields of CLIENTDATA to change ('X'). */
export const BAPI_MARAX = defineStructure('BAPI_MARAX', { MATL_GROUP: 'C1', BASE_UOM: 'C1' });

/** BAPI_MARC: plant data to change (BAPI_MATERIAL_SAVEDATA PLANTDATA). */
export const BAPI_MARC = defineStructure('BAPI_MARC', {
  PLANT: 'C4',
  MRP_TYPE: 'C2',
  REORDER_PT: 'P13.3',
  SAFETY_STK: 'P13.3',
  FIXED_LOT: 'P13.3',
  LOTSIZEKEY: 'C2',
  PLND_DELRY: 'N3',
  PUR_GROUP: 'C3',
});

/** BAPI_MARCX: which fields of PLANTDATA to change ('X'); PLANT repeats the key. */
export const BAPI_MARCX = defineStructure('BAPI_MARCX', {
  PLANT: 'C4',
  MRP_TYPE: 'C1',
  REORDER_PT: 'C1',
  SAFETY_STK: 'C1',
  FIXED_LOT: 'C1',
  LOTSIZEKEY: 'C1',
  PLND_DELRY: 'C1',
  PUR_GROUP: 'C1',
});

/** BAPI_MARD: storage location data (only the key in the mock). */
export const BAPI_MARD = defineStructure('BAPI_MARD', { PLANT: 'C4', STGE_LOC: 'C4' });

/** BAPI_MARDX: the key of STORAGELOCATIONDATA repeated. */
export const BAPI_MARDX = defineStructure('BAPI_MARDX', { PLANT: 'C4', STGE_LOC: 'C4' });

/** BAPI_MAKT: a description to add, change or delete (DEL_FLAG 'X'). */
export const BAPI_MAKT = defineStructure('BAPI_MAKT', {
  LANGU: 'C1',
  LANGU_ISO: 'C2',
  MATL_DESC: 'C40',
  DEL_FLAG: 'C1',
});

/** BAPI_MATRETURN2: one message of BAPI_MATERIAL_SAVEDATA RETURNMESSAGES. */
export const BAPI_MATRETURN2 = defineStructure('BAPI_MATRETURN2', {
  ...messageFields,
  PARAMETER: 'C32',
  ROW: 'I',
  FIELD: 'C30',
});
