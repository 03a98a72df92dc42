import { BAPIRET2 } from '../ddic/structures-common.ts';
import { systemDate } from '../notification/notification-header.ts';
import { openOrder } from '../order/order-access.ts';
import { orderLockArgument } from '../order/order-locks.ts';
import { externalOrderNumber, writeOrder } from '../order/order-record.ts';
import {
  activeOrderStatuses,
  mainOrderStatus,
  orderStatusLine,
  orderTransitions,
  setMainStatus,
} from '../order/order-status.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * Z_CSB_ORDER_BUSINESS_COMPLETE: closes a technically completed order (CLSD). SAP has no BAPI
 * for business completion; this is the mock's stand-in for the customer's own RFC wrapper.
 */
export const zCsbOrderBusinessComplete: FunctionModule = {
  name: 'Z_CSB_ORDER_BUSINESS_COMPLETE',
  imports: { IV_ORDERID: 'C12', IV_REFDATE: 'D' },
  exports: {},
  tables: { RETURN: BAPIRET2 },
  run: completeBusiness,
};

function completeBusiness(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('IV_ORDERID');
  const target = { parameter: 'IV_ORDERID' };
  const opened = openOrder(call, number, target);
  if (opened.record === undefined) return { RETURN: [opened.message] };

  const record = opened.record;
  const rule = orderTransitions.BUSINESSCOMPLETE;
  const shown = externalOrderNumber(number);
  if (mainOrderStatus(record.statuses) !== rule.from) {
    const active = activeOrderStatuses(record.statuses);
    const line = orderStatusLine(call.database, active, call.session.language);
    const message = call.message(
      'E',
      'STATUS_CHANGE_NOT_ALLOWED',
      [rule.text, line, shown],
      target,
    );
    return { RETURN: [message] };
  }

  const today = systemDate(call.system.now());
  const referenceDate = call.input.scalar('IV_REFDATE');
  setMainStatus(record.statuses, rule.to);
  record.header['IDAT3'] = /^0*$/.test(referenceDate) ? today : referenceDate;
  record.header['AENAM'] = call.session.user;
  record.header['AEDAT'] = today;
  writeOrder(call.session.luw, record);
  call.system.lock(call.session, orderLockArgument(number));
  return { RETURN: [call.message('S', 'ORDER_CHANGE_SAVED', [shown])] };
}
