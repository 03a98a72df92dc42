import { openOrder } from '../order/order-access.ts';
import { externalOrderNumber } from '../order/order-record.ts';
import { isCompleted } from '../order/order-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// The account assignment of a reservation (BAPI_RESERVATION_CREATE1's header): what the
// movement type needs and what the reservation items (RESB) take over from it.

/** What a reservation is for: its movement type and a cost center or an order. */
export interface AccountAssignment {
  movementType: string;
  costCenter: string;
  order: string;
  /** The order's routing (AFKO-AUFPL), '' for a cost center. */
  routing: string;
}

/** The movement types the mock reserves for: consumption for a cost center, issue to an order. */
export const reservationMovementTypes = { costCenter: '201', order: '261' } as const;

/** Checks the header: 201 needs a cost center, 261 an existing order that is not completed. */
export function checkAccountAssignment(
  call: FunctionCall,
  header: Readonly<Row>,
): { assignment: AccountAssignment | undefined; messages: Row[] } {
  const movementType = header['MOVE_TYPE'] ?? '';
  const refuse = (message: Row) => ({ assignment: undefined, messages: [message] });
  const target = (field: string) => ({ parameter: 'RESERVATIONHEADER', field });
  const missing = (field: string) =>
    refuse(call.message('E', 'REQUIRED_FIELD_MISSING', [field], target(field)));

  if (movementType === '') return missing('MOVE_TYPE');
  if (movementType === reservationMovementTypes.costCenter) {
    const costCenter = alpha(header['COSTCENTER'] ?? '', 10);
    if (costCenter === '') return missing('COSTCENTER');
    return { assignment: { movementType, costCenter, order: '', routing: '' }, messages: [] };
  }
  if (movementType !== reservationMovementTypes.order) {
    const what = `movement type ${movementType}`;
    return refuse(
      call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], target('MOVE_TYPE')),
    );
  }

  const order = alpha(header['ORDERID'] ?? '', 12);
  if (order === '') return missing('ORDERID');
  const opened = openOrder(call, order, target('ORDERID'));
  if (opened.record === undefined) return refuse(opened.message);
  if (isCompleted(opened.record.statuses)) {
    const shown = externalOrderNumber(order);
    return refuse(call.message('E', 'ORDER_COMPLETED', [shown], target('ORDERID')));
  }
  const routing = opened.record.schedule['AUFPL'] ?? '';
  return { assignment: { movementType, costCenter: '', order, routing }, messages: [] };
}

/** A number in ALPHA internal format: digits padded with leading zeros, anything else as it is. */
export function alpha(value: string, length: number): string {
  return /^\d+$/.test(value) && value.length <= length ? value.padStart(length, '0') : value;
}
