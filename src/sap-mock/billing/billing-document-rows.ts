import { billingTypes, companyCode, fiscalYearOf } from './billing-customizing.ts';
import { dividedBy, fractionOf, roundHalfAwayFromZero, sumAmounts, times } from './money.ts';
import { determineOutputTax } from './pricing.ts';
import { systemDate, systemTime } from '../notification/notification-header.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/** The rows of a billing document: VBRK, VBRP, KONV and the document flow VBFA. */
export interface BillingDocumentRows {
  header: Row;
  items: Row[];
  conditions: Row[];
  flow: Row[];
}

/** A debit memo request to bill: its VBAK row, the VBAP rows to bill, KONV and VBKD header. */
export interface RequestToBill {
  readonly header: Readonly<Row>;
  readonly items: readonly Readonly<Row>[];
  readonly conditions: readonly Readonly<Row>[];
  readonly businessData: Readonly<Row> | undefined;
}

/** Who bills, when, and under which number. */
export interface BillingContext {
  readonly billingDocument: string;
  readonly billingDate: string;
  readonly createdBy: string;
  readonly createdOn: string;
  readonly now: Date;
}

/**
 * Builds a debit memo (billing type L2) for the items of a debit memo request: amounts and
 * conditions are copied from the request, items numbered 10, 20, …; KNUMV is the number.
 */
export function buildBillingDocumentRows(
  database: DatabaseView,
  request: RequestToBill,
  context: BillingContext,
): BillingDocumentRows {
  const requestNumber = request.header['VBELN'] ?? '';
  const customer = request.header['KUNNR'] ?? '';
  const pricingDate = request.businessData?.['PRSDT'] ?? context.billingDate;
  const currency = request.header['WAERK'] || companyCode.currency;
  const billingItem = (index: number) => String((index + 1) * 10).padStart(6, '0');

  const items = request.items.map((item, index): Row => {
    const itemConditions = conditionsOf(request.conditions, item['POSNR'] ?? '');
    const material = item['MATNR'] ?? '';
    const tax = determineOutputTax(database, { customer, material, pricingDate });
    return {
      VBELN: context.billingDocument,
      POSNR: billingItem(index),
      FKIMG: item['KWMENG'] ?? '0',
      VRKME: item['VRKME'] ?? '',
      MATNR: material,
      ARKTX: item['ARKTX'] ?? '',
      NETWR: item['NETWR'] ?? '0',
      MWSBP: item['MWSBP'] ?? '0',
      KZWI1: valueBeforeCoverage(item, itemConditions),
      AUBEL: requestNumber,
      AUPOS: item['POSNR'] ?? '',
      VGBEL: requestNumber,
      VGPOS: item['POSNR'] ?? '',
      VGTYP: request.header['VBTYP'] ?? '',
      AUFNR: request.header['AUFNR'] ?? '',
      MWSKZ: tax.found ? tax.code : '',
    };
  });

  const header: Row = {
    VBELN: context.billingDocument,
    FKART: billingTypes.debitMemo.type,
    VBTYP: billingTypes.debitMemo.category,
    WAERK: currency,
    VKORG: request.header['VKORG'] ?? '',
    VTWEG: request.header['VTWEG'] ?? '',
    SPART: request.header['SPART'] ?? '',
    KNUMV: context.billingDocument,
    FKDAT: context.billingDate,
    BUKRS: companyCode.code,
    GJAHR: fiscalYearOf(context.billingDate),
    KUNAG: customer,
    KUNRG: customer,
    NETWR: sumAmounts(items.map((item) => item['NETWR'] ?? '0')),
    MWSBK: sumAmounts(items.map((item) => item['MWSBP'] ?? '0')),
    // Posted to accounting at once: the mock has no release step for accounting.
    RFBSK: 'C',
    ERNAM: context.createdBy,
    ERDAT: context.createdOn,
    ERZET: systemTime(context.now),
  };

  const conditions = request.items.flatMap((item, index) =>
    conditionsOf(request.conditions, item['POSNR'] ?? '').map((condition) => ({
      ...condition,
      KNUMV: context.billingDocument,
      KPOSN: billingItem(index),
    })),
  );
  const flow = request.items.map((item, index) =>
    flowRow(item, { ...context, billingItem: billingItem(index), currency, requestNumber }),
  );
  return { header, items, conditions, flow };
}

/** Copies of a document's KONV rows of one item. */
export function conditionsOf(conditions: readonly Readonly<Row>[], itemNumber: string): Row[] {
  return conditions.filter((row) => row['KPOSN'] === itemNumber).map((row) => ({ ...row }));
}

// KZWI1: quantity × PR00 price per pricing unit, rounded once (the value before coverage).
function valueBeforeCoverage(item: Readonly<Row>, conditions: readonly Readonly<Row>[]): string {
  const price = conditions.find((row) => row['KSCHL'] === 'PR00');
  if (price === undefined) return item['NETWR'] ?? '0';
  const per = Math.max(1, Math.trunc(Number(price['KPEIN'] ?? '1')));
  const value = times(fractionOf(item['KWMENG'] ?? '0'), fractionOf(price['KBETR'] ?? '0'));
  return roundHalfAwayFromZero(dividedBy(value, fractionOf(String(per))), 2);
}

function flowRow(
  item: Readonly<Row>,
  context: BillingContext & { billingItem: string; currency: string; requestNumber: string },
): Row {
  return {
    VBELV: context.requestNumber,
    POSNV: item['POSNR'] ?? '',
    VBELN: context.billingDocument,
    POSNN: context.billingItem,
    VBTYP_N: billingTypes.debitMemo.category,
    VBTYP_V: 'L',
    RFMNG: item['KWMENG'] ?? '0',
    MEINS: item['VRKME'] ?? '',
    RFWRT: item['NETWR'] ?? '0',
    WAERS: context.currency,
    ERDAT: systemDate(context.now),
    ERZET: systemTime(context.now),
  };
}
