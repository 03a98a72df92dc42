import {
  accountingDocumentTypes,
  billingReferenceType,
  companyCode,
  fiscalYearOf,
  glAccounts,
  paymentTerms,
  withoutLeadingZeros,
} from './billing-customizing.ts';
import { amountOf, centsOf, sumAmounts } from './money.ts';
import { systemDate } from '../notification/notification-header.ts';
import type { Row } from '../ddic/structure.ts';

/** The rows of an accounting document: BKPF, BSEG and the customer's open item (BSID). */
export interface AccountingRows {
  header: Row;
  lines: Row[];
  openItems: Row[];
}

/** The accounting document number and who posts it when. */
export interface PostingContext {
  readonly accountingDocument: string;
  readonly user: string;
  readonly now: Date;
}

/**
 * The FI document of a debit memo (BLART RV, posted on the billing date): the customer's
 * receivable (debit, gross), one revenue line per item and one output tax line per tax code.
 */
export function buildBillingPosting(
  billingHeader: Readonly<Row>,
  billingItems: readonly Readonly<Row>[],
  context: PostingContext,
): AccountingRows {
  const billingDocument = billingHeader['VBELN'] ?? '';
  const date = billingHeader['FKDAT'] ?? '';
  const header = accountingHeader(accountingDocumentTypes.billing, date, context, {
    XBLNR: withoutLeadingZeros(billingDocument),
    AWTYP: billingReferenceType,
    AWKEY: billingDocument,
  });
  const gross = sumAmounts([billingHeader['NETWR'] ?? '0', billingHeader['MWSBK'] ?? '0']);
  const line = lineOf(header);

  const lines: Row[] = [
    line(1, {
      KOART: 'D',
      SHKZG: 'S',
      WRBTR: gross,
      DMBTR: gross,
      KUNNR: billingHeader['KUNRG'] ?? '',
      HKONT: glAccounts.receivables,
      VBELN: billingDocument,
    }),
  ];
  for (const item of billingItems) {
    const net = item['NETWR'] ?? '0';
    const values = { WRBTR: net, DMBTR: net, MWSKZ: item['MWSKZ'] ?? '' };
    lines.push(
      line(lines.length + 1, { KOART: 'S', SHKZG: 'H', HKONT: glAccounts.revenue, ...values }),
    );
  }
  for (const [code, cents] of taxPerCode(billingItems)) {
    const tax = amountOf(cents);
    const values = { WRBTR: tax, DMBTR: tax, MWSKZ: code };
    lines.push(
      line(lines.length + 1, { KOART: 'S', SHKZG: 'H', HKONT: glAccounts.outputTax, ...values }),
    );
  }

  const receivable = lines[0] ?? {};
  return { header, lines, openItems: [customerItemRow(header, receivable)] };
}

/** Makes the BSEG rows of an accounting document (its BKPF row): line number and values. */
export function lineOf(header: Readonly<Row>): (index: number, values: Row) => Row {
  return (index, values) => ({
    BUKRS: header['BUKRS'] ?? '',
    BELNR: header['BELNR'] ?? '',
    GJAHR: header['GJAHR'] ?? '',
    BUZEI: String(index).padStart(3, '0'),
    ...values,
  });
}

/** A BKPF row in company code 1000, its fiscal year taken from the posting date. */
export function accountingHeader(
  documentType: string,
  postingDate: string,
  context: PostingContext,
  values: Row = {},
): Row {
  return {
    BUKRS: companyCode.code,
    BELNR: context.accountingDocument,
    GJAHR: fiscalYearOf(postingDate),
    BLART: documentType,
    BLDAT: postingDate,
    BUDAT: postingDate,
    CPUDT: systemDate(context.now),
    USNAM: context.user,
    WAERS: companyCode.currency,
    ...values,
  };
}

/** The BSID/BSAD row of a customer line (KOART D) of an accounting document. */
export function customerItemRow(header: Readonly<Row>, line: Readonly<Row>): Row {
  return {
    BUKRS: line['BUKRS'] ?? '',
    KUNNR: line['KUNNR'] ?? '',
    AUGDT: line['AUGDT'] ?? '00000000',
    AUGBL: line['AUGBL'] ?? '',
    ZUONR: line['VBELN'] ?? '',
    GJAHR: line['GJAHR'] ?? '',
    BELNR: line['BELNR'] ?? '',
    BUZEI: line['BUZEI'] ?? '',
    BUDAT: header['BUDAT'] ?? '',
    BLDAT: header['BLDAT'] ?? '',
    WAERS: header['WAERS'] ?? '',
    XBLNR: header['XBLNR'] ?? '',
    BLART: header['BLART'] ?? '',
    SHKZG: line['SHKZG'] ?? '',
    DMBTR: line['DMBTR'] ?? '0',
    WRBTR: line['WRBTR'] ?? '0',
    ZFBDT: header['BUDAT'] ?? '',
    ZTERM: paymentTerms,
    SGTXT: line['SGTXT'] ?? '',
    VBELN: line['VBELN'] ?? '',
  };
}

// Output tax summed per tax code, in cents; items without a tax record (blank code) have none.
function taxPerCode(items: readonly Readonly<Row>[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const item of items) {
    const code = item['MWSKZ'] ?? '';
    if (code === '') continue;
    totals.set(code, (totals.get(code) ?? 0n) + centsOf(item['MWSBP'] ?? '0'));
  }
  return totals;
}
