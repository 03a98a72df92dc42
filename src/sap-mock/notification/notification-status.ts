import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

/** The system statuses of a notification (TJ02), by their meaning. */
export const notificationStatus = {
  outstanding: 'I0068',
  postponed: 'I0069',
  inProcess: 'I0070',
  orderAssigned: 'I0071',
  completed: 'I0072',
} as const;

/** The status-changing BAPIs and the system status each one sets. */
export const statusActions = {
  PUTINPROGRESS: notificationStatus.inProcess,
  POSTPONE: notificationStatus.postponed,
  CLOSE: notificationStatus.completed,
} as const;

/** A status-changing BAPI action. */
export type StatusAction = keyof typeof statusActions;

const mainStatuses: readonly string[] = [
  notificationStatus.outstanding,
  notificationStatus.postponed,
  notificationStatus.inProcess,
  notificationStatus.completed,
];

// The transitions SAP's status management allows between the main notification statuses.
const allowedTargets: Readonly<Record<string, readonly string[]>> = {
  [notificationStatus.outstanding]: [
    notificationStatus.inProcess,
    notificationStatus.postponed,
    notificationStatus.completed,
  ],
  [notificationStatus.inProcess]: [notificationStatus.postponed, notificationStatus.completed],
  [notificationStatus.postponed]: [notificationStatus.inProcess, notificationStatus.completed],
  [notificationStatus.completed]: [],
};

/** The object number of a notification: 'QM' + QMNUM. */
export function notificationObjectNumber(notificationNumber: string): string {
  return `QM${notificationNumber}`;
}

/** The active statuses (JEST rows without INACT) of an object, in status-line order. */
export function activeStatuses(database: DatabaseView, objectNumber: string): string[] {
  const statuses = database
    .select('JEST', (row) => row['OBJNR'] === objectNumber && row['INACT'] === '')
    .map((row) => row['STAT'] ?? '');
  return statuses.sort(compareForStatusLine);
}

/** The active main status (OSNO, NOPT, NOPR or NOCO) of a notification. */
export function mainStatus(database: DatabaseView, objectNumber: string): string | undefined {
  return activeStatuses(database, objectNumber).find((status) => mainStatuses.includes(status));
}

/** The status line: the 4-character texts of the given statuses joined by blanks. */
export function statusLine(database: DatabaseView, statuses: string[], language: string): string {
  return statuses.map((status) => statusText(database, status, language)).join(' ');
}

/** The 4-character text (TXT04) of a system status in a language, English as fallback. */
export function statusText(database: DatabaseView, status: string, language: string): string {
  const text =
    database.get('TJ02T', { ISTAT: status, SPRAS: language }) ??
    database.get('TJ02T', { ISTAT: status, SPRAS: 'E' });
  return text?.['TXT04'] ?? status;
}

/** Whether status management allows going from one main status to another. */
export function isTransitionAllowed(from: string | undefined, to: string): boolean {
  if (from === undefined) return false;
  return allowedTargets[from]?.includes(to) ?? false;
}

/** Buffers the change of the main status: the old one inactive, the new one active. */
export function changeMainStatus(
  database: DatabaseView,
  changes: ChangeSet,
  objectNumber: string,
  to: string,
): void {
  const current = mainStatus(database, objectNumber);
  if (current !== undefined)
    changes.put('JEST', { OBJNR: objectNumber, STAT: current, INACT: 'X' });
  changes.put('JEST', { OBJNR: objectNumber, STAT: to, INACT: '' });
}

/** The JEST row of a new notification: outstanding (OSNO). */
export function initialStatusRow(objectNumber: string): Row {
  return { OBJNR: objectNumber, STAT: notificationStatus.outstanding, INACT: '' };
}

function compareForStatusLine(a: string, b: string): number {
  const rank = (status: string): number => (mainStatuses.includes(status) ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}
