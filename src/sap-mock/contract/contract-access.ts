import { externalDocumentNumber, salesDocumentLockArgument } from './contract-customizing.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

/** The outcome of opening a sales document item: its VBAP row, or the RETURN lines refusing it. */
export type OpenItemResult = { item: Row; messages: [] } | { item: undefined; messages: Row[] };

/**
 * Reads an item of a sales document for a change, as the session sees it (saved in its own LUW
 * or committed), and locks the document for the session.
 */
export function openItemForChange(
  call: FunctionCall,
  salesDocument: string,
  itemNumber: string,
  parameters: { document: string; item: string },
): OpenItemResult {
  const shown = externalDocumentNumber(salesDocument);
  const item = call.database.get('VBAP', { VBELN: salesDocument, POSNR: itemNumber });
  if (item === undefined) {
    const exists = call.database.get('VBAK', { VBELN: salesDocument }) !== undefined;
    const message = call.message('E', 'SALES_DOCUMENT_NOT_FOUND', [shown, itemNumber], {
      parameter: exists ? parameters.item : parameters.document,
    });
    return { item: undefined, messages: [message] };
  }

  const holder = call.system.lock(call.session, salesDocumentLockArgument(salesDocument));
  if (holder !== undefined) {
    const message = call.message('E', 'SALES_DOCUMENT_LOCKED', [shown, holder.user], {
      parameter: parameters.document,
    });
    return { item: undefined, messages: [message] };
  }
  return { item, messages: [] };
}
