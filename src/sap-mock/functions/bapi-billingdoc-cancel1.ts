import {
  alphaNumber,
  billingDocumentLockArgument,
  billingNumberRanges,
  billingTypes,
  withoutLeadingZeros,
} from '../billing/billing-customizing.ts';
import { cancelBillingDocument } from '../billing/cancellation.ts';
import {
  clearedItemsOfBillingDocument,
  openItemsOfBillingDocument,
} from '../billing/customer-item-clearing.ts';
import { ChangeSet } from '../database/table-store.ts';
import { BAPIRETURN1, BAPIVBRKSUCCESS } from '../ddic/structures-billing.ts';
import { toBapiret1 } from '../messages/bapi-return.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * BAPI_BILLINGDOC_CANCEL1: cancels a debit memo with a cancellation document (S2) and reverses
 * its FI document; commits the session's work unless NO_COMMIT is 'X'.
 */
export const bapiBillingdocCancel1: FunctionModule = {
  name: 'BAPI_BILLINGDOC_CANCEL1',
  imports: { BILLINGDOCUMENT: 'C10', TESTRUN: 'C1', NO_COMMIT: 'C1', BILLINGDATE: 'D' },
  exports: {},
  tables: { RETURN: BAPIRETURN1, SUCCESS: BAPIVBRKSUCCESS },
  run: cancelDocument,
};

function cancelDocument(call: FunctionCall): FunctionResult {
  const number = alphaNumber(call.input.scalar('BILLINGDOCUMENT'), 10);
  const checked = checkCancellable(call, number);
  if ('refusal' in checked) return { RETURN: [toBapiret1(checked.refusal)] };
  if (call.input.scalar('TESTRUN') === 'X') return { RETURN: [], SUCCESS: [] };

  const cancellationNumber = drawNumber(call, billingNumberRanges.billingDocument);
  const reversalNumber = drawNumber(call, billingNumberRanges.accountingDocument);
  if (typeof cancellationNumber !== 'string') return { RETURN: [toBapiret1(cancellationNumber)] };
  if (typeof reversalNumber !== 'string') return { RETURN: [toBapiret1(reversalNumber)] };

  // Without BILLINGDATE the cancellation takes the original's billing date (guess: VF11 does
  // so unless another date is entered).
  const givenDate = call.input.scalar('BILLINGDATE');
  const changes = new ChangeSet();
  const items = cancelBillingDocument(changes, call.database, {
    original: checked.original,
    cancellationDocument: cancellationNumber,
    reversalDocument: reversalNumber,
    cancellationDate: /^0*$/.test(givenDate) ? (checked.original['FKDAT'] ?? '') : givenDate,
    user: call.session.user,
    now: call.system.now(),
  });
  call.session.luw.absorb(changes);
  call.system.lock(call.session, billingDocumentLockArgument(number));
  if (call.input.scalar('NO_COMMIT') !== 'X') call.system.commitWork(call.session);

  const saved = call.message('S', 'BILLING_DOCUMENT_SAVED', [
    withoutLeadingZeros(cancellationNumber),
  ]);
  const success = items.map((item) => ({
    REF_DOC: number,
    REF_ITEM: item.originalItem,
    BILL_DOC: cancellationNumber,
    BILL_ITEM: item.cancellationItem,
  }));
  return { RETURN: [toBapiret1(saved)], SUCCESS: success };
}

// The session's view: a cancellation it saved without commit counts as done.
function checkCancellable(
  call: FunctionCall,
  number: string,
): { original: Row } | { refusal: Row } {
  const shown = withoutLeadingZeros(number);
  const original = call.database.get('VBRK', { VBELN: number });
  if (original === undefined) {
    return { refusal: call.message('E', 'BILLING_DOCUMENT_NOT_FOUND', [shown]) };
  }
  if (original['VBTYP'] !== billingTypes.debitMemo.category) {
    const variables = [shown, original['VBTYP'] ?? ''];
    return { refusal: call.message('E', 'BILLING_NOT_CANCELLABLE', variables) };
  }
  if (original['FKSTO'] === 'X') {
    return { refusal: call.message('E', 'BILLING_ALREADY_CANCELLED', [shown]) };
  }
  const holder = call.system.lockHolder(billingDocumentLockArgument(number));
  if (holder !== undefined && holder.handle !== call.session.handle) {
    return { refusal: call.message('E', 'SALES_DOCUMENT_LOCKED', [shown, holder.user]) };
  }
  // A paid debit memo cannot be cancelled before its payment is reset (FBRA in SAP).
  const cleared = clearedItemsOfBillingDocument(call.database, number)[0];
  if (cleared !== undefined && openItemsOfBillingDocument(call.database, number).length === 0) {
    const variables = [shown, cleared['AUGBL'] ?? ''];
    return { refusal: call.message('E', 'BILLING_ITEM_CLEARED', variables) };
  }
  return { original };
}

function drawNumber(
  call: FunctionCall,
  range: { object: string; rangeNumber: string },
): string | Row {
  const drawn = call.system.drawNumber(range.object, range.rangeNumber);
  if (drawn !== undefined) return drawn.padStart(10, '0');
  return call.message('E', 'NUMBER_RANGE_EXHAUSTED', [range.object, range.rangeNumber]);
}
