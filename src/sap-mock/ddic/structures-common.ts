import { defineStructure } from './structure.ts';

/** The message part that BAPIRET2, BAPIRET1 and BAPI_MATRETURN2 share. */
export const messageFields = {
  TYPE: 'C1',
  ID: 'C20',
  NUMBER: 'N3',
  MESSAGE: 'C220',
  LOG_NO: 'C20',
  LOG_MSG_NO: 'N6',
  MESSAGE_V1: 'C50',
  MESSAGE_V2: 'C50',
  MESSAGE_V3: 'C50',
  MESSAGE_V4: 'C50',
};

/** BAPIRET2: the RETURN line of current BAPIs (message class, number, variables, field). */
export const BAPIRET2 = defineStructure('BAPIRET2', {
  ...messageFields,
  PARAMETER: 'C32',
  ROW: 'I',
  FIELD: 'C30',
  SYSTEM: 'C10',
});

/** BAPIRET1: BAPIRET2 without PARAMETER, ROW, FIELD and SYSTEM (field list is a guess). */
export const BAPIRET1 = defineStructure('BAPIRET1', messageFields);

/** BAPIRETURN: the old return structure, CODE = message class and number run together. */
export const BAPIRETURN = defineStructure('BAPIRETURN', {
  TYPE: 'C1',
  CODE: 'C5',
  MESSAGE: 'C220',
  LOG_NO: 'C20',
  LOG_MSG_NO: 'N6',
  MESSAGE_V1: 'C50',
  MESSAGE_V2: 'C50',
  MESSAGE_V3: 'C50',
  MESSAGE_V4: 'C50',
});

/** BAPIPAREX: a customer extension line (EXTENSIONIN / EXTENSIONOUT). */
export const BAPIPAREX = defineStructure('BAPIPAREX', {
  STRUCTURE: 'C30',
  VALUEPART1: 'C240',
  VALUEPART2: 'C240',
  VALUEPART3: 'C240',
  VALUEPART4: 'C240',
});

/** RFC_DB_OPT: one line (≤ 72 characters) of RFC_READ_TABLE's WHERE clause. */
export const RFC_DB_OPT = defineStructure('RFC_DB_OPT', { TEXT: 'C72' });

/** RFC_DB_FLD: a field requested from RFC_READ_TABLE and where it sits in the data line. */
export const RFC_DB_FLD = defineStructure('RFC_DB_FLD', {
  FIELDNAME: 'C30',
  OFFSET: 'N6',
  LENGTH: 'N6',
  TYPE: 'C1',
  FIELDTEXT: 'C60',
});

/** TAB512: one data line of RFC_READ_TABLE. */
export const TAB512 = defineStructure('TAB512', { WA: 'C512' });

/** BAPI_SENDER: the logical system of the sender of a BAPI call. */
export const BAPI_SENDER = defineStructure('BAPI_SENDER', { LOG_SYSTEM: 'C10' });
