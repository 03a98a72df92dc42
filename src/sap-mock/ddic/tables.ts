import { defineTable } from './structure.ts';
import type { TableDefinition } from './structure.ts';
import { billingTableDefinitions, customerItemTableDefinitions } from './tables-billing.ts';
import { contractTableDefinitions } from './tables-contracts.ts';
import { orderTableDefinitions } from './tables-orders.ts';
import { purchasingTableDefinitions } from './tables-purchasing.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

// The transparent tables of the mock SAP with their fields and keys; the seed in mocks/ fills
// them. Types: C = CHAR, N = NUMC, D = DATS, T = TIMS, P = packed (digits.decimals).

const definitions: TableDefinition[] = [
  defineTable('T001W', { WERKS: 'C4', NAME1: 'C30', ORT01: 'C25', LAND1: 'C3' }, ['WERKS']),
  defineTable('T001L', { WERKS: 'C4', LGORT: 'C4', LGOBE: 'C16' }, ['WERKS', 'LGORT']),
  defineTable(
    'KNA1',
    {
      KUNNR: 'C10',
      NAME1: 'C35',
      NAME2: 'C35',
      STRAS: 'C35',
      PSTLZ: 'C10',
      ORT01: 'C35',
      LAND1: 'C3',
      TELF1: 'C16',
      SPRAS: 'C1',
      KTOKD: 'C4',
      MCOD1: 'C25',
      MCOD3: 'C25',
      ADRNR: 'C10',
      ERDAT: 'D',
    },
    ['KUNNR'],
  ),
  defineTable('ADR6', { ADDRNUMBER: 'C10', CONSNUMBER: 'N3', SMTP_ADDR: 'C241' }, [
    'ADDRNUMBER',
    'CONSNUMBER',
  ]),
  defineTable('MARA', { MATNR: 'C18', MTART: 'C4', MATKL: 'C9', MEINS: 'C3', ERSDA: 'D' }, [
    'MATNR',
  ]),
  // MAKTG is the description in upper case, which searches compare with.
  defineTable('MAKT', { MATNR: 'C18', SPRAS: 'C1', MAKTX: 'C40', MAKTG: 'C40' }, [
    'MATNR',
    'SPRAS',
  ]),
  defineTable(
    'MARC',
    {
      MATNR: 'C18',
      WERKS: 'C4',
      DISMM: 'C2',
      MINBE: 'P13.3',
      EISBE: 'P13.3',
      BSTFE: 'P13.3',
      DISLS: 'C2',
      PLIFZ: 'N3',
      EKGRP: 'C3',
    },
    ['MATNR', 'WERKS'],
  ),
  defineTable('MARD', { MATNR: 'C18', WERKS: 'C4', LGORT: 'C4', LABST: 'P13.3' }, [
    'MATNR',
    'WERKS',
    'LGORT',
  ]),
  defineTable(
    'EQUI',
    {
      EQUNR: 'C18',
      EQTYP: 'C1',
      MATNR: 'C18',
      SERNR: 'C18',
      HERST: 'C30',
      TYPBZ: 'C20',
      BAUJJ: 'C4',
      INBDT: 'D',
      KUND1: 'C10',
      ERDAT: 'D',
      OBJNR: 'C22',
    },
    ['EQUNR'],
  ),
  defineTable('EQKT', { EQUNR: 'C18', SPRAS: 'C1', EQKTX: 'C40' }, ['EQUNR', 'SPRAS']),
  defineTable('EQUZ', { EQUNR: 'C18', DATBI: 'D', IWERK: 'C4', ILOAN: 'C12' }, ['EQUNR', 'DATBI']),
  defineTable('ILOA', { ILOAN: 'C12', SWERK: 'C4', STORT: 'C10' }, ['ILOAN']),
  defineTable('TQ80', { QMART: 'C2', QMTYP: 'C2', ARTPR: 'C2', QMARTX: 'C20' }, ['QMART']),
  defineTable('T356', { ARTPR: 'C2', PRIOK: 'C1', PRIOKX: 'C20' }, ['ARTPR', 'PRIOK']),
  defineTable('QPCD', { KATALOGART: 'C1', CODEGRUPPE: 'C8', CODE: 'C4', KURZTEXT: 'C40' }, [
    'KATALOGART',
    'CODEGRUPPE',
    'CODE',
  ]),
  defineTable(
    'QMEL',
    {
      QMNUM: 'C12',
      QMART: 'C2',
      QMTXT: 'C40',
      PRIOK: 'C1',
      ARTPR: 'C2',
      QMDAT: 'D',
      MZEIT: 'T',
      QMNAM: 'C12',
      ERDAT: 'D',
      ERZEIT: 'T',
      ERNAM: 'C12',
      AEDAT: 'D',
      AEZEIT: 'T',
      AENAM: 'C12',
      EQUNR: 'C18',
      MATNR: 'C18',
      SERIALNR: 'C18',
      KUNUM: 'C10',
      BSTNK: 'C20',
      STRMN: 'D',
      STRUR: 'T',
      LTRMN: 'D',
      LTRUR: 'T',
      MSAUS: 'C1',
      AUFNR: 'C12',
      OBJNR: 'C22',
      QMDAB: 'D',
      QMZAB: 'T',
      IWERK: 'C4',
    },
    ['QMNUM'],
  ),
  defineTable(
    'QMFE',
    {
      QMNUM: 'C12',
      FENUM: 'N4',
      FETXT: 'C40',
      FEKAT: 'C1',
      FEGRP: 'C8',
      FECOD: 'C4',
      ERDAT: 'D',
      ERNAM: 'C12',
    },
    ['QMNUM', 'FENUM'],
  ),
  defineTable('JEST', { OBJNR: 'C22', STAT: 'C5', INACT: 'C1' }, ['OBJNR', 'STAT']),
  defineTable('TJ02T', { ISTAT: 'C5', SPRAS: 'C1', TXT04: 'C4', TXT30: 'C30' }, ['ISTAT', 'SPRAS']),
  defineTable('IHPA', { OBJNR: 'C22', PARVW: 'C2', COUNTER: 'N6', PARNR: 'C12' }, [
    'OBJNR',
    'PARVW',
    'COUNTER',
  ]),
  defineTable(
    'NRIV',
    {
      OBJECT: 'C10',
      NRRANGENR: 'C2',
      FROMNUMBER: 'C20',
      TONUMBER: 'C20',
      NRLEVEL: 'C20',
    },
    ['OBJECT', 'NRRANGENR'],
  ),
  ...contractTableDefinitions,
  ...billingTableDefinitions,
  ...customerItemTableDefinitions,
  ...orderTableDefinitions,
  ...purchasingTableDefinitions,
  // Long texts: SAP keeps them compressed in STXL, which RFC_READ_TABLE cannot show; the mock
  // keeps one row per text line in this internal store, loaded from the seed's texts.json.
  defineTable(
    'TEXT_LINES',
    {
      TDOBJECT: 'C10',
      TDNAME: 'C70',
      TDID: 'C4',
      TDSPRAS: 'C1',
      LINENO: 'N6',
      TDFORMAT: 'C2',
      TDLINE: 'C132',
    },
    ['TDOBJECT', 'TDNAME', 'TDID', 'TDSPRAS', 'LINENO'],
    { readable: false },
  ),
];

/** The table DDIC of the mock SAP, by table name. */
export const tableDefinitions: ReadonlyMap<string, TableDefinition> = new Map(
  definitions.map((definition) => [definition.name, definition]),
);

/** The name of the internal long-text store (not readable over RFC_READ_TABLE). */
export const longTextTable = 'TEXT_LINES';

/** The definition of a table; throws for a table the DDIC does not know. */
export function tableDefinition(name: string): TableDefinition {
  const definition = tableDefinitions.get(name);
  if (definition === undefined)
    throw new MockSapUsageError(`Table ${name} is not defined in the mock DDIC`);
  return definition;
}
