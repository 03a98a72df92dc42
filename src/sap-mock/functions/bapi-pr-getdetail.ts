import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPIMEREQACCOUNT,
  BAPIMEREQHEADER,
  BAPIMEREQHEADTEXT,
  BAPIMEREQITEM,
  BAPIMEREQITEMTEXT,
} from '../ddic/structures-purchasing.ts';
import { checkScalarLengths } from '../material/material-master.ts';
import { externalRequisition, toRequisitionItem } from '../purchasing/requisition-rows.ts';
import { readHeaderTexts, readItemTexts } from '../purchasing/requisition-texts.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const imports = {
  NUMBER: 'C10',
  ACCOUNT_ASSIGNMENT: 'C1',
  ITEM_TEXT: 'C1',
  HEADER_TEXT: 'C1',
  DELIVERY_ADDRESS: 'C1',
  VERSION: 'C1',
  SERVICES: 'C1',
};

/**
 * BAPI_PR_GETDETAIL: a purchase requisition's header and items (deleted ones with DELETE_IND
 * 'X'), with texts on request. Account assignments are not stored, so PRACCOUNT stays empty.
 */
export const bapiPrGetDetail: FunctionModule = {
  name: 'BAPI_PR_GETDETAIL',
  imports,
  exports: { PRHEADER: BAPIMEREQHEADER },
  tables: {
    PRITEM: BAPIMEREQITEM,
    PRACCOUNT: BAPIMEREQACCOUNT,
    PRITEMTEXT: BAPIMEREQITEMTEXT,
    PRHEADERTEXT: BAPIMEREQHEADTEXT,
    RETURN: BAPIRET2,
  },
  run: getRequisition,
};

function getRequisition(call: FunctionCall): FunctionResult {
  const empty = { PRITEM: [], PRACCOUNT: [], PRITEMTEXT: [], PRHEADERTEXT: [] };
  const lengthErrors = checkScalarLengths(call, 'PURCHASING_VALUE_TOO_LONG', imports);
  if (lengthErrors.length > 0) return { ...empty, RETURN: lengthErrors };

  const requisition = call.input.scalar('NUMBER');
  const rows = call.database.select('EBAN', (row) => row['BANFN'] === requisition);
  const first = rows[0];
  if (first === undefined) {
    const variables = [externalRequisition(requisition)];
    const notFound = call.message('E', 'PR_NOT_FOUND', variables, { parameter: 'NUMBER' });
    return { ...empty, RETURN: [notFound] };
  }

  const withTexts = (flag: string) => call.input.scalar(flag) === 'X';
  return {
    ...empty,
    PRHEADER: {
      PREQ_NO: requisition,
      PR_TYPE: first['BSART'] ?? '',
      CREATE_IND: first['ESTKZ'] ?? '',
    },
    PRITEM: rows.map((row) => toRequisitionItem(row)),
    PRITEMTEXT: withTexts('ITEM_TEXT') ? readItemTexts(call.database, requisition) : [],
    PRHEADERTEXT: withTexts('HEADER_TEXT') ? readHeaderTexts(call.database, requisition) : [],
    RETURN: [],
  };
}
