import { defineTable } from './structure.ts';
import type { TableDefinition } from './structure.ts';

// Purchasing: purchase requisitions. Types: C = CHAR, N = NUMC, D = DATS, T = TIMS,
// P = packed (digits.decimals).

/** The purchasing tables of the mock DDIC. */
export const purchasingTableDefinitions: readonly TableDefinition[] = [
  // One row per requisition item. STATU 'N' not edited, 'B' purchase order created; EBAKZ 'X'
  // closed; LOEKZ 'X' deleted; ESTKZ how it was created ('R' by hand or interface, 'B' by MRP);
  // BSMNG the quantity ordered; BEDNR the requirement tracking number.
  defineTable(
    'EBAN',
    {
      BANFN: 'C10',
      BNFPO: 'N5',
      BSART: 'C4',
      BSTYP: 'C1',
      LOEKZ: 'C1',
      STATU: 'C1',
      ESTKZ: 'C1',
      EBAKZ: 'C1',
      EKGRP: 'C3',
      ERNAM: 'C12',
      ERDAT: 'D',
      AFNAM: 'C12',
      TXZ01: 'C40',
      MATNR: 'C18',
      WERKS: 'C4',
      LGORT: 'C4',
      BEDNR: 'C10',
      MENGE: 'P13.3',
      MEINS: 'C3',
      BADAT: 'D',
      LFDAT: 'D',
      BSMNG: 'P13.3',
      CREATIONDATE: 'D',
      CREATIONTIME: 'T',
    },
    ['BANFN', 'BNFPO'],
  ),
];
