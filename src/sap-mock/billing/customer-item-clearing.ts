import { companyCode } from './billing-customizing.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

/** The document that clears an item, and its date. */
export interface Clearing {
  readonly document: string;
  readonly date: string;
}

/** The open customer items (BSID) of a billing document in the mock's company code. */
export function openItemsOfBillingDocument(database: DatabaseView, billingDocument: string): Row[] {
  return database.select(
    'BSID',
    (row) => row['BUKRS'] === companyCode.code && row['VBELN'] === billingDocument,
  );
}

/** The cleared customer items (BSAD) of a billing document in the mock's company code. */
export function clearedItemsOfBillingDocument(
  database: DatabaseView,
  billingDocument: string,
): Row[] {
  return database.select(
    'BSAD',
    (row) => row['BUKRS'] === companyCode.code && row['VBELN'] === billingDocument,
  );
}

/**
 * Clears an open item: it moves from BSID to BSAD with the clearing document and date, which
 * its BSEG line gets too.
 */
export function clearCustomerItem(
  changes: ChangeSet,
  database: DatabaseView,
  openItem: Readonly<Row>,
  clearing: Clearing,
): void {
  changes.delete('BSID', openItem);
  changes.put('BSAD', { ...openItem, AUGBL: clearing.document, AUGDT: clearing.date });

  const key = {
    BUKRS: openItem['BUKRS'] ?? '',
    BELNR: openItem['BELNR'] ?? '',
    GJAHR: openItem['GJAHR'] ?? '',
    BUZEI: openItem['BUZEI'] ?? '',
  };
  const line = database.get('BSEG', key);
  if (line !== undefined) {
    changes.put('BSEG', { ...line, AUGBL: clearing.document, AUGDT: clearing.date });
  }
}
