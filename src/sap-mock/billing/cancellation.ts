import {
  accountingDocumentTypes,
  billingReferenceType,
  billingTypes,
  fiscalYearOf,
  withoutLeadingZeros,
} from './billing-customizing.ts';
import { accountingHeader, customerItemRow } from './accounting-posting.ts';
import { clearCustomerItem, openItemsOfBillingDocument } from './customer-item-clearing.ts';
import { systemDate, systemTime } from '../notification/notification-header.ts';
import type { PostingContext } from './accounting-posting.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

/** A billing document to cancel, the numbers drawn for it and the cancellation date. */
export interface CancellationInput {
  readonly original: Readonly<Row>;
  readonly cancellationDocument: string;
  readonly reversalDocument: string;
  readonly cancellationDate: string;
  readonly user: string;
  readonly now: Date;
}

/** The items of the cancellation document: original item → cancellation item. */
export interface CancelledItem {
  readonly originalItem: string;
  readonly cancellationItem: string;
}

/**
 * Cancels a debit memo into a change set: a cancellation document S2 with the same items and
 * amounts (SFAKN = original), FKSTO on the original, the document flow, and the FI reversal
 * (BLART AB) whose mirrored customer line clears the original's open item.
 */
export function cancelBillingDocument(
  changes: ChangeSet,
  database: DatabaseView,
  input: CancellationInput,
): CancelledItem[] {
  const original = input.original;
  const originalNumber = original['VBELN'] ?? '';
  const number = input.cancellationDocument;
  const items = database.select('VBRP', (row) => row['VBELN'] === originalNumber);
  const knumv = original['KNUMV'] ?? '';
  const conditions = knumv === '' ? [] : database.select('KONV', (row) => row['KNUMV'] === knumv);

  changes.put('VBRK', {
    ...original,
    VBELN: number,
    FKART: billingTypes.cancellation.type,
    VBTYP: billingTypes.cancellation.category,
    KNUMV: number,
    FKDAT: input.cancellationDate,
    GJAHR: fiscalYearOf(input.cancellationDate),
    FKSTO: '',
    SFAKN: originalNumber,
    ERNAM: input.user,
    ERDAT: systemDate(input.now),
    ERZET: systemTime(input.now),
  });
  changes.put('VBRK', { ...original, FKSTO: 'X' });
  for (const item of items) {
    changes.put('VBRP', {
      ...item,
      VBELN: number,
      VGBEL: originalNumber,
      VGPOS: item['POSNR'] ?? '',
      VGTYP: original['VBTYP'] ?? '',
    });
    changes.put('VBFA', cancellationFlow(original, item, input));
  }
  for (const condition of conditions) changes.put('KONV', { ...condition, KNUMV: number });

  reverseAccountingDocument(changes, database, input);
  return items.map((item) => ({
    originalItem: item['POSNR'] ?? '',
    cancellationItem: item['POSNR'] ?? '',
  }));
}

function cancellationFlow(
  original: Readonly<Row>,
  item: Readonly<Row>,
  input: CancellationInput,
): Row {
  return {
    VBELV: original['VBELN'] ?? '',
    POSNV: item['POSNR'] ?? '',
    VBELN: input.cancellationDocument,
    POSNN: item['POSNR'] ?? '',
    VBTYP_N: billingTypes.cancellation.category,
    VBTYP_V: original['VBTYP'] ?? '',
    RFMNG: item['FKIMG'] ?? '0',
    MEINS: item['VRKME'] ?? '',
    RFWRT: item['NETWR'] ?? '0',
    WAERS: original['WAERK'] ?? '',
    ERDAT: systemDate(input.now),
    ERZET: systemTime(input.now),
  };
}

// The reversal mirrors every line of the original FI document (debit ↔ credit); both customer
// lines are cleared by it, so neither stays open.
function reverseAccountingDocument(
  changes: ChangeSet,
  database: DatabaseView,
  input: CancellationInput,
): void {
  const originalNumber = input.original['VBELN'] ?? '';
  const originalHeader = database.find(
    'BKPF',
    (row) => row['AWTYP'] === billingReferenceType && row['AWKEY'] === originalNumber,
  );
  if (originalHeader === undefined) return;

  const context: PostingContext = {
    accountingDocument: input.reversalDocument,
    user: input.user,
    now: input.now,
  };
  const clearing = { document: input.reversalDocument, date: input.cancellationDate };
  const header = accountingHeader(
    accountingDocumentTypes.reversal,
    input.cancellationDate,
    context,
    {
      XBLNR: withoutLeadingZeros(input.cancellationDocument),
      AWTYP: billingReferenceType,
      AWKEY: input.cancellationDocument,
      STBLG: originalHeader['BELNR'] ?? '',
    },
  );
  changes.put('BKPF', header);
  changes.put('BKPF', { ...originalHeader, STBLG: input.reversalDocument });

  const originalLines = database.select(
    'BSEG',
    (row) =>
      row['BUKRS'] === originalHeader['BUKRS'] &&
      row['BELNR'] === originalHeader['BELNR'] &&
      row['GJAHR'] === originalHeader['GJAHR'],
  );
  for (const line of originalLines) {
    const mirrored: Row = {
      ...line,
      BELNR: input.reversalDocument,
      GJAHR: header['GJAHR'] ?? '',
      SHKZG: line['SHKZG'] === 'S' ? 'H' : 'S',
      VBELN: line['KOART'] === 'D' ? input.cancellationDocument : (line['VBELN'] ?? ''),
      AUGBL: line['KOART'] === 'D' ? clearing.document : '',
      AUGDT: line['KOART'] === 'D' ? clearing.date : '00000000',
    };
    changes.put('BSEG', mirrored);
    if (line['KOART'] === 'D') changes.put('BSAD', customerItemRow(header, mirrored));
  }

  for (const openItem of openItemsOfBillingDocument(database, originalNumber)) {
    clearCustomerItem(changes, database, openItem, clearing);
  }
}
