import { companyCode } from './billing-customizing.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/**
 * A customer's items open on a key date: open items (BSID) posted by then, and cleared items
 * (BSAD) posted by then but cleared only after it.
 */
export function customerItemsOpenOn(
  database: DatabaseView,
  selection: { companyCode: string; customer: string; keyDate: string },
): Row[] {
  const ofCustomer = (row: Readonly<Row>): boolean =>
    row['BUKRS'] === selection.companyCode &&
    row['KUNNR'] === selection.customer &&
    (row['BUDAT'] ?? '') <= selection.keyDate;
  return [
    ...database.select('BSID', ofCustomer),
    ...database.select(
      'BSAD',
      (row) => ofCustomer(row) && (row['AUGDT'] ?? '') > selection.keyDate,
    ),
  ];
}

/** BAPI3007_2 from a BSID or BSAD row (document and local currency are the same here). */
export function lineItemOut(item: Readonly<Row>): Row {
  return {
    COMP_CODE: item['BUKRS'] ?? '',
    CUSTOMER: item['KUNNR'] ?? '',
    SP_GL_IND: '',
    CLEAR_DATE: item['AUGDT'] ?? '',
    CLR_DOC_NO: item['AUGBL'] ?? '',
    ALLOC_NMBR: item['ZUONR'] ?? '',
    FISC_YEAR: item['GJAHR'] ?? '',
    DOC_NO: item['BELNR'] ?? '',
    ITEM_NUM: item['BUZEI'] ?? '',
    PSTNG_DATE: item['BUDAT'] ?? '',
    DOC_DATE: item['BLDAT'] ?? '',
    CURRENCY: item['WAERS'] ?? '',
    LOC_CURRCY: companyCode.currency,
    REF_DOC_NO: item['XBLNR'] ?? '',
    DOC_TYPE: item['BLART'] ?? '',
    DB_CR_IND: item['SHKZG'] ?? '',
    LC_AMOUNT: item['DMBTR'] ?? '0',
    AMT_DOCCUR: item['WRBTR'] ?? '0',
    BLINE_DATE: item['ZFBDT'] ?? '',
    PMNTTRMS: item['ZTERM'] ?? '',
    ITEM_TEXT: item['SGTXT'] ?? '',
    BILL_DOC: item['VBELN'] ?? '',
  };
}
