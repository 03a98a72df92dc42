import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_ALM_LIST_NAVIGATION_IN,
  BAPI_ALM_LIST_NAVIGATION_OUT,
  BAPI_ALM_ORDER_LISTHEAD_RANGES,
  BAPI_ALM_ORDER_LISTHEAD_RESULT,
} from '../ddic/structures-order-read.ts';
import { listResult } from '../order/order-export.ts';
import { matchesSelection, parseSelection } from '../order/order-list-selection.ts';
import { readOrder } from '../order/order-record.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_ALM_ORDERHEAD_GET_LIST: service orders by status flags and selection ranges, paged. */
export const bapiAlmOrderheadGetList: FunctionModule = {
  name: 'BAPI_ALM_ORDERHEAD_GET_LIST',
  imports: { DISPLAY_PARAMETERS: BAPI_ALM_LIST_NAVIGATION_IN },
  exports: { NAVIGATION_DATA: BAPI_ALM_LIST_NAVIGATION_OUT },
  tables: {
    IT_RANGES: BAPI_ALM_ORDER_LISTHEAD_RANGES,
    ET_RESULT: BAPI_ALM_ORDER_LISTHEAD_RESULT,
    RETURN: BAPIRET2,
  },
  run: listOrders,
};

function listOrders(call: FunctionCall): FunctionResult {
  const selection = parseSelection(call.input.table('IT_RANGES'));
  if (selection.invalidRow !== undefined) {
    const message = call.message(
      'E',
      'NOT_SUPPORTED_BY_MOCK',
      [selection.field, call.functionModule],
      {
        parameter: 'IT_RANGES',
        row: selection.invalidRow,
        field: 'FIELD_NAME',
      },
    );
    return { ET_RESULT: [], RETURN: [message] };
  }

  const language = call.session.language;
  const hits = call.database
    .select('AUFK', (row) => row['AUTYP'] === '30')
    .map((row) => readOrder(call.database, row['AUFNR'] ?? ''))
    .filter((record) => record !== undefined && matchesSelection(record, selection))
    .map((record) => (record === undefined ? {} : listResult(call.database, record, language)));

  const display = call.input.structure('DISPLAY_PARAMETERS');
  const pageLength = Math.max(0, Number(display['PAGELENGTH'] ?? '0'));
  const lastPage = pageLength === 0 ? 1 : Math.max(1, Math.ceil(hits.length / pageLength));
  const page = Math.min(Math.max(1, Number(display['SHOW_PAGE_NUMBER'] ?? '0')), lastPage);
  const first = pageLength === 0 ? 0 : (page - 1) * pageLength;
  const shown = pageLength === 0 ? hits : hits.slice(first, first + pageLength);
  return {
    ET_RESULT: shown,
    NAVIGATION_DATA: {
      NUMBER_OF_HITS: String(hits.length),
      FIRST_SHOWN_HIT: String(shown.length === 0 ? 0 : first + 1),
      LAST_SHOWN_HIT: String(first + shown.length),
      ACTUAL_PAGE: String(page),
      LAST_PAGE: String(lastPage),
    },
    RETURN: [],
  };
}
