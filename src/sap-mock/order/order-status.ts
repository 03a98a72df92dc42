import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/** The system statuses of a service order (TJ02), by their meaning. */
export const orderStatus = {
  created: 'I0001',
  released: 'I0002',
  confirmed: 'I0009',
  partiallyConfirmed: 'I0010',
  technicallyCompleted: 'I0045',
  closed: 'I0046',
} as const;

/** The business transactions that move an order's main status, with their texts for BS 007. */
export const orderTransitions = {
  RELEASE: { from: orderStatus.created, to: orderStatus.released, text: 'Release' },
  TECHNICALCOMPLETE: {
    from: orderStatus.released,
    to: orderStatus.technicallyCompleted,
    text: 'Complete technically',
  },
  BUSINESSCOMPLETE: {
    from: orderStatus.technicallyCompleted,
    to: orderStatus.closed,
    text: 'Complete (business)',
  },
} as const;

/** A business transaction on the main status of an order. */
export type OrderTransition = keyof typeof orderTransitions;

/** The statuses of one order: internal status to whether it is active (JEST-INACT blank). */
export type OrderStatuses = Map<string, boolean>;

// The main statuses from the highest down: the first active one is the order's main status.
const mainStatusRank: readonly string[] = [
  orderStatus.closed,
  orderStatus.technicallyCompleted,
  orderStatus.released,
  orderStatus.created,
];

// The order of the statuses in the status line, as SAP's status line shows them.
const lineOrder: readonly string[] = [
  orderStatus.created,
  orderStatus.released,
  orderStatus.technicallyCompleted,
  orderStatus.closed,
  orderStatus.partiallyConfirmed,
  orderStatus.confirmed,
];

/** The object number of an order: 'OR' + AUFNR. */
export function orderObjectNumber(orderNumber: string): string {
  return `OR${orderNumber}`;
}

/** The statuses of an object as stored in JEST (active and inactive). */
export function readOrderStatuses(database: DatabaseView, objectNumber: string): OrderStatuses {
  const statuses: OrderStatuses = new Map();
  for (const row of database.select('JEST', (jest) => jest['OBJNR'] === objectNumber)) {
    statuses.set(row['STAT'] ?? '', row['INACT'] === '');
  }
  return statuses;
}

/** The JEST rows of an order's statuses. */
export function statusRows(objectNumber: string, statuses: OrderStatuses): Row[] {
  return [...statuses].map(([status, active]) => ({
    OBJNR: objectNumber,
    STAT: status,
    INACT: active ? '' : 'X',
  }));
}

/** The active statuses, in status-line order. */
export function activeOrderStatuses(statuses: OrderStatuses): string[] {
  const active = [...statuses].filter(([, isActive]) => isActive).map(([status]) => status);
  const rank = (status: string): number => {
    const index = lineOrder.indexOf(status);
    return index === -1 ? lineOrder.length : index;
  };
  return active.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The main status: the highest active of CLSD, TECO, REL and CRTD. */
export function mainOrderStatus(statuses: OrderStatuses): string | undefined {
  return mainStatusRank.find((status) => statuses.get(status) === true);
}

/** Whether the order is technically completed or closed (no more changes). */
export function isCompleted(statuses: OrderStatuses): boolean {
  const main = mainOrderStatus(statuses);
  return main === orderStatus.technicallyCompleted || main === orderStatus.closed;
}

/** Moves the main status: the current one inactive, the target active. */
export function setMainStatus(statuses: OrderStatuses, to: string): void {
  const current = mainOrderStatus(statuses);
  if (current !== undefined) statuses.set(current, false);
  statuses.set(to, true);
}

/** Sets CNF when every operation is finally confirmed, PCNF otherwise. */
export function setConfirmationStatus(statuses: OrderStatuses, allFinal: boolean): void {
  const [active, inactive] = allFinal
    ? [orderStatus.confirmed, orderStatus.partiallyConfirmed]
    : [orderStatus.partiallyConfirmed, orderStatus.confirmed];
  if (statuses.has(inactive)) statuses.set(inactive, false);
  statuses.set(active, true);
}

/**
 * The status line: each 4-character text (TXT04) padded to 4 and followed by a blank, as SAP
 * edits it ('REL  PCNF').
 */
export function orderStatusLine(
  database: DatabaseView,
  statuses: readonly string[],
  language: string,
): string {
  return statuses
    .map((status) => orderStatusText(database, status, language).padEnd(4, ' '))
    .join(' ')
    .trimEnd();
}

/** The 4-character text of a system status in a language, English as fallback. */
export function orderStatusText(database: DatabaseView, status: string, language: string): string {
  const text =
    database.get('TJ02T', { ISTAT: status, SPRAS: language }) ??
    database.get('TJ02T', { ISTAT: status, SPRAS: 'E' });
  return text?.['TXT04'] ?? status;
}
