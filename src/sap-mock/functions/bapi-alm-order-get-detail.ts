import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_ALM_ORDER_COMPONENT_E,
  BAPI_ALM_ORDER_HEADER_E,
  BAPI_ALM_ORDER_OPERATION_E,
  BAPI_ALM_ORDER_PARTNER,
} from '../ddic/structures-order-read.ts';
import { BAPI_ALM_ORDER_SRVDAT_E } from '../ddic/structures-order-maintain.ts';
import {
  componentsExport,
  headerExport,
  operationsExport,
  partnersExport,
} from '../order/order-export.ts';
import { externalOrderNumber, readOrder } from '../order/order-record.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_ALM_ORDER_GET_DETAIL: reads a service order with operations, components and partners. */
export const bapiAlmOrderGetDetail: FunctionModule = {
  name: 'BAPI_ALM_ORDER_GET_DETAIL',
  imports: { NUMBER: 'C12' },
  exports: { ES_HEADER: BAPI_ALM_ORDER_HEADER_E, ES_SRVDATA: BAPI_ALM_ORDER_SRVDAT_E },
  tables: {
    ET_OPERATIONS: BAPI_ALM_ORDER_OPERATION_E,
    ET_COMPONENTS: BAPI_ALM_ORDER_COMPONENT_E,
    ET_PARTNER: BAPI_ALM_ORDER_PARTNER,
    RETURN: BAPIRET2,
  },
  run: getDetail,
};

function getDetail(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const record = readOrder(call.database, number);
  if (record === undefined) {
    const message = call.message('E', 'ORDER_NOT_FOUND', [externalOrderNumber(number)], {
      parameter: 'NUMBER',
    });
    return { ET_OPERATIONS: [], ET_COMPONENTS: [], ET_PARTNER: [], RETURN: [message] };
  }

  const language = call.session.language;
  return {
    ES_HEADER: headerExport(call.database, record, language),
    ET_OPERATIONS: operationsExport(call.database, record, language),
    ET_COMPONENTS: componentsExport(call.database, record, language),
    ET_PARTNER: partnersExport(record),
    RETURN: [],
  };
}
