import { BAPIRET2 } from '../ddic/structures-common.ts';
import { BAPI_ALM_RETURN, BAPI_ALM_TIMECONFIRMATION } from '../ddic/structures-order-postings.ts';
import { orderLockArgument } from '../order/order-locks.ts';
import { writeOrder } from '../order/order-record.ts';
import { setConfirmationStatus } from '../order/order-status.ts';
import {
  allOperationsFinal,
  checkTicket,
  confirmationRow,
  lastCounter,
  toAlmReturn,
} from '../order/time-confirmation.ts';
import type { Row } from '../ddic/structure.ts';
import type { OrderRecord } from '../order/order-record.ts';
import type { CheckedTicket } from '../order/time-confirmation.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_ALM_CONF_CREATE: time confirmations on order operations (AFRU), with PCNF / CNF. */
export const bapiAlmConfCreate: FunctionModule = {
  name: 'BAPI_ALM_CONF_CREATE',
  imports: { TESTRUN: 'C1', POST_WRONG_ENTRIES: { type: 'C1', default: '0' } },
  exports: { RETURN: BAPIRET2 },
  tables: { TIMETICKETS: BAPI_ALM_TIMECONFIRMATION, DETAIL_RETURN: BAPI_ALM_RETURN },
  run: createConfirmations,
};

function createConfirmations(call: FunctionCall): FunctionResult {
  // Every ticket is checked first: one refused ticket posts none (no error pool in the mock).
  const orders = new Map<string, OrderRecord>();
  const checked: CheckedTicket[] = [];
  const errors: Row[] = [];
  call.input.table('TIMETICKETS').forEach((ticket, index) => {
    const result = checkTicket(call, ticket, index + 1, orders);
    if (result.checked === undefined) errors.push(result.error);
    else checked.push(result.checked);
  });
  if (errors.length > 0) {
    return { RETURN: errors[0] ?? {}, DETAIL_RETURN: errors.map((line) => toAlmReturn(line)) };
  }
  if (call.input.scalar('TESTRUN') === 'X') return { RETURN: {}, DETAIL_RETURN: [] };

  const details = checked.map((ticket) => post(call, ticket));
  for (const record of orders.values()) {
    setConfirmationStatus(record.statuses, allOperationsFinal(call, record));
    writeOrder(call.session.luw, record);
    call.system.lock(call.session, orderLockArgument(record.header['AUFNR'] ?? ''));
  }
  return { RETURN: {}, DETAIL_RETURN: details };
}

// Posts one ticket into the LUW and adds its work to the operation's actual work (AFVV-ISMNW).
function post(call: FunctionCall, checked: CheckedTicket): Row {
  const confirmation = checked.operation.operation['RUECK'] ?? '';
  const counter = lastCounter(call, confirmation) + 1;
  const row = confirmationRow(call, checked, counter);
  call.session.luw.put('AFRU', row);

  const values = checked.operation.values;
  values['ISMNW'] = (Number(values['ISMNW'] ?? '0') + Number(row['ISMNW'] ?? '0')).toFixed(1);
  const counterText = row['RMZHL'] ?? '';
  const shown = [confirmation.replace(/^0+(?=\d)/, ''), counterText.replace(/^0+(?=\d)/, '')];
  const line = call.message('S', 'CONFIRMATION_SAVED', shown, { parameter: 'TIMETICKETS' });
  return toAlmReturn(line, confirmation, counterText);
}
