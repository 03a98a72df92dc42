import { changeStamp } from '../notification/notification-header.ts';
import { notificationStatus } from '../notification/notification-status.ts';
import { notificationLockArgument } from '../session/enqueue-server.ts';
import { orderLockArgument } from './order-locks.ts';
import { externalOrderNumber, writeOrder } from './order-record.ts';
import { orderObjectNumber } from './order-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { MaintainContext, OrderWork } from './maintain-context.ts';

/** The result of SAVE: ET_NUMBERS and the success lines, or nothing when a number is missing. */
export interface SaveResult {
  numbers: Row[];
  messages: Row[];
}

/**
 * SAVE: final numbers for new orders, routing, confirmation and reservation numbers, then every
 * order of the call into the session's LUW, locked until commit or rollback.
 */
export function saveOrders(context: MaintainContext): SaveResult | undefined {
  const works = [...context.orders.values()];
  for (const work of works) {
    if (!assignNumbers(context, work)) return undefined;
  }

  const call = context.call;
  const numbers: Row[] = [];
  const messages: Row[] = [];
  for (const work of works) {
    const number = work.record.header['AUFNR'] ?? '';
    writeOrder(call.session.luw, work.record);
    call.system.lock(call.session, orderLockArgument(number));
    if (work.notification !== '') linkNotification(context, work.notification, number);

    const shown = externalOrderNumber(number);
    if (work.isNew) {
      numbers.push({ AUFNR_IN: work.key, AUFNR_NEW: number });
      const notification = externalOrderNumber(work.notification);
      messages.push(call.message('S', 'ORDER_SAVED', ['order', shown, notification]));
    } else {
      messages.push(call.message('S', 'ORDER_CHANGE_SAVED', [shown]));
    }
  }
  return { numbers, messages };
}

// Draws the numbers an order still lacks; false (with NR 751 in the context) when a range is
// exhausted.
function assignNumbers(context: MaintainContext, work: OrderWork): boolean {
  const record = work.record;
  if (work.isNew) {
    const number = draw(context, 'AUFTRAG', 12);
    if (number === undefined) return false;
    renumber(work, number);
  }
  if (/^0*$/.test(record.schedule['AUFPL'] ?? '')) {
    setRouting(work, (record.header['AUFNR'] ?? '').slice(-10));
  }

  for (const { operation } of record.operations) {
    if (!/^0*$/.test(operation['RUECK'] ?? '')) continue;
    const confirmation = draw(context, 'RUECK', 10);
    if (confirmation === undefined) return false;
    operation['RUECK'] = confirmation;
  }

  const withoutReservation = record.components.filter((item) => /^0*$/.test(item['RSNUM'] ?? ''));
  if (withoutReservation.length === 0) return true;
  let reservation = record.schedule['RSNUM'] ?? '';
  if (/^0*$/.test(reservation)) {
    const drawn = draw(context, 'RESB', 10);
    if (drawn === undefined) return false;
    reservation = drawn;
    record.schedule['RSNUM'] = reservation;
  }
  for (const item of withoutReservation) item['RSNUM'] = reservation;
  return true;
}

function draw(context: MaintainContext, object: string, width: number): string | undefined {
  const drawn = context.call.system.drawNumber(object, '01');
  if (drawn === undefined) {
    context.messages.push(context.call.message('E', 'NUMBER_RANGE_EXHAUSTED', [object, '01']));
    return undefined;
  }
  return drawn.padStart(width, '0');
}

// Replaces the temporary number of a new order by its final number in every row.
function renumber(work: OrderWork, number: string): void {
  const record = work.record;
  const objectNumber = orderObjectNumber(number);
  record.header['AUFNR'] = number;
  record.header['OBJNR'] = objectNumber;
  record.schedule['AUFNR'] = number;
  record.maintenance['AUFNR'] = number;
  for (const component of record.components) component['AUFNR'] = number;
  for (const partner of record.partners) partner['OBJNR'] = objectNumber;
}

function setRouting(work: OrderWork, routing: string): void {
  work.record.schedule['AUFPL'] = routing;
  for (const { operation, values } of work.record.operations) {
    operation['AUFPL'] = routing;
    values['AUFPL'] = routing;
  }
  for (const component of work.record.components) component['AUFPL'] = routing;
}

// The notification of CREATETONOTIF gets the order number and status ORAS, and is locked too.
function linkNotification(context: MaintainContext, notification: string, order: string): void {
  const call = context.call;
  const header = call.database.get('QMEL', { QMNUM: notification });
  if (header === undefined) return;
  const luw = call.session.luw;
  luw.put('QMEL', { ...header, AUFNR: order, ...changeStamp(call) });
  luw.put('JEST', {
    OBJNR: header['OBJNR'] ?? '',
    STAT: notificationStatus.orderAssigned,
    INACT: '',
  });
  call.system.lock(call.session, notificationLockArgument(notification));
}
