import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPIMEREQACCOUNT,
  BAPIMEREQACCOUNTX,
  BAPIMEREQHEADER,
  BAPIMEREQHEADERX,
  BAPIMEREQHEADTEXT,
  BAPIMEREQITEM,
  BAPIMEREQITEMIMP,
  BAPIMEREQITEMTEXT,
  BAPIMEREQITEMX,
} from '../ddic/structures-purchasing.ts';
import { lengthCheck } from '../messages/length-check.ts';
import { systemDate } from '../notification/notification-header.ts';
import { checkRequisitionItems } from '../purchasing/requisition-items.ts';
import {
  externalRequisition,
  requisitionLockArgument,
  requisitionRow,
  toRequisitionItem,
} from '../purchasing/requisition-rows.ts';
import { bufferRequisitionTexts } from '../purchasing/requisition-texts.ts';
import type { Row } from '../ddic/structure.ts';
import type { CheckedRequisitionItem } from '../purchasing/requisition-items.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** The only purchase requisition document type the mock knows (T161 in small). */
const standardDocumentType = 'NB';

const checkLengths = lengthCheck('PURCHASING_VALUE_TOO_LONG');

/**
 * BAPI_PR_CREATE: a purchase requisition for stock materials, its items taken field by field
 * (PRITEMX) with defaults from the material master; the number comes from NRIV BANF 01 and the
 * rows wait in the LUW for BAPI_TRANSACTION_COMMIT. Account assignments are accepted but not
 * stored (the mock has no EBKN).
 */
export const bapiPrCreate: FunctionModule = {
  name: 'BAPI_PR_CREATE',
  imports: { PRHEADER: BAPIMEREQHEADER, PRHEADERX: BAPIMEREQHEADERX, TESTRUN: 'C1' },
  exports: { NUMBER: 'C10', PRHEADEREXP: BAPIMEREQHEADER },
  tables: {
    PRITEM: BAPIMEREQITEMIMP,
    PRITEMX: BAPIMEREQITEMX,
    PRITEMEXP: BAPIMEREQITEM,
    PRACCOUNT: BAPIMEREQACCOUNT,
    PRACCOUNTX: BAPIMEREQACCOUNTX,
    PRITEMTEXT: BAPIMEREQITEMTEXT,
    PRHEADERTEXT: BAPIMEREQHEADTEXT,
    EXTENSIONIN: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: createRequisition,
};

function createRequisition(call: FunctionCall): FunctionResult {
  const lengthErrors = checkAllLengths(call);
  if (lengthErrors.length > 0) return refuse(lengthErrors);

  const today = systemDate(call.system.now());
  const header = checkHeader(call);
  const items = checkRequisitionItems(call, today);
  const errors = [...header.errors, ...items.errors];
  if (errors.length > 0) return refuse(errors);
  if (call.input.scalar('TESTRUN') === 'X') return refuse([]);

  const drawn = call.system.drawNumber('BANF', '01');
  if (drawn === undefined)
    return refuse([call.message('E', 'NUMBER_RANGE_EXHAUSTED', ['BANF', '01'])]);
  const requisition = drawn.padStart(10, '0');
  const rows = bufferRequisition(
    call,
    { requisition, documentType: header.documentType },
    items.items,
  );

  const created = call.message('S', 'PR_CREATED', [externalRequisition(requisition)]);
  return {
    NUMBER: requisition,
    PRHEADEREXP: { PREQ_NO: requisition, PR_TYPE: header.documentType, CREATE_IND: 'R' },
    PRITEMEXP: rows.map((row) => toRequisitionItem(row)),
    RETURN: [created],
  };
}

// PRHEADER fields count only where PRHEADERX flags them; the document type defaults to NB.
function checkHeader(call: FunctionCall): { documentType: string; errors: Row[] } {
  const header = call.input.structure('PRHEADER');
  const flags = call.input.structure('PRHEADERX');
  const errors: Row[] = [];
  if (flags['PREQ_NO'] === 'X' && (header['PREQ_NO'] ?? '') !== '') {
    const what = 'external requisition numbers (PREQ_NO)';
    const target = { parameter: 'PRHEADER', field: 'PREQ_NO' };
    errors.push(call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], target));
  }

  const documentType = (flags['PR_TYPE'] === 'X' ? header['PR_TYPE'] : '') || standardDocumentType;
  if (documentType !== standardDocumentType) {
    const target = { parameter: 'PRHEADER', field: 'PR_TYPE' };
    errors.push(call.message('E', 'PR_TYPE_UNKNOWN', [documentType], target));
  }
  return { documentType, errors };
}

// The EBAN rows and the texts go into the LUW; the new requisition stays locked until its end.
function bufferRequisition(
  call: FunctionCall,
  header: { requisition: string; documentType: string },
  items: readonly CheckedRequisitionItem[],
): Row[] {
  const luw = call.session.luw;
  const rows = items.map((item) => requisitionRow(call, header, item));
  for (const row of rows) luw.put('EBAN', row);

  bufferRequisitionTexts(
    luw,
    {
      number: header.requisition,
      language: call.session.language,
      items: new Set(items.map((item) => item.itemNumber)),
    },
    { header: call.input.table('PRHEADERTEXT'), items: call.input.table('PRITEMTEXT') },
  );
  call.system.lock(call.session, requisitionLockArgument(header.requisition));
  return rows;
}

function checkAllLengths(call: FunctionCall): Row[] {
  const header = call.input.structure('PRHEADER');
  const tables = [
    ['PRITEM', BAPIMEREQITEMIMP],
    ['PRACCOUNT', BAPIMEREQACCOUNT],
    ['PRITEMTEXT', BAPIMEREQITEMTEXT],
    ['PRHEADERTEXT', BAPIMEREQHEADTEXT],
  ] as const;
  return [
    ...checkLengths(call, 'PRHEADER', BAPIMEREQHEADER, [header], { isTable: false }),
    ...tables.flatMap(([name, structure]) =>
      checkLengths(call, name, structure, call.input.table(name)),
    ),
  ];
}

// A refused call (or a test run) draws no number and buffers nothing.
function refuse(messages: Row[]): FunctionResult {
  return { NUMBER: '', PRITEMEXP: [], RETURN: messages };
}
