import { defineTable } from './structure.ts';
import type { TableDefinition } from './structure.ts';

// SD pricing, debit memo requests, billing documents and their FI postings. Types: C = CHAR,
// N = NUMC, D = DATS, T = TIMS, P = packed (digits.decimals). Percentages in KONP-KBETR are
// kept in percent, as the mock's KONV does (SAP shows them so; some releases store per mille).

/** The pricing, billing and accounting tables of the mock DDIC. */
export const billingTableDefinitions: readonly TableDefinition[] = [
  // Condition table 004: a price per material in a sales organisation and distribution channel.
  defineTable(
    'A004',
    {
      KAPPL: 'C2',
      KSCHL: 'C4',
      VKORG: 'C4',
      VTWEG: 'C2',
      MATNR: 'C18',
      DATBI: 'D',
      DATAB: 'D',
      KNUMH: 'C10',
    },
    ['KAPPL', 'KSCHL', 'VKORG', 'VTWEG', 'MATNR', 'DATBI'],
  ),
  // Condition table 005: a customer's own price of a material (an agreed rate); SD's access
  // sequence looks here before the general price of A004.
  defineTable(
    'A005',
    {
      KAPPL: 'C2',
      KSCHL: 'C4',
      VKORG: 'C4',
      VTWEG: 'C2',
      KUNNR: 'C10',
      MATNR: 'C18',
      DATBI: 'D',
      DATAB: 'D',
      KNUMH: 'C10',
    },
    ['KAPPL', 'KSCHL', 'VKORG', 'VTWEG', 'KUNNR', 'MATNR', 'DATBI'],
  ),
  // Condition table 002: output tax by departure country and the tax classifications of the
  // customer (TAXK1) and the material (TAXM1).
  defineTable(
    'A002',
    {
      KAPPL: 'C2',
      KSCHL: 'C4',
      ALAND: 'C3',
      TAXK1: 'C1',
      TAXM1: 'C1',
      DATBI: 'D',
      DATAB: 'D',
      KNUMH: 'C10',
      MWSKZ: 'C2',
    },
    ['KAPPL', 'KSCHL', 'ALAND', 'TAXK1', 'TAXM1', 'DATBI'],
  ),
  // Condition records: KRECH 'C' quantity-dependent (KBETR per KPEIN KMEIN), 'A' percentage.
  defineTable(
    'KONP',
    {
      KNUMH: 'C10',
      KOPOS: 'N2',
      KAPPL: 'C2',
      KSCHL: 'C4',
      KBETR: 'P11.2',
      KONWA: 'C5',
      KPEIN: 'P5.0',
      KMEIN: 'C3',
      KRECH: 'C1',
      LOEVM_KO: 'C1',
    },
    ['KNUMH', 'KOPOS'],
  ),
  // Tax classification of a customer per country (TATYP 'MWST').
  defineTable('KNVI', { KUNNR: 'C10', ALAND: 'C3', TATYP: 'C4', TAXKD: 'C1' }, [
    'KUNNR',
    'ALAND',
    'TATYP',
  ]),
  // Tax classification of a material per country (TATY1 'MWST').
  defineTable('MLAN', { MATNR: 'C18', ALAND: 'C3', TATY1: 'C4', TAXM1: 'C1' }, ['MATNR', 'ALAND']),
  // Business data of a sales document: header (POSNR 000000) and items that differ from it.
  defineTable(
    'VBKD',
    { VBELN: 'C10', POSNR: 'N6', FKDAT: 'D', FBUDA: 'D', PRSDT: 'D', BSTKD: 'C35' },
    ['VBELN', 'POSNR'],
  ),
  // Document flow: preceding document (VBELV/POSNV) to subsequent document (VBELN/POSNN).
  defineTable(
    'VBFA',
    {
      VBELV: 'C10',
      POSNV: 'N6',
      VBELN: 'C10',
      POSNN: 'N6',
      VBTYP_N: 'C1',
      VBTYP_V: 'C1',
      RFMNG: 'P15.3',
      MEINS: 'C3',
      RFWRT: 'P15.2',
      WAERS: 'C5',
      ERDAT: 'D',
      ERZET: 'T',
    },
    ['VBELV', 'POSNV', 'VBELN', 'POSNN', 'VBTYP_N'],
  ),
  // Billing document header. VBTYP 'P' debit memo, 'S' cancellation of a credit/debit memo;
  // FKSTO 'X' cancelled; RFBSK 'C' posted to accounting.
  defineTable(
    'VBRK',
    {
      VBELN: 'C10',
      FKART: 'C4',
      VBTYP: 'C1',
      WAERK: 'C5',
      VKORG: 'C4',
      VTWEG: 'C2',
      SPART: 'C2',
      KNUMV: 'C10',
      FKDAT: 'D',
      BUKRS: 'C4',
      GJAHR: 'N4',
      KUNAG: 'C10',
      KUNRG: 'C10',
      NETWR: 'P15.2',
      MWSBK: 'P13.2',
      FKSTO: 'C1',
      SFAKN: 'C10',
      RFBSK: 'C1',
      ERNAM: 'C12',
      ERDAT: 'D',
      ERZET: 'T',
    },
    ['VBELN'],
  ),
  // Billing document items, with the sales document item they bill (AUBEL/AUPOS).
  defineTable(
    'VBRP',
    {
      VBELN: 'C10',
      POSNR: 'N6',
      FKIMG: 'P13.3',
      VRKME: 'C3',
      MATNR: 'C18',
      ARKTX: 'C40',
      NETWR: 'P15.2',
      MWSBP: 'P13.2',
      KZWI1: 'P13.2',
      AUBEL: 'C10',
      AUPOS: 'N6',
      VGBEL: 'C10',
      VGPOS: 'N6',
      VGTYP: 'C1',
      AUFNR: 'C12',
      MWSKZ: 'C2',
    },
    ['VBELN', 'POSNR'],
  ),
  // Accounting document header; AWTYP 'VBRK' + AWKEY (billing document) link it to billing.
  defineTable(
    'BKPF',
    {
      BUKRS: 'C4',
      BELNR: 'C10',
      GJAHR: 'N4',
      BLART: 'C2',
      BLDAT: 'D',
      BUDAT: 'D',
      CPUDT: 'D',
      USNAM: 'C12',
      WAERS: 'C5',
      XBLNR: 'C16',
      BKTXT: 'C25',
      AWTYP: 'C5',
      AWKEY: 'C20',
      STBLG: 'C10',
    },
    ['BUKRS', 'BELNR', 'GJAHR'],
  ),
  // Accounting document line items: KOART 'D' customer, 'S' G/L; SHKZG 'S' debit, 'H' credit.
  defineTable(
    'BSEG',
    {
      BUKRS: 'C4',
      BELNR: 'C10',
      GJAHR: 'N4',
      BUZEI: 'N3',
      KOART: 'C1',
      SHKZG: 'C1',
      WRBTR: 'P13.2',
      DMBTR: 'P13.2',
      MWSKZ: 'C2',
      KUNNR: 'C10',
      HKONT: 'C10',
      SGTXT: 'C50',
      VBELN: 'C10',
      AUGDT: 'D',
      AUGBL: 'C10',
    },
    ['BUKRS', 'BELNR', 'GJAHR', 'BUZEI'],
  ),
];

/** The fields of a customer line item, open (BSID) or cleared (BSAD): the same in both. */
const customerItemFields = {
  BUKRS: 'C4',
  KUNNR: 'C10',
  AUGDT: 'D',
  AUGBL: 'C10',
  ZUONR: 'C18',
  GJAHR: 'N4',
  BELNR: 'C10',
  BUZEI: 'N3',
  BUDAT: 'D',
  BLDAT: 'D',
  WAERS: 'C5',
  XBLNR: 'C16',
  BLART: 'C2',
  SHKZG: 'C1',
  DMBTR: 'P13.2',
  WRBTR: 'P13.2',
  ZFBDT: 'D',
  ZTERM: 'C4',
  SGTXT: 'C50',
  VBELN: 'C10',
} as const;

const customerItemKey = ['BUKRS', 'KUNNR', 'AUGDT', 'AUGBL', 'ZUONR', 'GJAHR', 'BELNR', 'BUZEI'];

/** The customer open items (BSID) and cleared items (BSAD) of the mock DDIC. */
export const customerItemTableDefinitions: readonly TableDefinition[] = [
  defineTable('BSID', customerItemFields, customerItemKey),
  defineTable('BSAD', customerItemFields, customerItemKey),
];
