import { notificationLockArgument } from '../session/enqueue-server.ts';
import { externalNumber } from './notification-header.ts';
import { mainStatus, notificationStatus } from './notification-status.ts';
import { readNotification } from './notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { NotificationRecord } from './notification-reader.ts';

/** The outcome of opening a notification: the record, or the RETURN lines that refuse it. */
export type OpenResult =
  { record: NotificationRecord; messages: [] } | { record: undefined; messages: Row[] };

/** Reads a notification for a change: it must exist and is locked for the session. */
export function openForChange(
  call: FunctionCall,
  notificationNumber: string,
  options: { refuseCompleted: boolean; lock: boolean },
): OpenResult {
  const record = readNotification(call.database, notificationNumber);
  const shown = externalNumber(notificationNumber);
  if (record === undefined) {
    const message = call.message('E', 'NOTIFICATION_NOT_FOUND', [shown], { parameter: 'NUMBER' });
    return { record: undefined, messages: [message] };
  }

  const argument = notificationLockArgument(notificationNumber);
  const holder = options.lock
    ? call.system.lock(call.session, argument)
    : otherHolder(call, argument);
  if (holder !== undefined) {
    const message = call.message('E', 'LOCKED_BY_USER', [shown, holder.user], {
      parameter: 'NUMBER',
    });
    return { record: undefined, messages: [message] };
  }

  const objectNumber = record.header['OBJNR'] ?? '';
  const completed = mainStatus(call.database, objectNumber) === notificationStatus.completed;
  if (options.refuseCompleted && completed) {
    const message = call.message('E', 'NOTIFICATION_COMPLETED', [shown], { parameter: 'NUMBER' });
    return { record: undefined, messages: [message] };
  }
  return { record, messages: [] };
}

function otherHolder(call: FunctionCall, argument: string): { user: string } | undefined {
  const holder = call.system.lockHolder(argument);
  return holder === undefined || holder.handle === call.session.handle ? undefined : holder;
}

/** Refuses rows in table parameters the mock declares but does not process. */
export function refuseUnsupportedTables(call: FunctionCall, tables: readonly string[]): Row[] {
  return tables
    .filter((table) => call.input.table(table).length > 0)
    .map((table) =>
      call.message('E', 'NOT_SUPPORTED_BY_MOCK', [table, call.functionModule], {
        parameter: table,
      }),
    );
}
