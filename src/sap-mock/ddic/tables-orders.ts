import { defineTable } from './structure.ts';
import type { TableDefinition } from './structure.ts';

// The tables of service orders (PM/CS order category 30), their operations, reservations,
// confirmations and goods movements, with SAP's field names. Only the fields the mock's order
// function modules read or write are defined.

/** The order tables: header (AUFK, AFKO, AFIH), operations, reservations, confirmations, stock. */
export const orderTableDefinitions: readonly TableDefinition[] = [
  defineTable(
    'AUFK',
    {
      AUFNR: 'C12',
      AUART: 'C4',
      AUTYP: 'N2',
      KTEXT: 'C40',
      WERKS: 'C4',
      VAPLZ: 'C8',
      WAWRK: 'C4',
      ERNAM: 'C12',
      ERDAT: 'D',
      AENAM: 'C12',
      AEDAT: 'D',
      IDAT1: 'D',
      IDAT2: 'D',
      IDAT3: 'D',
      OBJNR: 'C22',
    },
    ['AUFNR'],
  ),
  defineTable('AFKO', { AUFNR: 'C12', GSTRP: 'D', GLTRP: 'D', AUFPL: 'N10', RSNUM: 'N10' }, [
    'AUFNR',
  ]),
  defineTable(
    'AFIH',
    {
      AUFNR: 'C12',
      ARTPR: 'C2',
      PRIOK: 'C1',
      EQUNR: 'C18',
      IWERK: 'C4',
      GEWRK: 'N8',
      QMNUM: 'C12',
      ADDAT: 'D',
      ADUHR: 'T',
    },
    ['AUFNR'],
  ),
  defineTable(
    'AFVC',
    {
      AUFPL: 'N10',
      APLZL: 'N8',
      VORNR: 'C4',
      STEUS: 'C4',
      ARBID: 'N8',
      WERKS: 'C4',
      LTXA1: 'C40',
      LARNT: 'C6',
      RUECK: 'N10',
    },
    ['AUFPL', 'APLZL'],
  ),
  defineTable(
    'AFVV',
    { AUFPL: 'N10', APLZL: 'N8', ARBEI: 'P7.1', ARBEH: 'C3', ISMNW: 'P7.1', ISMNE: 'C3' },
    ['AUFPL', 'APLZL'],
  ),
  defineTable(
    'RESB',
    {
      RSNUM: 'N10',
      RSPOS: 'N4',
      RSART: 'C1',
      MATNR: 'C18',
      WERKS: 'C4',
      LGORT: 'C4',
      BDTER: 'D',
      BDMNG: 'P13.3',
      MEINS: 'C3',
      ENMNG: 'P13.3',
      AUFNR: 'C12',
      AUFPL: 'N10',
      APLZL: 'N8',
      VORNR: 'C4',
      POSTP: 'C1',
      // Movement type and cost center of the reservation; 'X' in XWAOK allows the goods
      // movement (set at the order's release), KZEAR marks the final issue, XLOEK a deleted
      // item (set at technical completion for what was not withdrawn).
      BWART: 'C3',
      KOSTL: 'C10',
      XWAOK: 'C1',
      KZEAR: 'C1',
      XLOEK: 'C1',
    },
    ['RSNUM', 'RSPOS', 'RSART'],
  ),
  defineTable(
    'AFRU',
    {
      RUECK: 'N10',
      RMZHL: 'N8',
      AUFNR: 'C12',
      VORNR: 'C4',
      ARBID: 'N8',
      ARBPL: 'C8',
      WERKS: 'C4',
      ISMNW: 'P7.1',
      ISMNE: 'C3',
      AUERU: 'C1',
      LTXA1: 'C40',
      BUDAT: 'D',
      ERSDA: 'D',
      ERZET: 'T',
      ERNAM: 'C12',
      STOKZ: 'C1',
      // The external key of the confirmation (time ticket EX_IDENT). SAP's field is RAW 16; the
      // mock keeps it as the 32 hex digits RFC_READ_TABLE shows, blank when initial.
      EXTID: 'C32',
    },
    ['RUECK', 'RMZHL'],
  ),
  defineTable(
    'MKPF',
    {
      MBLNR: 'C10',
      MJAHR: 'N4',
      BLDAT: 'D',
      BUDAT: 'D',
      USNAM: 'C12',
      BKTXT: 'C25',
      XBLNR: 'C16',
      CPUDT: 'D',
      CPUTM: 'T',
    },
    ['MBLNR', 'MJAHR'],
  ),
  defineTable(
    'MSEG',
    {
      MBLNR: 'C10',
      MJAHR: 'N4',
      ZEILE: 'N4',
      BWART: 'C3',
      MATNR: 'C18',
      WERKS: 'C4',
      LGORT: 'C4',
      MENGE: 'P13.3',
      MEINS: 'C3',
      SHKZG: 'C1',
      AUFNR: 'C12',
      RSNUM: 'N10',
      RSPOS: 'N4',
      BUDAT: 'D',
    },
    ['MBLNR', 'MJAHR', 'ZEILE'],
  ),
  // Order types; the text (SAP: T003P-TXT) is kept in the same row.
  defineTable('T003O', { AUART: 'C4', AUTYP: 'N2', ARTPR: 'C2', TXT: 'C40' }, ['AUART']),
  defineTable('CRHD', { OBJTY: 'C2', OBJID: 'N8', ARBPL: 'C8', WERKS: 'C4', VERWE: 'C4' }, [
    'OBJTY',
    'OBJID',
  ]),
  defineTable('CRTX', { OBJTY: 'C2', OBJID: 'N8', SPRAS: 'C1', KTEXT: 'C40' }, [
    'OBJTY',
    'OBJID',
    'SPRAS',
  ]),
];
