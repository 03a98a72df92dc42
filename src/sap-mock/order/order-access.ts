import { otherLockHolder, orderLockArgument } from './order-locks.ts';
import { externalOrderNumber, readOrder } from './order-record.ts';
import { mainOrderStatus, orderStatus } from './order-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { MessageTarget } from '../messages/bapi-return.ts';
import type { OrderRecord } from './order-record.ts';

/** The outcome of opening an order: the record, or the RETURN line that refuses it. */
export type OrderOpenResult =
  { record: OrderRecord; message: undefined } | { record: undefined; message: Row };

/** Reads an order for a posting: it must exist and not be locked by another session. */
export function openOrder(
  call: FunctionCall,
  orderNumber: string,
  target: MessageTarget,
): OrderOpenResult {
  const shown = externalOrderNumber(orderNumber);
  const record = readOrder(call.database, orderNumber);
  if (record === undefined) {
    return { record, message: call.message('E', 'ORDER_NOT_FOUND', [shown], target) };
  }
  const holder = otherLockHolder(call, orderLockArgument(orderNumber));
  if (holder !== undefined) {
    const message = call.message('E', 'ORDER_LOCKED_BY_USER', [shown, holder], target);
    return { record: undefined, message };
  }
  return { record, message: undefined };
}

/**
 * Refuses postings (confirmations, goods issues) to an order that is not released (RU 131) or
 * closed (RU 132); released and technically completed orders accept them.
 */
export function refusePosting(
  call: FunctionCall,
  record: OrderRecord,
  target: MessageTarget,
): Row | undefined {
  const main = mainOrderStatus(record.statuses);
  const shown = externalOrderNumber(record.header['AUFNR'] ?? '');
  if (main === orderStatus.closed) return call.message('E', 'ORDER_CLOSED', [shown], target);
  if (main === orderStatus.released || main === orderStatus.technicallyCompleted) return undefined;
  return call.message('E', 'ORDER_NOT_RELEASED', [shown], target);
}
