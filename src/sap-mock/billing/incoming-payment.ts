import { accountingDocumentTypes, glAccounts, withoutLeadingZeros } from './billing-customizing.ts';
import { accountingHeader, customerItemRow, lineOf } from './accounting-posting.ts';
import { clearCustomerItem } from './customer-item-clearing.ts';
import { sumAmounts } from './money.ts';
import type { PostingContext } from './accounting-posting.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

/** An incoming payment of a billing document's open items. */
export interface IncomingPayment {
  readonly billingDocument: string;
  readonly openItems: readonly Readonly<Row>[];
  /** The payment date (posting and clearing date), YYYYMMDD. */
  readonly date: string;
}

/**
 * Posts an incoming payment (BLART DZ) into a change set: the bank account is debited with the
 * total, each open item gets a credit line on the customer, and the payment clears them.
 */
export function postPayment(
  changes: ChangeSet,
  database: DatabaseView,
  payment: IncomingPayment,
  context: PostingContext,
): void {
  const header = accountingHeader(accountingDocumentTypes.payment, payment.date, context, {
    XBLNR: withoutLeadingZeros(payment.billingDocument),
  });
  const clearing = { document: context.accountingDocument, date: payment.date };
  const total = sumAmounts(payment.openItems.map((item) => item['WRBTR'] ?? '0'));
  const line = lineOf(header);

  changes.put('BKPF', header);
  changes.put(
    'BSEG',
    line(1, { KOART: 'S', SHKZG: 'S', WRBTR: total, DMBTR: total, HKONT: glAccounts.bank }),
  );
  payment.openItems.forEach((openItem, index) => {
    const credit = line(index + 2, {
      KOART: 'D',
      SHKZG: 'H',
      WRBTR: openItem['WRBTR'] ?? '0',
      DMBTR: openItem['DMBTR'] ?? '0',
      KUNNR: openItem['KUNNR'] ?? '',
      HKONT: glAccounts.receivables,
      VBELN: openItem['VBELN'] ?? '',
      AUGBL: clearing.document,
      AUGDT: clearing.date,
    });
    changes.put('BSEG', credit);
    changes.put('BSAD', customerItemRow(header, credit));
    clearCustomerItem(changes, database, openItem, clearing);
  });
}
