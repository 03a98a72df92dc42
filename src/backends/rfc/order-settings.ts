import { z } from 'zod';
import { NotFoundError, SapConflictError, SapLockedError, SapRefusedError } from '../../errors.ts';
import type { AppError, SapMessage } from '../../errors.ts';
import { orderStatuses } from '../../domain/order.ts';
import { matchesMessage, readReturn } from './bapi-return.ts';

const messageKey = z.string().regex(/^\S+ \d{3}$/, "'CLASS NUMBER', such as 'IW 013'");
const optionName = z.string().regex(/^[A-Z][A-Z0-9_]{0,29}$/);

/** The `settings` section of the order mapping file. */
export const orderSettingsSchema = z.object({
  customerPartnerFunction: z.string().length(2),
  closeFunction: z.string().regex(/^[A-Z/][A-Z0-9_/]{0,29}$/),
  controlKey: z.string().min(1).max(4),
  hoursUnit: z.string().min(1).max(3),
  quantityUnit: z.string().min(1).max(3).optional(),
  componentItemCategory: z.string().length(1),
  defaultStorageLocation: z.string().min(1).max(4),
  componentOperation: z.string().regex(/^\d{4}$/),
  goodsMovementCode: z.string().length(2),
  issueMovementType: z.string().length(3),
  reversalMovementType: z.string().length(3),
  statuses: z.record(z.string().regex(/^I\d{4}$/), z.enum(orderStatuses)),
  listOptions: z.object({
    orderType: optionName,
    customer: optionName,
    equipment: optionName,
    notification: optionName,
  }),
  confirmationReference: z.object({ ticketField: optionName, column: optionName }),
  listStatusFlags: z.object({
    created: optionName,
    released: optionName,
    'technically-completed': optionName,
    closed: optionName,
  }),
  messages: z.object({
    notFound: z.array(messageKey),
    locked: z.array(messageKey),
    statusConflict: z.array(messageKey),
    stockShortage: z.array(messageKey),
  }),
});

/** The order mapping's settings as validated. */
export type OrderSettings = z.infer<typeof orderSettingsSchema>;

/** The stable problem code of a goods issue SAP refuses for lack of stock. */
export const INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK';

/**
 * Turns SAP's refusal into the service error a caller can act on: unknown order (404), lock
 * held by another user (409, retryable), stock shortage (409 INSUFFICIENT_STOCK), status
 * conflict (409), or any other refusal (422).
 */
export function orderRefusal(
  messages: SapMessage[],
  settings: OrderSettings,
  orderId?: string,
): AppError {
  const { notFound, locked, stockShortage, statusConflict } = settings.messages;
  const errors = messages.filter((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
  const any = (keys: readonly string[]) => errors.some((m) => matchesMessage(m, keys));

  if (orderId !== undefined && any(notFound)) return new NotFoundError('Order', orderId);
  if (any(locked)) return new SapLockedError(messages);
  if (any(stockShortage)) return new SapConflictError(messages, { code: INSUFFICIENT_STOCK });
  if (any(statusConflict)) return new SapConflictError(messages);
  return new SapRefusedError(messages);
}

/** Reads BAPI_ALM_RETURN rows (MESSAGE_ID, MESSAGE_NUMBER) as SAP messages. */
export function readAlmReturn(value: unknown): SapMessage[] {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  return readReturn(
    rows.map((row) => ({
      TYPE: row.TYPE,
      ID: row.MESSAGE_ID,
      NUMBER: row.MESSAGE_NUMBER,
      MESSAGE: row.MESSAGE,
    })),
  );
}

/** The rows of a table parameter (an empty list when SAP sent none). */
export function tableRows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

/** A structure parameter as a record (an empty one when SAP sent none). */
export function structure(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A CHAR field's text without trailing blanks; empty for anything that is not text. */
export function textField(row: Record<string, unknown>, field: string): string {
  const value = row[field];
  return typeof value === 'string' ? value.trim() : '';
}
