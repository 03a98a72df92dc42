import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_ALM_NOTIF_NUMBERS,
  BAPI_ALM_NUMBERS,
  BAPI_ALM_ORDER_COMPONENT,
  BAPI_ALM_ORDER_COMPONENT_UP,
  BAPI_ALM_ORDER_HEADERS_I,
  BAPI_ALM_ORDER_HEADERS_UP,
  BAPI_ALM_ORDER_METHOD,
  BAPI_ALM_ORDER_OPERATION,
  BAPI_ALM_ORDER_OPERATION_UP,
  BAPI_ALM_ORDER_PARTN_MUL,
  BAPI_ALM_ORDER_PARTN_MUL_UP,
  BAPI_ALM_ORDER_SRVDAT_E,
  BAPI_ALM_ORDER_USRSTAT,
  BAPI_ALM_TEXT,
  BAPI_ALM_TEXT_LINES,
} from '../ddic/structures-order-maintain.ts';
import { refuseUnsupportedTables } from '../notification/notification-access.ts';
import { MaintainContext, orderKeyOf } from '../order/maintain-context.ts';
import { checkLengths } from '../order/order-checks.ts';
import { changeHeader, changeOrderStatus, createHeader } from '../order/maintain-header.ts';
import {
  changeOperation,
  createComponent,
  createOperation,
  createPartner,
} from '../order/maintain-items.ts';
import { saveOrders } from '../order/maintain-save.ts';
import type { StructureDefinition } from '../ddic/structure.ts';
import type { MethodStep } from '../order/maintain-context.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const unsupportedTables = [
  'IT_HEADER_SRV',
  'IT_HEADER_SRV_UP',
  'IT_USERSTATUS',
  'IT_PARTNER_UP',
  'IT_TEXT',
  'IT_TEXT_LINES',
  'EXTENSION_IN',
];

const checkedTables: readonly [string, StructureDefinition][] = [
  ['IT_HEADER', BAPI_ALM_ORDER_HEADERS_I],
  ['IT_PARTNER', BAPI_ALM_ORDER_PARTN_MUL],
  ['IT_OPERATION', BAPI_ALM_ORDER_OPERATION],
  ['IT_COMPONENT', BAPI_ALM_ORDER_COMPONENT],
];

/** BAPI_ALM_ORDER_MAINTAIN: creates and changes service orders by a table of methods. */
export const bapiAlmOrderMaintain: FunctionModule = {
  name: 'BAPI_ALM_ORDER_MAINTAIN',
  imports: { IV_MMSRV_EXTERNAL_MAINTENACE: 'C1' },
  exports: {},
  tables: {
    IT_METHODS: BAPI_ALM_ORDER_METHOD,
    IT_HEADER: BAPI_ALM_ORDER_HEADERS_I,
    IT_HEADER_UP: BAPI_ALM_ORDER_HEADERS_UP,
    IT_HEADER_SRV: BAPI_ALM_ORDER_SRVDAT_E,
    IT_HEADER_SRV_UP: BAPI_ALM_ORDER_SRVDAT_E,
    IT_USERSTATUS: BAPI_ALM_ORDER_USRSTAT,
    IT_PARTNER: BAPI_ALM_ORDER_PARTN_MUL,
    IT_PARTNER_UP: BAPI_ALM_ORDER_PARTN_MUL_UP,
    IT_OPERATION: BAPI_ALM_ORDER_OPERATION,
    IT_OPERATION_UP: BAPI_ALM_ORDER_OPERATION_UP,
    IT_COMPONENT: BAPI_ALM_ORDER_COMPONENT,
    IT_COMPONENT_UP: BAPI_ALM_ORDER_COMPONENT_UP,
    IT_TEXT: BAPI_ALM_TEXT,
    IT_TEXT_LINES: BAPI_ALM_TEXT_LINES,
    EXTENSION_IN: BAPIPAREX,
    RETURN: BAPIRET2,
    ET_NUMBERS: BAPI_ALM_NUMBERS,
    ET_NOTIFICATION_NUMBERS: BAPI_ALM_NOTIF_NUMBERS,
  },
  run: maintainOrders,
};

function maintainOrders(call: FunctionCall): FunctionResult {
  const context = new MaintainContext(call);
  context.messages.push(...refuseUnsupportedTables(call, unsupportedTables));
  for (const [table, structure] of checkedTables) {
    context.messages.push(...checkLengths(call, table, structure, call.input.table(table)));
  }

  // Every method runs on the call's copies of the orders; SAVE buffers them only when no method
  // was refused, so that a refused call leaves neither rows nor locks behind.
  let save = false;
  for (const step of methodSteps(call)) {
    if (step.method === 'SAVE' && step.objectType === '') save = true;
    else runMethod(context, step);
  }
  if (context.failed || !save) return { RETURN: context.messages, ET_NUMBERS: [] };

  const saved = saveOrders(context);
  if (saved === undefined) return { RETURN: context.messages, ET_NUMBERS: [] };
  return { RETURN: [...context.messages, ...saved.messages], ET_NUMBERS: saved.numbers };
}

function methodSteps(call: FunctionCall): MethodStep[] {
  return call.input.table('IT_METHODS').map((row, index) => ({
    index,
    referenceNumber: Number(row['REFNUMBER'] ?? '0'),
    objectType: (row['OBJECTTYPE'] ?? '').toUpperCase(),
    method: (row['METHOD'] ?? '').toUpperCase(),
    objectKey: row['OBJECTKEY'] ?? '',
  }));
}

function runMethod(context: MaintainContext, step: MethodStep): void {
  switch (`${step.objectType} ${step.method}`) {
    case 'HEADER CREATE':
    case 'HEADER CREATETONOTIF':
      createHeader(context, step, step.method === 'CREATETONOTIF');
      if (!context.orders.has(orderKeyOf(step.objectKey))) {
        context.refusedKeys.add(orderKeyOf(step.objectKey));
      }
      return;
    case 'HEADER CHANGE':
      changeHeader(context, step);
      return;
    case 'HEADER RELEASE':
      changeOrderStatus(context, step, 'RELEASE');
      return;
    case 'HEADER TECHNICALCOMPLETE':
      changeOrderStatus(context, step, 'TECHNICALCOMPLETE');
      return;
    case 'PARTNER CREATE':
      createPartner(context, step);
      return;
    case 'OPERATION CREATE':
      createOperation(context, step);
      return;
    case 'OPERATION CHANGE':
      changeOperation(context, step);
      return;
    case 'COMPONENT CREATE':
      createComponent(context, step);
      return;
    default:
      context.refuse(step, 'NOT_SUPPORTED_BY_MOCK', [
        `${step.objectType} ${step.method}`.trim(),
        context.call.functionModule,
      ]);
  }
}
