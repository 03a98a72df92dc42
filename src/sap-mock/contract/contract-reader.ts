import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/** A sales document as stored: header, items, contract data and conditions. */
export interface SalesDocumentRecord {
  header: Row;
  items: Row[];
  contractData: Row[];
  conditions: Row[];
}

/** Reads a sales document as a view shows it; undefined when it does not exist. */
export function readSalesDocument(
  database: DatabaseView,
  salesDocument: string,
): SalesDocumentRecord | undefined {
  const header = database.get('VBAK', { VBELN: salesDocument });
  if (header === undefined) return undefined;

  const knumv = header['KNUMV'] ?? '';
  return {
    header,
    items: database.select('VBAP', (row) => row['VBELN'] === salesDocument),
    contractData: database.select('VEDA', (row) => row['VBELN'] === salesDocument),
    conditions: knumv === '' ? [] : database.select('KONV', (row) => row['KNUMV'] === knumv),
  };
}

/** BAPISDHD from a VBAK row. */
export function headerOut(header: Readonly<Row>): Row {
  return {
    DOC_NUMBER: header['VBELN'] ?? '',
    REC_DATE: header['ERDAT'] ?? '',
    REC_TIME: header['ERZET'] ?? '',
    CREATED_BY: header['ERNAM'] ?? '',
    DOC_DATE: header['ERDAT'] ?? '',
    SD_DOC_CAT: header['VBTYP'] ?? '',
    DOC_TYPE: header['AUART'] ?? '',
    SALES_ORG: header['VKORG'] ?? '',
    DISTR_CHAN: header['VTWEG'] ?? '',
    DIVISION: header['SPART'] ?? '',
    CT_VALID_F: header['GUEBG'] ?? '',
    CT_VALID_T: header['GUEEN'] ?? '',
    NET_VAL_HD: header['NETWR'] ?? '',
    CURRENCY: header['WAERK'] ?? '',
    SOLD_TO: header['KUNNR'] ?? '',
    PURCH_NO: header['BSTNK'] ?? '',
  };
}

/** BAPISDIT from a VBAP row. */
export function itemOut(item: Readonly<Row>): Row {
  return {
    DOC_NUMBER: item['VBELN'] ?? '',
    ITM_NUMBER: item['POSNR'] ?? '',
    MATERIAL: item['MATNR'] ?? '',
    SHORT_TEXT: item['ARKTX'] ?? '',
    REQ_QTY: item['KWMENG'] ?? '',
    SALES_UNIT: item['VRKME'] ?? '',
    NET_VALUE: item['NETWR'] ?? '',
    CURRENCY: item['WAERK'] ?? '',
  };
}

/**
 * BAPISDPART lines of a document: the sold-to party on the header. The mock has no partner
 * table (VBPA) for sales documents, so no other partner functions are shown.
 */
export function partnersOut(database: DatabaseView, header: Readonly<Row>): Row[] {
  const customer = header['KUNNR'] ?? '';
  if (customer === '') return [];
  return [
    {
      SD_DOC: header['VBELN'] ?? '',
      ITM_NUMBER: '000000',
      PARTN_ROLE: 'AG',
      CUSTOMER: customer,
      NAME: database.get('KNA1', { KUNNR: customer })?.['NAME1'] ?? '',
    },
  ];
}

/** BAPISDCOND from a KONV row of a document. */
export function conditionOut(salesDocument: string, condition: Readonly<Row>): Row {
  return {
    SD_DOC: salesDocument,
    ITM_NUMBER: condition['KPOSN'] ?? '',
    COND_ST_NO: condition['STUNR'] ?? '',
    COND_COUNT: condition['ZAEHK'] ?? '',
    COND_TYPE: condition['KSCHL'] ?? '',
    COND_VALUE: condition['KBETR'] ?? '',
    CURRENCY: condition['WAERS'] ?? '',
    COND_P_UNT: condition['KPEIN'] ?? '',
    COND_UNIT: condition['KMEIN'] ?? '',
    CALCTYPCON: condition['KRECH'] ?? '',
  };
}

/** BAPISDCNTR from a VEDA row. */
export function contractDataOut(contractData: Readonly<Row>): Row {
  return {
    DOC_NUMBER: contractData['VBELN'] ?? '',
    ITM_NUMBER: contractData['VPOSN'] ?? '',
    CONTSTADAT: contractData['VBEGDAT'] ?? '',
    CONTSIGDAT: contractData['VUNTDAT'] ?? '',
    CANC_PROC: contractData['VKUESCH'] ?? '',
    CONTENDDAT: contractData['VENDDAT'] ?? '',
  };
}
