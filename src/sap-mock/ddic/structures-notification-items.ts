import { defineStructure } from './structure.ts';

// Sub-object structures of the notification BAPIs (sap-bapi.md §1.3, §1.4). The mock stores
// items, partners and long texts; causes, activities and tasks are declared so that callers
// can pass the parameters, but the BAPIs refuse rows in them (see unsupportedTableMessage).

/** BAPI2080_NOTITEMI: a notification item (defect) to create. */
export const BAPI2080_NOTITEMI = defineStructure('BAPI2080_NOTITEMI', {
  REFOBJECTKEY: 'C70',
  ITEM_KEY: 'N4',
  ITEM_SORT_NO: 'N4',
  DESCRIPT: 'C40',
  D_CODEGRP: 'C8',
  D_CODE: 'C4',
  DL_CODEGRP: 'C8',
  DL_CODE: 'C4',
  ASSEMBLY: 'C18',
  EQUIPMENT: 'C18',
  FUNCT_LOC: 'C30',
});

/** BAPI2080_NOTITEMI_X: update flags for a notification item in DATA_MODIFY. */
export const BAPI2080_NOTITEMI_X = defineStructure('BAPI2080_NOTITEMI_X', {
  ITEM_KEY: 'N4',
  ITEM_SORT_NO: 'C1',
  DESCRIPT: 'C1',
  D_CODEGRP: 'C1',
  D_CODE: 'C1',
  DL_CODEGRP: 'C1',
  DL_CODE: 'C1',
});

/** BAPI2080_NOTITEME: a notification item as SAP exports it. */
export const BAPI2080_NOTITEME = defineStructure('BAPI2080_NOTITEME', {
  REFOBJECTKEY: 'C70',
  NOTIF_NO: 'C12',
  ITEM_KEY: 'N4',
  ITEM_SORT_NO: 'N4',
  DESCRIPT: 'C40',
  D_CAT_TYP: 'C1',
  D_CODEGRP: 'C8',
  D_CODE: 'C4',
  DL_CAT_TYP: 'C1',
  DL_CODEGRP: 'C8',
  DL_CODE: 'C4',
  ASSEMBLY: 'C18',
  EQUIPMENT: 'C18',
  FUNCT_LOC: 'C30',
  CREATED_BY: 'C12',
  CREATED_DATE: 'D',
  CHANGED_BY: 'C12',
  CHANGED_DATE: 'D',
  LONG_TEXT: 'C1',
  PRILANG: 'C1',
  DELETE_FLAG: 'C1',
  STXT_GRPCD: 'C40',
  TXT_PROBCD: 'C40',
  TXT_GRPCD: 'C40',
  TXT_OBJPTCD: 'C40',
  EQUIDESCR: 'C40',
  FUNCLDESCR: 'C40',
});

/** BAPI2080_NOTPARTNRI: a partner to add (PARTN_ROLE internal code, PARTNER ALPHA-padded). */
export const BAPI2080_NOTPARTNRI = defineStructure('BAPI2080_NOTPARTNRI', {
  REFOBJECTKEY: 'C70',
  PARTN_ROLE: 'C2',
  PARTN_ROLE_OLD: 'C2',
  PARTNER: 'C12',
  PARTNER_OLD: 'C12',
});

/** BAPI2080_NOTPARTNRI_X: update flags for a partner in DATA_MODIFY. */
export const BAPI2080_NOTPARTNRI_X = defineStructure('BAPI2080_NOTPARTNRI_X', {
  PARTN_ROLE: 'C1',
  PARTN_ROLE_OLD: 'C2',
  PARTNER: 'C1',
  PARTNER_OLD: 'C12',
});

/** BAPI2080_NOTPARTNRE: a partner of a notification as SAP exports it. */
export const BAPI2080_NOTPARTNRE = defineStructure('BAPI2080_NOTPARTNRE', {
  OBJECT_NO: 'C22',
  PARTN_ROLE: 'C2',
  COUNTER: 'N6',
  OBJECT_TYPE: 'C3',
  PARTNER: 'C12',
  ORIGIN: 'C1',
  CREAT_DATE: 'D',
  POS_TIME: 'T',
  CREATED_BY: 'C12',
  CH_ON: 'D',
  CH_AT: 'T',
  CHANGED_BY: 'C12',
  DELETE_FLAG: 'C1',
  ADDR_NO: 'C10',
  PARTTIMEZO: 'C6',
});

/** BAPI2080_NOTFULLTXTI: one long-text line (OBJTYPE QMEL header, QMFE item + sort number). */
export const BAPI2080_NOTFULLTXTI = defineStructure('BAPI2080_NOTFULLTXTI', {
  OBJTYPE: 'C10',
  OBJKEY: 'N8',
  FORMAT_COL: 'C2',
  TEXT_LINE: 'C132',
});

/** BAPI2080_NOTFULLTXTE: one exported long-text line. */
export const BAPI2080_NOTFULLTXTE = defineStructure('BAPI2080_NOTFULLTXTE', {
  OBJTYPE: 'C10',
  OBJKEY: 'N8',
  FORMAT_COL: 'C2',
  TEXT_LINE: 'C132',
});

/** BAPI2080_NOTCAUSI: a cause (declared only; the mock does not store causes). */
export const BAPI2080_NOTCAUSI = defineStructure('BAPI2080_NOTCAUSI', {
  REFOBJECTKEY: 'C70',
  CAUSE_KEY: 'N4',
  CAUSE_SORT_NO: 'N4',
  ITEM_KEY: 'N4',
  CAUSETEXT: 'C40',
  CAUSE_CODEGRP: 'C8',
  CAUSE_CODE: 'C4',
  ITEM_SORT_NO: 'N4',
});

/** BAPI2080_NOTACTVI: an activity (declared only; the mock does not store activities). */
export const BAPI2080_NOTACTVI = defineStructure('BAPI2080_NOTACTVI', {
  REFOBJECTKEY: 'C70',
  ACT_KEY: 'N4',
  ACT_SORT_NO: 'N4',
  ACTTEXT: 'C40',
  ACT_CODEGRP: 'C8',
  ACT_CODE: 'C4',
  START_DATE: 'D',
  START_TIME: 'T',
  END_DATE: 'D',
  END_TIME: 'T',
  ITEM_SORT_NO: 'N4',
});

/** BAPI2080_NOTTASKI: a task (declared only; the mock does not store tasks). */
export const BAPI2080_NOTTASKI = defineStructure('BAPI2080_NOTTASKI', {
  REFOBJECTKEY: 'C70',
  TASK_KEY: 'N4',
  TASK_SORT_NO: 'N4',
  TASK_TEXT: 'C40',
  TASK_CODEGRP: 'C8',
  TASK_CODE: 'C4',
  PARTN_ROLE: 'C2',
  PARTNER: 'C12',
  PLND_START_DATE: 'D',
  PLND_START_TIME: 'T',
  PLND_END_DATE: 'D',
  PLND_END_TIME: 'T',
  CARRIED_OUT_BY: 'C12',
  ITEM_SORT_NO: 'N4',
});

/** BAPI2080_NOTKEYE: the link between an external key (REFOBJECTKEY) and SAP's keys. */
export const BAPI2080_NOTKEYE = defineStructure('BAPI2080_NOTKEYE', {
  REFOBJECTTYPE: 'C10',
  REFOBJECTKEY: 'C70',
  LOG_SYSTEM: 'C10',
  NOTIF_NO: 'C12',
  ITEM_KEY: 'N4',
  CAUSE_KEY: 'N4',
  ACT_KEY: 'N4',
  TASK_KEY: 'N4',
  OBJECT_NO: 'C22',
  PARTN_ROLE: 'C2',
  COUNTER: 'N6',
  PARTNER: 'C12',
});
