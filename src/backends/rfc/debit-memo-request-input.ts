import type { BillingLine, DebitMemoRequestInput } from '../../domain/billing.ts';
import { normaliseDecimal } from '../../domain/order-decimal.ts';
import { toAlpha, toDats } from '../mapping/sap-formats.ts';
import type { BillingSettings } from './billing-settings.ts';

type Row = Record<string, string>;

/** How API keys become SAP's internal ones (the mapping's conversions). */
export interface SapKeys {
  customer(id: string): string;
  material(id: string): string;
}

/**
 * The parameters of SD_SALESDOCUMENT_CREATE for a debit memo request: a header with the
 * reference (the service order, or the contract and its period), one item per line, the sold-to
 * partner, and the conditions the service sets (a fee's manual price, covered shares).
 */
export function debitMemoRequestParameters(
  input: DebitMemoRequestInput,
  settings: BillingSettings,
  toSap: SapKeys,
): Record<string, unknown> {
  const header = headerFor(input, settings);
  return {
    BUSINESS_OBJECT: settings.businessObject,
    SALES_HEADER_IN: header,
    SALES_HEADER_INX: {
      UPDATEFLAG: 'I',
      ...Object.fromEntries(Object.keys(header).map((field) => [field, 'X'])),
    },
    SALES_ITEMS_IN: input.lines.map((line, index) => itemFor(line, index, settings, toSap)),
    SALES_PARTNERS: [
      { PARTN_ROLE: settings.soldToPartnerFunction, PARTN_NUMB: toSap.customer(input.customerId) },
    ],
    SALES_CONDITIONS_IN: input.lines.flatMap((line, index) => conditionsFor(line, index, settings)),
  };
}

function headerFor(input: DebitMemoRequestInput, s: BillingSettings): Row {
  const reference = input.reference;
  const common = {
    DOC_TYPE: s.debitMemoRequestType,
    SALES_ORG: s.salesOrganization,
    DISTR_CHAN: s.distributionChannel,
    DIVISION: s.division,
    CURRENCY: s.currency,
    SERV_DATE: toDats(input.serviceDate),
    PRICE_DATE: toDats(input.serviceDate),
  };
  if (reference.kind === 'order') {
    return {
      ...common,
      PURCH_NO_C: reference.orderId,
      REFOBJTYPE: s.serviceOrderObjectType,
      REFOBJKEY: toAlpha(reference.orderId, 12),
    };
  }
  return {
    ...common,
    PURCH_NO_C: `${reference.contractId} ${reference.period.id}`,
    REF_DOC: toAlpha(reference.contractId, 10),
    REFDOC_CAT: 'G',
  };
}

function itemFor(line: BillingLine, index: number, s: BillingSettings, toSap: SapKeys): Row {
  const prefixes = s.coverageReferencePrefixes;
  return {
    ITM_NUMBER: itemNumber(index),
    MATERIAL: toSap.material(line.materialId),
    TARGET_QTY: line.quantity,
    TARGET_QU: line.unit,
    ITEM_CATEG: s.itemCategory,
    // SAP's item text holds 40 characters; the engine keeps line descriptions within them.
    SHORT_TEXT: line.description.slice(0, 40),
    PURCH_NO_C: line.coveredBy === null ? '' : prefixes[line.coveredBy.type] + line.coveredBy.id,
  };
}

// A fee has no price record in SAP: its amount goes in as a manual price. Covered shares go
// in as the coverage condition; every other price is SAP's own.
function conditionsFor(line: BillingLine, index: number, s: BillingSettings): Row[] {
  const types = s.conditionTypes;
  const conditions: Row[] = [];
  if (line.kind === 'fee') {
    conditions.push({
      ITM_NUMBER: itemNumber(index),
      COND_TYPE: types.price,
      COND_VALUE: line.unitPrice.amount,
      CURRENCY: line.unitPrice.currency,
      COND_UNIT: line.unit,
      COND_P_UNT: '1',
    });
  }
  if (normaliseDecimal(line.coveredPercent) !== '0') {
    conditions.push({
      ITM_NUMBER: itemNumber(index),
      COND_TYPE: types.coverage,
      COND_VALUE: line.coveredPercent,
    });
  }
  return conditions;
}

function itemNumber(index: number): string {
  return String((index + 1) * 10).padStart(6, '0');
}
