import { buildBillingPosting } from '../billing/accounting-posting.ts';
import { billingNumberRanges, withoutLeadingZeros } from '../billing/billing-customizing.ts';
import { buildBillingDocumentRows } from '../billing/billing-document-rows.ts';
import { checkReferences } from '../billing/billing-references.ts';
import { ChangeSet } from '../database/table-store.ts';
import {
  BAPICCARD_VF,
  BAPICREATORDATA,
  BAPIKOMFKTX,
  BAPIKOMV,
  BAPIRETURN1,
  BAPIVBRK,
  BAPIVBRKERRORS,
  BAPIVBRKSUCCESS,
} from '../ddic/structures-billing.ts';
import { toBapiret1 } from '../messages/bapi-return.ts';
import { systemDate } from '../notification/notification-header.ts';
import type { CheckedReference, ReferenceError } from '../billing/billing-references.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** Table parameters the mock does not process: a non-empty one refuses the call. */
const unsupportedTables = ['CONDITIONDATAIN', 'CCARDDATAIN', 'TEXTDATAIN'];

/**
 * BAPI_BILLINGDOC_CREATEMULTIPLE: one debit memo per referenced debit memo request, posted to
 * accounting at once, and a COMMIT WORK of the session (which commits its other work too).
 */
export const bapiBillingdocCreatemultiple: FunctionModule = {
  name: 'BAPI_BILLINGDOC_CREATEMULTIPLE',
  imports: { CREATORDATAIN: BAPICREATORDATA, TESTRUN: 'C1', POSTING: 'C1' },
  exports: {},
  tables: {
    BILLINGDATAIN: BAPIVBRK,
    CONDITIONDATAIN: BAPIKOMV,
    CCARDDATAIN: BAPICCARD_VF,
    TEXTDATAIN: BAPIKOMFKTX,
    ERRORS: BAPIVBRKERRORS,
    RETURN: BAPIRETURN1,
    SUCCESS: BAPIVBRKSUCCESS,
  },
  run: createBillingDocuments,
};

function createBillingDocuments(call: FunctionCall): FunctionResult {
  const unsupported = unsupportedTables
    .filter((table) => call.input.table(table).length > 0)
    .map((table) => call.message('E', 'NOT_SUPPORTED_BY_MOCK', [table, call.functionModule]));
  if (unsupported.length > 0) return { RETURN: unsupported.map(toBapiret1) };

  const { references, errors } = checkReferences(call, call.input.table('BILLINGDATAIN'));
  if (errors.length > 0) return refused(errors);
  if (references.length === 0) {
    const message = call.message('E', 'REQUIRED_FIELD_MISSING', ['BILLINGDATAIN']);
    return { RETURN: [toBapiret1(message)] };
  }
  // A test run checks the references and bills nothing: no number is drawn. POSTING is
  // accepted and ignored: the mock always posts to accounting.
  if (call.input.scalar('TESTRUN') === 'X') return { RETURN: [], SUCCESS: [] };

  // The documents are built apart from the session's LUW, so that an exhausted number range
  // half-way leaves the LUW as it was.
  const changes = new ChangeSet();
  const success: Row[] = [];
  const saved: Row[] = [];
  for (const reference of references) {
    const billed = billReference(call, changes, reference);
    if ('exhausted' in billed) return { RETURN: [toBapiret1(billed.exhausted)] };
    success.push(...billed.success);
    saved.push(billed.saved);
  }

  call.session.luw.absorb(changes);
  call.system.commitWork(call.session);
  return { RETURN: saved.map(toBapiret1), SUCCESS: success };
}

function billReference(
  call: FunctionCall,
  changes: ChangeSet,
  reference: CheckedReference,
): { success: Row[]; saved: Row } | { exhausted: Row } {
  const billingNumber = drawNumber(call, billingNumberRanges.billingDocument);
  if ('exhausted' in billingNumber) return billingNumber;
  const accountingNumber = drawNumber(call, billingNumberRanges.accountingDocument);
  if ('exhausted' in accountingNumber) return accountingNumber;

  const now = call.system.now();
  const creator = call.input.structure('CREATORDATAIN');
  const billingDocument = billingNumber.number;
  const rows = buildBillingDocumentRows(call.committed, reference, {
    billingDocument,
    billingDate: reference.billingDate || systemDate(now),
    createdBy: creator['CREATED_BY'] || call.session.user,
    createdOn: /^0*$/.test(creator['CREATED_ON'] ?? '')
      ? systemDate(now)
      : (creator['CREATED_ON'] ?? ''),
    now,
  });
  changes.put('VBRK', rows.header);
  for (const item of rows.items) changes.put('VBRP', item);
  for (const condition of rows.conditions) changes.put('KONV', condition);
  for (const flow of rows.flow) changes.put('VBFA', flow);

  const posting = buildBillingPosting(rows.header, rows.items, {
    accountingDocument: accountingNumber.number,
    user: call.session.user,
    now,
  });
  changes.put('BKPF', posting.header);
  for (const line of posting.lines) changes.put('BSEG', line);
  for (const openItem of posting.openItems) changes.put('BSID', openItem);

  const success = rows.flow.map((flow) => ({
    REF_DOC: flow['VBELV'] ?? '',
    REF_ITEM: flow['POSNV'] ?? '',
    BILL_DOC: billingDocument,
    BILL_ITEM: flow['POSNN'] ?? '',
  }));
  const saved = call.message('S', 'BILLING_DOCUMENT_SAVED', [withoutLeadingZeros(billingDocument)]);
  return { success, saved };
}

function drawNumber(
  call: FunctionCall,
  range: { object: string; rangeNumber: string },
): { number: string } | { exhausted: Row } {
  const drawn = call.system.drawNumber(range.object, range.rangeNumber);
  if (drawn !== undefined) return { number: drawn.padStart(10, '0') };
  const variables = [range.object, range.rangeNumber];
  return { exhausted: call.message('E', 'NUMBER_RANGE_EXHAUSTED', variables) };
}

function refused(errors: readonly ReferenceError[]): FunctionResult {
  return {
    RETURN: errors.map((error) => toBapiret1(error.message)),
    ERRORS: errors.map((error) => ({
      REF_DOC: error.document,
      REF_ITEM: error.item,
      TYPE: error.message['TYPE'] ?? '',
      ID: error.message['ID'] ?? '',
      NUMBER: error.message['NUMBER'] ?? '',
      MESSAGE: error.message['MESSAGE'] ?? '',
    })),
  };
}
