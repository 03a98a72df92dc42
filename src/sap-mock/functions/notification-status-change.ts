import { BAPIRET2 } from '../ddic/structures-common.ts';
import { BAPI2080_NOTSTI } from '../ddic/structures-notification.ts';
import { openForChange } from '../notification/notification-access.ts';
import {
  changeStamp,
  externalNumber,
  systemDate,
  systemTime,
} from '../notification/notification-header.ts';
import {
  activeStatuses,
  changeMainStatus,
  isTransitionAllowed,
  mainStatus,
  statusActions,
  statusLine,
} from '../notification/notification-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';
import type { NotificationRecord } from '../notification/notification-reader.ts';
import type { StatusAction } from '../notification/notification-status.ts';

// PUTINPROGRESS, POSTPONE and CLOSE change the system status and save the notification
// themselves: BAPI_TRANSACTION_COMMIT alone persists them (a later SAVE does no harm).
// Unsaved DATA_MODIFY / DATA_ADD changes of the same notification are saved with them.

const businessTransactions: Record<StatusAction, string> = {
  PUTINPROGRESS: 'Put in process',
  POSTPONE: 'Postpone',
  CLOSE: 'Complete',
};

const statusExports = { SYSTEMSTATUS: 'C40', USERSTATUS: 'C40' };

/** BAPI_ALM_NOTIF_PUTINPROGRESS: sets the notification in process (NOPR). */
export const bapiAlmNotifPutInProgress: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_PUTINPROGRESS',
  imports: { NUMBER: 'C12', LANGU: 'C1', LANGUISO: 'C2', TESTRUN: 'C1' },
  exports: statusExports,
  tables: { RETURN: BAPIRET2 },
  run: (call) => changeStatus(call, 'PUTINPROGRESS'),
};

/** BAPI_ALM_NOTIF_POSTPONE: postpones the notification (NOPT). */
export const bapiAlmNotifPostpone: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_POSTPONE',
  imports: { NUMBER: 'C12', LANGU: 'C1', LANGUISO: 'C2', TESTRUN: 'C1' },
  exports: statusExports,
  tables: { RETURN: BAPIRET2 },
  run: (call) => changeStatus(call, 'POSTPONE'),
};

/** BAPI_ALM_NOTIF_CLOSE: completes the notification (NOCO) at SYSTSTAT's reference date/time. */
export const bapiAlmNotifClose: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_CLOSE',
  imports: { NUMBER: 'C12', SYSTSTAT: BAPI2080_NOTSTI, TESTRUN: 'C1' },
  exports: statusExports,
  tables: { RETURN: BAPIRET2 },
  run: (call) => changeStatus(call, 'CLOSE'),
};

function changeStatus(call: FunctionCall, action: StatusAction): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const testRun = call.input.scalar('TESTRUN') === 'X';
  const opened = openForChange(call, number, { refuseCompleted: false, lock: !testRun });
  if (opened.record === undefined) return { RETURN: opened.messages };

  const record = opened.record;
  const objectNumber = record.header['OBJNR'] ?? '';
  const language = statusLanguage(call);
  const current = mainStatus(call.database, objectNumber);
  const target = statusActions[action];
  if (!isTransitionAllowed(current, target)) {
    const currentLine = statusLine(
      call.database,
      activeStatuses(call.database, objectNumber),
      language,
    );
    const message = call.message(
      'E',
      'STATUS_CHANGE_NOT_ALLOWED',
      [businessTransactions[action], currentLine, externalNumber(number)],
      { parameter: 'NUMBER' },
    );
    return { SYSTEMSTATUS: currentLine, RETURN: [message] };
  }

  if (testRun) {
    const simulated = activeStatuses(call.database, objectNumber).map((status) =>
      status === current ? target : status,
    );
    return { SYSTEMSTATUS: statusLine(call.database, simulated, language), RETURN: [] };
  }

  applyStatusChange(call, record, action);
  const line = statusLine(call.database, activeStatuses(call.database, objectNumber), language);
  return { SYSTEMSTATUS: line, RETURN: [] };
}

function applyStatusChange(
  call: FunctionCall,
  record: NotificationRecord,
  action: StatusAction,
): void {
  const number = record.header['QMNUM'] ?? '';
  call.session.saveDocument(number);
  const header = call.database.get('QMEL', { QMNUM: number }) ?? record.header;
  const objectNumber = header['OBJNR'] ?? '';

  changeMainStatus(call.database, call.session.luw, objectNumber, statusActions[action]);
  const completion = action === 'CLOSE' ? completionReference(call) : {};
  call.session.luw.put('QMEL', { ...header, ...changeStamp(call), ...completion });
}

function completionReference(call: FunctionCall): Row {
  const reference = call.input.structure('SYSTSTAT');
  const now = call.system.now();
  if (/^0*$/.test(reference['REFDATE'] ?? '')) {
    return { QMDAB: systemDate(now), QMZAB: systemTime(now) };
  }
  return { QMDAB: reference['REFDATE'] ?? '', QMZAB: reference['REFTIME'] ?? '' };
}

const isoLanguages: Readonly<Record<string, string>> = { EN: 'E', DE: 'D', FR: 'F', ES: 'S' };

// The language of the status line: LANGU, else LANGUISO, else the logon language.
function statusLanguage(call: FunctionCall): string {
  const source = call.input.has('SYSTSTAT')
    ? call.input.structure('SYSTSTAT')
    : { LANGU: read(call, 'LANGU'), LANGUISO: read(call, 'LANGUISO') };
  const language = source['LANGU'] ?? '';
  if (language !== '') return language;
  return isoLanguages[source['LANGUISO'] ?? ''] ?? call.session.language;
}

function read(call: FunctionCall, name: string): string {
  return call.input.has(name) ? call.input.scalar(name) : '';
}
