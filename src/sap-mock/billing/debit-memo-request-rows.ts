import {
  alphaNumber,
  billingSalesArea,
  companyCode,
  debitMemoRequest,
  serviceOrderBusinessObject,
} from './billing-customizing.ts';
import { sumAmounts } from './money.ts';
import { isInitialDate } from '../contract/contract-checks.ts';
import { systemDate, systemTime } from '../notification/notification-header.ts';
import { materialDescription } from '../notification/notification-reader.ts';
import type { PricedItem } from './pricing.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

/** The rows of a new debit memo request: VBAK, VBAP, VBKD and KONV. */
export interface DebitMemoRequestRows {
  header: Row;
  items: Row[];
  businessData: Row[];
  conditions: Row[];
}

/** A checked item of the request with its number and its pricing result. */
export interface RequestItem {
  readonly number: string;
  readonly input: Readonly<Row>;
  readonly priced: PricedItem;
}

/** What a debit memo request is built from: the checked BAPI input and the drawn number. */
export interface DebitMemoRequestInput {
  readonly salesDocument: string;
  readonly customer: string;
  readonly header: Readonly<Row>;
  readonly items: readonly RequestItem[];
  readonly pricingDate: string;
}

const headerItem = '000000';

/** Builds the rows of a debit memo request; KNUMV is the document number (a mock convention). */
export function buildDebitMemoRequestRows(
  call: FunctionCall,
  input: DebitMemoRequestInput,
): DebitMemoRequestRows {
  const now = call.system.now();
  const header = input.header;
  const currency = header['CURRENCY'] || input.items[0]?.priced.currency || companyCode.currency;
  const items = input.items.map((item) => itemRow(call, input.salesDocument, item, currency));

  const headerRow: Row = {
    VBELN: input.salesDocument,
    AUART: debitMemoRequest.documentType,
    VBTYP: debitMemoRequest.category,
    KUNNR: input.customer,
    VKORG: header['SALES_ORG'] || billingSalesArea.salesOrg,
    VTWEG: header['DISTR_CHAN'] || billingSalesArea.distributionChannel,
    SPART: header['DIVISION'] || billingSalesArea.division,
    ERDAT: systemDate(now),
    ERZET: systemTime(now),
    ERNAM: call.session.user,
    NETWR: sumAmounts(items.map((item) => item['NETWR'] ?? '0')),
    WAERK: currency,
    BSTNK: header['PURCH_NO_C'] ?? '',
    KNUMV: input.salesDocument,
    AUFNR:
      header['REFOBJTYPE'] === serviceOrderBusinessObject
        ? alphaNumber(header['REFOBJKEY'] ?? '', 12)
        : '',
    VGBEL: alphaNumber(header['REF_DOC'] ?? '', 10),
    VGTYP: header['REFDOC_CAT'] ?? '',
  };

  const headerData: Row = {
    VBELN: input.salesDocument,
    POSNR: headerItem,
    FKDAT: isInitialDate(header['BILL_DATE']) ? systemDate(now) : (header['BILL_DATE'] ?? ''),
    FBUDA: header['SERV_DATE'] ?? '',
    PRSDT: input.pricingDate,
    BSTKD: header['PURCH_NO_C'] ?? '',
  };
  // An item has its own business data only where it differs: here its purchase order number.
  const itemData = input.items
    .filter((item) => (item.input['PURCH_NO_C'] ?? '') !== '')
    .map((item) => ({ ...headerData, POSNR: item.number, BSTKD: item.input['PURCH_NO_C'] ?? '' }));

  const conditions = input.items.flatMap((item) =>
    item.priced.conditions.map((condition) => ({
      ...condition,
      KNUMV: input.salesDocument,
      KPOSN: item.number,
    })),
  );
  return { header: headerRow, items, businessData: [headerData, ...itemData], conditions };
}

function itemRow(
  call: FunctionCall,
  salesDocument: string,
  item: RequestItem,
  currency: string,
): Row {
  const material = item.input['MATERIAL'] ?? '';
  const baseUnit = call.database.get('MARA', { MATNR: material })?.['MEINS'] ?? '';
  const text = materialDescription(call.database, material, call.session.language);
  return {
    VBELN: salesDocument,
    POSNR: item.number,
    MATNR: material,
    ARKTX: item.input['SHORT_TEXT'] || text,
    KWMENG: item.input['TARGET_QTY'] ?? '0',
    VRKME: item.input['TARGET_QU'] || baseUnit,
    NETWR: item.priced.net,
    MWSBP: item.priced.tax,
    WAERK: currency,
  };
}
