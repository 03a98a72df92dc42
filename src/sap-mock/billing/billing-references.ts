import {
  alphaNumber,
  billingTypes,
  debitMemoRequest,
  withoutLeadingZeros,
} from './billing-customizing.ts';
import { salesDocumentLockArgument } from '../contract/contract-customizing.ts';
import type { RequestToBill } from './billing-document-rows.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { MessageKey } from '../messages/message-catalogue.ts';

/** A refusal of one reference: the document and item it concerns and its BAPIRET2 line. */
export interface ReferenceError {
  readonly document: string;
  readonly item: string;
  readonly message: Row;
}

/** A checked request to bill, with the billing date and billing type the caller asked for. */
export interface CheckedReference extends RequestToBill {
  readonly billingDate: string;
}

const allItems = '000000';

/**
 * Reads the debit memo requests BILLINGDATAIN refers to (one billing document each) and checks
 * them: billing by reference to a request of category L, committed, not locked by another
 * session, items not billed yet by a debit memo that is not cancelled.
 */
export function checkReferences(
  call: FunctionCall,
  lines: readonly Readonly<Row>[],
): { references: CheckedReference[]; errors: ReferenceError[] } {
  const errors: ReferenceError[] = [];
  const refuse = (document: string, item: string, key: MessageKey, variables: string[]) => {
    errors.push({ document, item, message: call.message('E', key, variables) });
  };

  const wanted = new Map<string, { items: Set<string>; billingDate: string }>();
  for (const line of lines) {
    const document = alphaNumber(line['REF_DOC'] ?? '', 10);
    const item = line['REF_ITEM'] ?? allItems;
    const billingType = line['ORDBILLTYP'] || billingTypes.debitMemo.type;
    if (billingType !== billingTypes.debitMemo.type) {
      refuse(document, item, 'BILLING_TYPE_UNKNOWN', [billingType]);
      continue;
    }
    if (document === '' || line['REF_DOC_CA'] !== debitMemoRequest.category) {
      const what = `billing without reference to a debit memo request (${document || '(initial)'})`;
      refuse(document, item, 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule]);
      continue;
    }
    const entry = wanted.get(document) ?? { items: new Set<string>(), billingDate: '' };
    entry.items.add(item);
    if (!/^0*$/.test(line['BILL_DATE'] ?? '')) entry.billingDate = line['BILL_DATE'] ?? '';
    wanted.set(document, entry);
  }

  const references: CheckedReference[] = [];
  for (const [document, entry] of wanted) {
    const checked = checkReference(call, document, entry, refuse);
    if (checked !== undefined) references.push(checked);
  }
  return { references, errors };
}

// Billing reads the database: a request saved but not committed is not there yet, as in SAP.
function checkReference(
  call: FunctionCall,
  document: string,
  entry: { items: Set<string>; billingDate: string },
  refuse: (document: string, item: string, key: MessageKey, variables: string[]) => void,
): CheckedReference | undefined {
  const shown = withoutLeadingZeros(document);
  const header = call.committed.get('VBAK', { VBELN: document });
  if (header === undefined) {
    refuse(document, allItems, 'BILLING_REFERENCE_NOT_FOUND', [shown]);
    return undefined;
  }
  if (header['VBTYP'] !== debitMemoRequest.category) {
    const variables = [shown, header['VBTYP'] ?? '', billingTypes.debitMemo.type];
    refuse(document, allItems, 'BILLING_REFERENCE_NOT_BILLABLE', variables);
    return undefined;
  }
  const holder = call.system.lockHolder(salesDocumentLockArgument(document));
  if (holder !== undefined && holder.handle !== call.session.handle) {
    refuse(document, allItems, 'SALES_DOCUMENT_LOCKED', [shown, holder.user]);
    return undefined;
  }

  const all = call.committed.select('VBAP', (row) => row['VBELN'] === document);
  const billAll = entry.items.has(allItems);
  const items = billAll ? all : all.filter((row) => entry.items.has(row['POSNR'] ?? ''));
  let refused = false;
  for (const item of entry.items) {
    if (billAll || items.some((row) => row['POSNR'] === item)) continue;
    refuse(document, item, 'SALES_DOCUMENT_NOT_FOUND', [shown, item]);
    refused = true;
  }
  for (const item of items) {
    const billingDocument = activeBillingDocument(call, document, item['POSNR'] ?? '');
    if (billingDocument === undefined) continue;
    const variables = [shown, withoutLeadingZeros(billingDocument)];
    refuse(document, item['POSNR'] ?? '', 'BILLING_ALREADY_BILLED', variables);
    refused = true;
  }
  if (refused) return undefined;

  const businessData = call.committed.get('VBKD', { VBELN: document, POSNR: allItems });
  const knumv = header['KNUMV'] ?? '';
  return {
    header,
    items,
    conditions: call.committed.select('KONV', (row) => knumv !== '' && row['KNUMV'] === knumv),
    businessData,
    billingDate: entry.billingDate || businessData?.['FKDAT'] || '',
  };
}

// The debit memo that bills a request item, unless it was cancelled (then it can be billed
// again, as SAP resets the billing status on cancellation).
function activeBillingDocument(
  call: FunctionCall,
  document: string,
  item: string,
): string | undefined {
  const flows = call.committed.select(
    'VBFA',
    (row) =>
      row['VBELV'] === document &&
      row['POSNV'] === item &&
      row['VBTYP_N'] === billingTypes.debitMemo.category,
  );
  return flows
    .map((row) => row['VBELN'] ?? '')
    .find((number) => call.committed.get('VBRK', { VBELN: number })?.['FKSTO'] !== 'X');
}
