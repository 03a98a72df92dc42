// The mock's SD and FI customizing for billing. SAP keeps it in TVAK, TVFK, T001, T003, T052 and
// the account determination tables; the mock knows the few values it needs here instead.

/** The one sales area the mock bills in. */
export const billingSalesArea = { salesOrg: '1000', distributionChannel: '10', division: '00' };

/** The company code every billing document posts to, with its country and currency. */
export const companyCode = { code: '1000', country: 'DE', currency: 'EUR' } as const;

/** The departure country of output tax determination (A002-ALAND, KNVI/MLAN-ALAND). */
export const departureCountry = 'DE';

/** The debit memo request: sales document type L2 of category L, item category L2N. */
export const debitMemoRequest = {
  businessObject: 'BUS2096',
  documentType: 'L2',
  category: 'L',
  itemCategory: 'L2N',
  text: 'Debit memo request',
} as const;

/** The service order's business object, whose key REFOBJKEY carries into VBAK-AUFNR. */
export const serviceOrderBusinessObject = 'BUS2088';

/** The billing type of a debit memo (category P) and of its cancellation (category S). */
export const billingTypes = {
  debitMemo: { type: 'L2', category: 'P' },
  cancellation: { type: 'S2', category: 'S' },
} as const;

/** The NRIV intervals of billing: requests, billing documents, accounting documents, payments. */
export const billingNumberRanges = {
  debitMemoRequest: { object: 'RV_BELEG', rangeNumber: '60' },
  billingDocument: { object: 'RV_BELEG', rangeNumber: '19' },
  accountingDocument: { object: 'RF_BELEG', rangeNumber: '01' },
  payment: { object: 'RF_BELEG', rangeNumber: '14' },
} as const;

/** The G/L accounts of the postings: receivables, revenue, output tax and the bank. */
export const glAccounts = {
  receivables: '0000140000',
  revenue: '0000800000',
  outputTax: '0000175000',
  bank: '0000113100',
} as const;

/** The FI document types: billing (RV), incoming payment (DZ) and reversal (AB). */
export const accountingDocumentTypes = { billing: 'RV', payment: 'DZ', reversal: 'AB' } as const;

/** The payment terms of every customer item. */
export const paymentTerms = 'NT30';

/** The FI reference type (BKPF-AWTYP) of postings that come from billing. */
export const billingReferenceType = 'VBRK';

/** The lock argument of a billing document (lock object EVVBRKE, client-independent here). */
export function billingDocumentLockArgument(billingDocument: string): string {
  return `VBRK ${billingDocument}`;
}

/** SAP's ALPHA input conversion: a number of digits only is zero-padded to the field length. */
export function alphaNumber(value: string, length: number): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.padStart(length, '0') : trimmed;
}

/** A document number as messages and XBLNR show it (without leading zeros). */
export function withoutLeadingZeros(value: string): string {
  return /^\d+$/.test(value) ? value.replace(/^0+(?=\d)/, '') : value;
}

/** The fiscal year of a posting date: the mock's company code uses the calendar year (guess). */
export function fiscalYearOf(date: string): string {
  return date.slice(0, 4);
}
