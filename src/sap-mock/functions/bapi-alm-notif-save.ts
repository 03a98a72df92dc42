import { BAPIRET2 } from '../ddic/structures-common.ts';
import { BAPI2080_NOTHDRE } from '../ddic/structures-notification.ts';
import { longTextTable } from '../ddic/tables.ts';
import { externalNumber } from '../notification/notification-header.ts';
import { headerExport, readNotification } from '../notification/notification-reader.ts';
import { initialStatusRow, notificationObjectNumber } from '../notification/notification-status.ts';
import { notificationLockArgument } from '../session/enqueue-server.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';
import type { NotificationDraft } from '../session/server-session.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** BAPI_ALM_NOTIF_SAVE: saves a buffered notification into the LUW (final number on create). */
export const bapiAlmNotifSave: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_SAVE',
  imports: { NUMBER: 'C12', TOGETHER_WITH_ORDER: 'C1' },
  exports: { NOTIFHEADER: BAPI2080_NOTHDRE },
  tables: { RETURN: BAPIRET2 },
  run: saveNotification,
};

function saveNotification(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const draft = call.session.drafts.get(number);
  if (draft !== undefined) return saveDraft(call, number, draft);

  const record = readNotification(call.database, number);
  if (record === undefined || number.startsWith('%')) return notFound(call, number);

  // A save of a change: the document buffer of DATA_MODIFY / DATA_ADD goes into the LUW. The
  // notification is already locked by the BAPI that changed it.
  call.session.saveDocument(number);
  return {
    NOTIFHEADER: headerExport(call.database, record, call.session.language),
    RETURN: [],
  };
}

function saveDraft(
  call: FunctionCall,
  temporary: string,
  draft: NotificationDraft,
): FunctionResult {
  const drawn = call.system.drawNumber('QMEL_NR', '01');
  if (drawn === undefined) {
    return { RETURN: [call.message('E', 'NUMBER_RANGE_EXHAUSTED', ['QMEL_NR', '01'])] };
  }

  const number = drawn.padStart(12, '0');
  const objectNumber = notificationObjectNumber(number);
  const luw = call.session.luw;
  luw.put('QMEL', { ...draft.header, QMNUM: number, OBJNR: objectNumber });
  for (const item of draft.items) luw.put('QMFE', { ...item, QMNUM: number });
  for (const partner of draft.partners) luw.put('IHPA', { ...partner, OBJNR: objectNumber });
  for (const line of draft.texts) {
    const name = `${number}${(line['TDNAME'] ?? '').slice(temporary.length)}`;
    luw.put(longTextTable, { ...line, TDNAME: name });
  }
  luw.put('JEST', initialStatusRow(objectNumber));

  call.session.drafts.delete(temporary);
  call.system.lock(call.session, notificationLockArgument(number));
  const record = readNotification(call.database, number);
  if (record === undefined)
    throw new MockSapUsageError(`Saved notification ${number} cannot be read`);
  return { NOTIFHEADER: headerExport(call.database, record, call.session.language), RETURN: [] };
}

function notFound(call: FunctionCall, number: string): FunctionResult {
  const message = call.message('E', 'NOTIFICATION_NOT_FOUND', [externalNumber(number)], {
    parameter: 'NUMBER',
  });
  return { RETURN: [message] };
}
