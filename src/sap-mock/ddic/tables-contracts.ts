import { defineTable } from './structure.ts';
import type { TableDefinition } from './structure.ts';

// Warranties (PM/CS master warranties) and SD service contracts with their conditions and
// object lists. Types: C = CHAR, N = NUMC, D = DATS, T = TIMS, P = packed (digits.decimals).

/** The master warranty and service contract tables of the mock DDIC. */
export const contractTableDefinitions: readonly TableDefinition[] = [
  defineTable(
    'BGMK',
    { MGANR: 'C20', GAART: 'C1', DATAB: 'D', DATBI: 'D', ERNAM: 'C12', ERDAT: 'D', LVORM: 'C1' },
    ['MGANR'],
  ),
  defineTable('BGMT', { MGANR: 'C20', SPRAS: 'C1', GATXT: 'C40' }, ['MGANR', 'SPRAS']),
  // The mock's stand-in for the services a master warranty covers: SAP keeps them as items
  // whose exact layout differs per release. LEART 'L' labour, 'P' parts, 'T' travel.
  defineTable('BGMP', { MGANR: 'C20', POSNR: 'N4', LEART: 'C1', PROZS: 'P5.2' }, [
    'MGANR',
    'POSNR',
  ]),
  defineTable(
    'BGMKOBJ',
    {
      J_OBJNR: 'C22',
      GAART: 'C1',
      MGANR: 'C20',
      GWLDT: 'D',
      GWLEN: 'D',
      ERDAT: 'D',
      ERZEI: 'T',
      LVORM: 'C1',
    },
    ['J_OBJNR', 'GAART'],
  ),
  defineTable(
    'VBAK',
    {
      VBELN: 'C10',
      AUART: 'C4',
      VBTYP: 'C1',
      KUNNR: 'C10',
      VKORG: 'C4',
      VTWEG: 'C2',
      SPART: 'C2',
      ERDAT: 'D',
      ERZET: 'T',
      ERNAM: 'C12',
      GUEBG: 'D',
      GUEEN: 'D',
      NETWR: 'P15.2',
      WAERK: 'C5',
      BSTNK: 'C20',
      KNUMV: 'C10',
      // Debit memo requests: the service order billed (AUFNR) or the contract (VGBEL, VGTYP G).
      AUFNR: 'C12',
      VGBEL: 'C10',
      VGTYP: 'C1',
    },
    ['VBELN'],
  ),
  defineTable(
    'VBAP',
    {
      VBELN: 'C10',
      POSNR: 'N6',
      MATNR: 'C18',
      ARKTX: 'C40',
      KWMENG: 'P13.3',
      VRKME: 'C3',
      NETWR: 'P15.2',
      MWSBP: 'P13.2',
      WAERK: 'C5',
    },
    ['VBELN', 'POSNR'],
  ),
  defineTable(
    'VEDA',
    { VBELN: 'C10', VPOSN: 'N6', VBEGDAT: 'D', VENDDAT: 'D', VUNTDAT: 'D', VKUESCH: 'C4' },
    ['VBELN', 'VPOSN'],
  ),
  defineTable(
    'KONV',
    {
      KNUMV: 'C10',
      KPOSN: 'N6',
      STUNR: 'N3',
      ZAEHK: 'N2',
      KSCHL: 'C4',
      KBETR: 'P11.2',
      WAERS: 'C5',
      // DEC 5 without decimals, as in SAP: internal format '1', '12' (no leading zeros).
      KPEIN: 'P5.0',
      KMEIN: 'C3',
      KRECH: 'C1',
    },
    ['KNUMV', 'KPOSN', 'STUNR', 'ZAEHK'],
  ),
  defineTable('SER02', { OBKNR: 'C20', SDAUFNR: 'C10', POSNR: 'N6' }, ['OBKNR']),
  defineTable(
    'OBJK',
    { OBKNR: 'C20', OBZAE: 'N4', EQUNR: 'C18', SERNR: 'C18', MATNR: 'C18', TASER: 'C5' },
    ['OBKNR', 'OBZAE'],
  ),
];
