import { otherLockHolder, orderLockArgument } from './order-locks.ts';
import { copyRecord, externalOrderNumber, readOrder } from './order-record.ts';
import { isCompleted } from './order-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { MessageKey } from '../messages/message-catalogue.ts';
import type { OrderRecord } from './order-record.ts';

/** An order as one BAPI_ALM_ORDER_MAINTAIN call works on it, before SAVE buffers it. */
export interface OrderWork {
  /** The number in OBJECTKEY: the temporary number of a new order, else AUFNR. */
  key: string;
  isNew: boolean;
  record: OrderRecord;
  /** The notification a CREATETONOTIF links the order to ('' for none). */
  notification: string;
}

/** One row of IT_METHODS with its position (0-based) in the table. */
export interface MethodStep {
  index: number;
  referenceNumber: number;
  objectType: string;
  method: string;
  objectKey: string;
}

/** The state of one BAPI_ALM_ORDER_MAINTAIN call: the orders it works on and its messages. */
export class MaintainContext {
  readonly call: FunctionCall;
  readonly orders = new Map<string, OrderWork>();
  /** Temporary numbers whose CREATE was refused: later steps on them add no further errors. */
  readonly refusedKeys = new Set<string>();
  readonly messages: Row[] = [];

  constructor(call: FunctionCall) {
    this.call = call;
  }

  /** Adds an error line pointing at the method row. */
  refuse(step: MethodStep, key: MessageKey, variables: string[], field = ''): void {
    const target = { parameter: 'IT_METHODS', row: step.index + 1, field };
    this.messages.push(this.call.message('E', key, variables, target));
  }

  /** Whether the call has refused anything so far. */
  get failed(): boolean {
    return this.messages.some((line) => line['TYPE'] === 'E');
  }

  /** The row REFNUMBER points at in a data table; refuses the step when there is none. */
  dataRow(step: MethodStep, table: string): Row | undefined {
    const row = this.call.input.table(table)[step.referenceNumber - 1];
    if (row === undefined) {
      this.refuse(step, 'REQUIRED_FIELD_MISSING', [`${table} row ${String(step.referenceNumber)}`]);
    }
    return row;
  }

  /** The order a step works on: one of this call, or an existing order, unlocked by others. */
  order(step: MethodStep, key: string): OrderWork | undefined {
    const known = this.orders.get(key);
    if (known !== undefined) return known;
    if (this.refusedKeys.has(key)) return undefined;

    const record = key.startsWith('%') ? undefined : readOrder(this.call.database, key);
    if (record === undefined) {
      this.refuse(step, 'ORDER_NOT_FOUND', [externalOrderNumber(key)]);
      return undefined;
    }
    const holder = otherLockHolder(this.call, orderLockArgument(key));
    if (holder !== undefined) {
      this.refuse(step, 'ORDER_LOCKED_BY_USER', [externalOrderNumber(key), holder]);
      return undefined;
    }

    const work = { key, isNew: false, record: copyRecord(record), notification: '' };
    this.orders.set(key, work);
    return work;
  }

  /** The order of a step, refused with IW 162 when it is technically completed or closed. */
  changeableOrder(step: MethodStep, key: string): OrderWork | undefined {
    const work = this.order(step, key);
    if (work === undefined) return undefined;
    if (isCompleted(work.record.statuses)) {
      this.refuse(step, 'ORDER_COMPLETED', [externalOrderNumber(key)]);
      return undefined;
    }
    return work;
  }
}

/** The order number part of an OBJECTKEY (positions 1–12). */
export function orderKeyOf(objectKey: string): string {
  return objectKey.slice(0, 12).trim();
}

/** The operation part of an OBJECTKEY (positions 13–16), '' when blank. */
export function activityKeyOf(objectKey: string): string {
  return objectKey.slice(12, 16).trim();
}
