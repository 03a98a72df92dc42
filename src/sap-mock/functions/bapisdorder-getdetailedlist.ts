import {
  BAPISDCNTR,
  BAPISDCOND,
  BAPISDHD,
  BAPISDIT,
  BAPISDPART,
  ORDER_VIEW,
  SALES_KEY,
} from '../ddic/structures-sales-out.ts';
import {
  conditionOut,
  contractDataOut,
  headerOut,
  itemOut,
  partnersOut,
  readSalesDocument,
} from '../contract/contract-reader.ts';
import type { SalesDocumentRecord } from '../contract/contract-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * BAPISDORDER_GETDETAILEDLIST: sales documents in the parts I_BAPI_VIEW asks for. It has no
 * RETURN: unknown documents are simply missing from the output.
 */
export const bapisdorderGetDetailedList: FunctionModule = {
  name: 'BAPISDORDER_GETDETAILEDLIST',
  imports: { I_BAPI_VIEW: ORDER_VIEW, I_MEMORY_READ: 'C1', I_WITH_HEADER_CONDITIONS: 'C1' },
  exports: {},
  tables: {
    SALES_DOCUMENTS: SALES_KEY,
    ORDER_HEADERS_OUT: BAPISDHD,
    ORDER_ITEMS_OUT: BAPISDIT,
    ORDER_PARTNERS_OUT: BAPISDPART,
    ORDER_CONDITIONS_OUT: BAPISDCOND,
    ORDER_CONTRACTS_OUT: BAPISDCNTR,
  },
  run: readDocuments,
};

function readDocuments(call: FunctionCall): FunctionResult {
  const view = call.input.structure('I_BAPI_VIEW');
  // 'A' lets the session read its own documents not yet committed (SAP's document memory);
  // otherwise the function reads the database, as SAP does.
  const database = call.input.scalar('I_MEMORY_READ') === 'A' ? call.database : call.committed;

  const numbers = [...new Set(call.input.table('SALES_DOCUMENTS').map((row) => row['VBELN']))];
  const records = numbers
    .map((number) => readSalesDocument(database, number ?? ''))
    .filter((record): record is SalesDocumentRecord => record !== undefined);

  // Header conditions (item 000000) only come with I_WITH_HEADER_CONDITIONS.
  const withHeaderConditions = call.input.scalar('I_WITH_HEADER_CONDITIONS') === 'X';
  const wanted = (flag: string): boolean => view[flag] === 'X';
  const collect = (flag: string, rows: (record: SalesDocumentRecord) => Row[]): Row[] =>
    wanted(flag) ? records.flatMap(rows) : [];
  return {
    SALES_DOCUMENTS: call.input.table('SALES_DOCUMENTS'),
    ORDER_HEADERS_OUT: collect('HEADER', (record) => [headerOut(record.header)]),
    ORDER_ITEMS_OUT: collect('ITEM', (record) => record.items.map(itemOut)),
    ORDER_PARTNERS_OUT: collect('PARTNER', (record) => partnersOut(database, record.header)),
    ORDER_CONDITIONS_OUT: collect('SDCOND', (record) =>
      record.conditions
        .filter((condition) => withHeaderConditions || !/^0*$/.test(condition['KPOSN'] ?? ''))
        .map((condition) => conditionOut(record.header['VBELN'] ?? '', condition)),
    ),
    ORDER_CONTRACTS_OUT: collect('CONTRACT', (record) => record.contractData.map(contractDataOut)),
  };
}
