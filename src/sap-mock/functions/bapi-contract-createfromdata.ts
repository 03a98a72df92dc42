import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPICOND,
  BAPICTR,
  BAPIPARNR,
  BAPISDHD1,
  BAPISDHD1X,
  BAPISDITM,
} from '../ddic/structures-sales-in.ts';
import { buildContractRows } from '../contract/contract-builder.ts';
import {
  checkConditions,
  checkDates,
  checkDocumentType,
  checkItems,
  checkLengths,
  checkSoldTo,
} from '../contract/contract-checks.ts';
import {
  contractNumberRange,
  externalDocumentNumber,
  salesDocumentLockArgument,
} from '../contract/contract-customizing.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** VBAK-BSTNK is CHAR20 while the BAPI's PURCH_NO_C is CHAR35: longer values cannot be stored. */
const headerStorageLimits: Readonly<Record<string, number>> = { PURCH_NO_C: 20 };

/**
 * BAPI_CONTRACT_CREATEFROMDATA: a service contract saved into the session's LUW under its final
 * number (SD draws it when the BAPI saves the document); BAPI_TRANSACTION_COMMIT writes it.
 */
export const bapiContractCreateFromData: FunctionModule = {
  name: 'BAPI_CONTRACT_CREATEFROMDATA',
  imports: {
    CONTRACT_HEADER_IN: BAPISDHD1,
    CONTRACT_HEADER_INX: BAPISDHD1X,
    SALESDOCUMENTIN: 'C10',
    TESTRUN: 'C1',
  },
  exports: { SALESDOCUMENT: 'C10' },
  tables: {
    CONTRACT_ITEMS_IN: BAPISDITM,
    CONTRACT_PARTNERS: BAPIPARNR,
    CONTRACT_CONDITIONS_IN: BAPICOND,
    CONTRACT_DATA_IN: BAPICTR,
    RETURN: BAPIRET2,
  },
  run: createContract,
};

function createContract(call: FunctionCall): FunctionResult {
  const header = call.input.structure('CONTRACT_HEADER_IN');
  const items = call.input.table('CONTRACT_ITEMS_IN');
  const partners = call.input.table('CONTRACT_PARTNERS');
  const conditions = call.input.table('CONTRACT_CONDITIONS_IN');
  const contractData = call.input.table('CONTRACT_DATA_IN');

  const documentType = header['DOC_TYPE'] ?? '';
  const type = checkDocumentType(call, documentType);
  const soldTo = checkSoldTo(call, partners);
  const messages = [
    ...checkAllLengths(call),
    ...refuseExternalNumber(call),
    ...type.messages,
    ...soldTo.messages,
    ...checkItems(call, items),
    ...checkDates(call, header, contractData),
    ...checkConditions(call, conditions),
  ];
  if (messages.length > 0 || type.type === undefined)
    return { SALESDOCUMENT: '', RETURN: messages };
  // A test run checks the input and saves nothing: no number is drawn.
  if (call.input.scalar('TESTRUN') === 'X') return { SALESDOCUMENT: '', RETURN: [] };

  const drawn = call.system.drawNumber(contractNumberRange.object, contractNumberRange.rangeNumber);
  if (drawn === undefined) {
    const range = [contractNumberRange.object, contractNumberRange.rangeNumber];
    return { SALESDOCUMENT: '', RETURN: [call.message('E', 'NUMBER_RANGE_EXHAUSTED', range)] };
  }

  const salesDocument = drawn.padStart(10, '0');
  const rows = buildContractRows(call, {
    salesDocument,
    documentType,
    customer: soldTo.customer,
    header,
    items,
    conditions,
    contractData,
  });
  const luw = call.session.luw;
  luw.put('VBAK', rows.header);
  for (const item of rows.items) luw.put('VBAP', item);
  for (const data of rows.contractData) luw.put('VEDA', data);
  for (const condition of rows.conditions) luw.put('KONV', condition);
  call.system.lock(call.session, salesDocumentLockArgument(salesDocument));

  const saved = call.message('S', 'SALES_DOCUMENT_SAVED', [
    type.type.text,
    externalDocumentNumber(salesDocument),
  ]);
  return { SALESDOCUMENT: salesDocument, RETURN: [saved] };
}

function checkAllLengths(call: FunctionCall): Row[] {
  const header = call.input.structure('CONTRACT_HEADER_IN');
  return [
    ...checkLengths(call, 'CONTRACT_HEADER_IN', BAPISDHD1, [header], {
      storageLimits: headerStorageLimits,
      isTable: false,
    }),
    ...checkLengths(call, 'CONTRACT_ITEMS_IN', BAPISDITM, call.input.table('CONTRACT_ITEMS_IN')),
    ...checkLengths(call, 'CONTRACT_PARTNERS', BAPIPARNR, call.input.table('CONTRACT_PARTNERS')),
    ...checkLengths(
      call,
      'CONTRACT_CONDITIONS_IN',
      BAPICOND,
      call.input.table('CONTRACT_CONDITIONS_IN'),
    ),
  ];
}

// SD can take an external document number; the mock numbers contracts internally only.
function refuseExternalNumber(call: FunctionCall): Row[] {
  if (call.input.scalar('SALESDOCUMENTIN') === '') return [];
  return [
    call.message('E', 'NOT_SUPPORTED_BY_MOCK', ['SALESDOCUMENTIN', call.functionModule], {
      parameter: 'SALESDOCUMENTIN',
    }),
  ];
}
